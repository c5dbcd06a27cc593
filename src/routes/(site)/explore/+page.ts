// What only this page shows, each one shared JSON file in the browser: the plan versions and
// positions, the map's SVG twin and locator (drawn at build time), and the plan topics that
// concern a region or a place, for the region panel.
import { mapPlans } from '$lib/map/model/plans';
import { loadPayload } from 'virtual:chronomap-content';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ fetch }) => {
	const [plans, twin, locator] = await Promise.all([
		loadPayload(fetch, 'plans'),
		loadPayload(fetch, 'twin'),
		loadPayload(fetch, 'locator')
	]);
	return { plans, mapPlans: mapPlans(plans), twin, locator };
};
