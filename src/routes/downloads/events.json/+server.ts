// Every event with all its sources, as JSON: built with the site from the validated content.
import { eventsJson } from '$lib/plans/exports';
import { readChronology } from '$lib/server/content';

export const prerender = true;

export const GET = () =>
	new Response(eventsJson(readChronology().events), {
		headers: { 'content-type': 'application/json; charset=utf-8' }
	});
