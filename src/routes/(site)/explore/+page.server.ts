// The explore page adds what only its map shows: the plan topics that concern a region or a place
// (for the region panel) and the map's SVG twin and locator, drawn here at build time so they are
// the page's first paint.
import { mapPlans } from '$lib/map/plans';
import { readChronology } from '$lib/server/content';
import { readLocator, readTwin } from '$lib/server/maps';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const model = readChronology();
	return {
		mapPlans: mapPlans(model.plans),
		plans: model.plans,
		twin: readTwin(model),
		locator: readLocator()
	};
};
