// The explore page adds what only it shows: the plan versions (for the map's region panel) and
// the SVG twin of the map, drawn here at build time so it is the page's first paint.
import { readFileSync } from 'node:fs';
import type { RegionTopology } from '$lib/map/geo';
import { buildTwin } from '$lib/map/twin';
import { readChronology } from '$lib/server/content';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const model = readChronology();
	const topo = JSON.parse(readFileSync('static/geo/region.topo.json', 'utf8')) as RegionTopology;
	return { plans: model.plans, twin: buildTwin(topo, model.places) };
};
