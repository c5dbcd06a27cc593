// Every event with all its sources, as CSV: built with the site from the validated content.
import { eventsCsv } from '$lib/plans/exports';
import { readChronology } from '$lib/server/content';
import { currentLang } from '$lib/i18n/lang';

export const prerender = true;

export const GET = () =>
	new Response(eventsCsv(readChronology().events, currentLang()), {
		headers: { 'content-type': 'text/csv; charset=utf-8' }
	});
