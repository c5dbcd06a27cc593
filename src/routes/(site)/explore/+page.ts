// What only this page shows, each one shared JSON file in the browser: the map's SVG twin and
// locator (drawn at build time) and a brief of the plans (does the page have a plan table, and
// the topics that concern a region or a place, for the region panel). The full plan versions fill
// the comparison table and the positions matrix: drawn into the HTML here, they are fetched in the
// browser only when the table goes live (Island.svelte), so a first visit does not parse them.
import { browser } from '$app/environment';
import { loadPayload } from 'virtual:chronomap-content';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ fetch }) => {
	const [brief, twin, locator, plans] = await Promise.all([
		loadPayload(fetch, 'plansBrief'),
		loadPayload(fetch, 'twin'),
		loadPayload(fetch, 'locator'),
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
