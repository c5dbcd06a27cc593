// Every event with all its sources, as JSON: built with the site from the validated content.
import { eventsJson } from '$lib/plans/exports';
import { readChronology } from '$lib/server/content';
import { currentLang } from '$lib/i18n/lang';

export const prerender = true;

export const GET = () =>
	new Response(eventsJson(readChronology().events, currentLang()), {
		headers: { 'content-type': 'application/json; charset=utf-8' }
	});
