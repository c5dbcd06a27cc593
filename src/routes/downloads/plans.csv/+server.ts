// The plan comparison (topic × document) as CSV: built with the site from the validated content.
// A story without plan documents gets the header row alone (the file exists at every build, and
// the explore page does not link it then).
import { plansCsv } from '$lib/plans/exports';
import { readChronology } from '$lib/server/content';
import { currentLang } from '$lib/i18n/lang';

export const prerender = true;

export const GET = () => {
	const { plans } = readChronology();
	const empty = { sources: {}, documents: [], topics: [], issues: {}, positions: [] };
	return new Response(plansCsv(plans ?? empty, currentLang()), {
		headers: { 'content-type': 'text/csv; charset=utf-8' }
	});
};
