// The story page draws each step's map as SVG at build time, from the same shipped geodata as the
// explore map, so the story reads (and prints) with its maps before any script runs.
import { readFileSync } from 'node:fs';
import type { RegionTopology } from '$lib/map/geo';
import { buildTwin } from '$lib/map/twin';
import { readChronology } from '$lib/server/content';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const topology = JSON.parse(
		readFileSync('static/geo/region.topo.json', 'utf8')
	) as RegionTopology;
	return { twin: buildTwin(topology, readChronology().places) };
};
