// The presentation's load step: the validated content, plus the SVG map drawn at build time that
// the slides show until the WebGL map is ready and the handout prints for each step.
import { readFileSync } from 'node:fs';
import type { RegionTopology } from '$lib/map/geo';
import { buildTwin } from '$lib/map/twin';
import { readChronology } from '$lib/server/content';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = () => {
	const model = readChronology();
	const topology = JSON.parse(
		readFileSync('static/geo/region.topo.json', 'utf8')
	) as RegionTopology;
	return { model: { ...model, plans: null }, twin: buildTwin(topology, model.places) };
};
