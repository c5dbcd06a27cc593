// The plan comparison (topic × document) as CSV: built with the site from the validated content.
import { error } from '@sveltejs/kit';
import { plansCsv } from '$lib/plans/exports';
import { readChronology } from '$lib/server/content';

export const prerender = true;

export const GET = () => {
	const { plans } = readChronology();
	if (!plans) error(404, 'This story has no plan documents.');
	return new Response(plansCsv(plans), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
