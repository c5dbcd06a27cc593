// What only this page shows, each one shared JSON file in the browser: a brief of the plans (does
// the page have a plan table, and the topics that concern a region or a place, for the region
// panel), the map's SVG twin and locator (drawn at build time), and the full plan versions.
// The server draws everything into the HTML. In the browser the page hydrates with the brief
// only: the twin and locator are fetched by the map section as it goes live, and the plan
// versions by the comparison table as it goes live (Island.svelte), so that neither holds up the
// page's start.
import { browser } from '$app/environment';
import { loadPayload } from 'virtual:chronomap-content';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ fetch }) => {
	const [brief, twin, locator, plans] = await Promise.all([
		loadPayload(fetch, 'plansBrief'),
		browser ? null : loadPayload(fetch, 'twin'),
		browser ? null : loadPayload(fetch, 'locator'),
		browser ? null : loadPayload(fetch, 'plans')
	]);
	return {
		plans,
		hasPlans: brief.hasTable,
		hasPositions: brief.hasPositions,
		mapPlans: brief.map,
		twin,
		locator
	};
};
