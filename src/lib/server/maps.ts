/**
 * The maps drawn at build time, from the shipped geodata in static/geo: the SVG twin (with the
 * trips' inset) and the locator's world outline. Read by the pages' load steps.
 */
import { readFileSync } from 'node:fs';
import type { Chronology } from '../data/types';
import { tripArcs } from '../map/arcs';
import type { RegionTopology, WorldTopology } from '../map/geo';
import { buildTripInset } from '../map/tripInset';
import { buildLocator, buildTwin, type Locator, type Twin } from '../map/twin';

const readJson = <T>(path: string) => JSON.parse(readFileSync(path, 'utf8')) as T;

/** The twin of the story's map, with every trip in the data ready for its inset. */
export function readTwin(model: Pick<Chronology, 'events' | 'places' | 'people'>): Twin {
	const twin = buildTwin(readJson<RegionTopology>('static/geo/region.topo.json'), model.places);
	const world = readJson<WorldTopology>('static/geo/world.topo.json');
	return { ...twin, trips: buildTripInset(world, tripArcs(model)) };
}

export function readLocator(): Locator {
	return buildLocator(readJson<WorldTopology>('static/geo/world.topo.json'));
}
