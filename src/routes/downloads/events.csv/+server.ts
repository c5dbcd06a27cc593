// Every event with all its sources, as CSV: built with the site from the validated content.
import { eventsCsv } from '$lib/plans/exports';
import { readChronology } from '$lib/server/content';

export const prerender = true;

export const GET = () =>
	new Response(eventsCsv(readChronology().events), {
		headers: { 'content-type': 'text/csv; charset=utf-8' }
	});
