/**
 * The maps drawn at build time, from the shipped geodata in static/geo: the SVG twin (with the
 * trips' inset), the locator's world outline and each story step's own map (a file per step,
 * /maps/<step>.svg, with its caption). Read by the pages' load steps and the maps' endpoint.
 */
import { readFileSync } from 'node:fs';
import type { Chronology } from '../data/types';
import { tripArcs } from '../map/model/arcs';
import { HOME_BOUNDS, HOME_VIEW, VIEWS } from '../map/model/camera';
import { placeRank, snapshotFor } from '../map/model/features';
import { regionGeo, type RegionTopology, type WorldTopology } from '../map/model/geo';
import { drawStepMap } from '../map/static/stepMap';
import { describeBoth } from '../map/static/describe';
import {
	SMALL_STEP_MAP,
	type MapLabels,
	type StepMap,
	type StepMapInfo
} from '../map/static/types';
import { prepareGeodata } from '../map/static/geodata';
import { buildTripInset } from '../map/twin/tripInset';
import type { Locator, Twin } from '../map/twin/shapes';
import { buildLocator, buildTwin, regionBounds } from '../map/twin/twin';
import { stepFit, stepView } from '../story/steps';

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

type StoryModel = Pick<Chronology, 'events' | 'places' | 'people' | 'regions' | 'steps' | 'story'>;

/** Drawn once per model, so once per edition. */
const drawn = new WeakMap<StoryModel, Map<string, DrawnStepMap>>();

/**
 * Every step's map, drawn once per model: the camera is the live map's (stepFit over the same
 * region bounds), so the file, the caption and the live map agree.
 */
function readGeodata() {
	return prepareGeodata(
		readJson<WorldTopology>('static/geo/world.topo.json'),
		readJson<RegionTopology>('static/geo/region.topo.json'),
		readJson<MapLabels>('static/geo/labels.json')
	);
}

/**
 * The explore map's first paint as a file (/maps/view/<view>.svg): the named view with its
 * cities and the latest occupied area, as the live map starts, so the page's HTML carries an
 * image rather than the map's drawing.
 */
export function drawViewMap(
	model: Pick<Chronology, 'places' | 'regions'>,
	view: string,
	size: 'full' | 'small' = 'full'
): StepMap {
	return drawStepMap({
		...(size === 'small' ? SMALL_STEP_MAP : {}),
		geodata: readGeodata(),
		bounds: (VIEWS[view] ?? VIEWS[HOME_VIEW]!).bounds,
		maxZoom: 10,
		places: model.places,
		regions: model.regions,
		focus: {
			// The cities the story meets in, capitals and ports; towns are left to the live map.
			places: model.places
				.filter((p) => placeRank(p.kinds) === 1 || p.kinds.includes('port'))
				.map((p) => p.id),
			regions: [],
			occupation: snapshotFor(null),
			frontline: true,
			arcs: []
		}
	});
}

/** A step's map as drawn: the full file, and the small one for phones where there is one. */
type DrawnStepMap = StepMap &
	StepMapInfo & {
		small: StepMap | null;
		/** The places the caption names, by id: drawn in both files where there are two. */
		named: string[];
	};

export function drawStepMaps(model: StoryModel): Map<string, DrawnStepMap> {
	const known = drawn.get(model);
	if (known) return known;
	const region = readJson<RegionTopology>('static/geo/region.topo.json');
	const geodata = prepareGeodata(
		readJson<WorldTopology>('static/geo/world.topo.json'),
		region,
		readJson<MapLabels>('static/geo/labels.json')
	);
	const bounds = regionBounds(regionGeo(region));
	const arcs = tripArcs(model);
	const maps = new Map<string, DrawnStepMap>();
	for (const step of model.steps) {
		const view = stepView(step, model.events, model.story.period);
		const fit = stepFit(step, view, bounds, model.places, HOME_BOUNDS);
		const input = {
			geodata,
			bounds: fit.bounds,
			maxZoom: fit.maxZoom,
			places: model.places,
			regions: model.regions,
			focus: {
				places: view.places,
				regions: view.regions,
				occupation: view.occupation,
				frontline: view.frontline,
				arcs: arcs.filter((a) => view.trips.includes(a.id))
			}
		};
		const map = drawStepMap(input);
		const small = drawStepMap({ ...input, ...SMALL_STEP_MAP });
		// Where the small drawing shows all of the step's own, both carry one caption: what both show.
		const both = describeBoth(small, map, input.focus.arcs);
		maps.set(step.id, {
			...map,
			...(both ?? { named: map.places.map((p) => p.id) }),
			fit,
			hasSmall: both !== null,
			small: both ? small : null
		});
	}
	drawn.set(model, maps);
	return maps;
}

/** What the pages need of each step's map: its caption, alt text, size and camera. */
export function readStepMaps(model: StoryModel): Record<string, StepMapInfo> {
	return Object.fromEntries(
		[...drawStepMaps(model)].map(([id, m]) => [
			id,
			{
				caption: m.caption,
				alt: m.alt,
				width: m.width,
				height: m.height,
				fit: m.fit,
				hasSmall: m.hasSmall
			}
		])
	);
}
