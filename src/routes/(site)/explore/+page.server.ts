// The explore page adds what only its map shows: the plan topics that concern a region or a place
// (for the region panel) and the map's SVG twin and locator, drawn here at build time so they are
// the page's first paint.
import { readFileSync } from 'node:fs';
import type { RegionTopology, WorldTopology } from '$lib/map/geo';
import { mapPlans } from '$lib/map/plans';
import { buildLocator, buildTwin } from '$lib/map/twin';
import { readChronology } from '$lib/server/content';
import type { PageServerLoad } from './$types';

const readJson = <T>(path: string) => JSON.parse(readFileSync(path, 'utf8')) as T;

export const load: PageServerLoad = () => {
	const model = readChronology();
	return {
		mapPlans: mapPlans(model.plans),
		plans: model.plans,
		twin: buildTwin(readJson<RegionTopology>('static/geo/region.topo.json'), model.places),
		locator: buildLocator(readJson<WorldTopology>('static/geo/world.topo.json'))
	};
};
