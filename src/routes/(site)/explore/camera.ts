/**
 * Where the explore map's camera goes, and when: around a region, place or event, to a camera
 * from the link, over every trip, to a preset view, and after a click only when the opening panel
 * would cover what was clicked. Pure: MapSection's state applies the result as MapView's `fit`.
 */
import type { ChronoEvent, PlaceEntry } from '$lib/data/types';
import { tripPlaces } from '$lib/map/model/arcs';
import {
	boundsOf,
	contains,
	padBounds,
	HOME_BOUNDS,
	HOME_VIEW,
	VIEWS,
	type Bounds,
	type Camera,
	type ViewId
} from '$lib/map/model/camera';
import type { MapTarget } from '$lib/map/model/features';
import { clearOfLocator, isUnderPanel } from './room';

/** A camera move: the bounds to show, and how far in it may zoom to show them. */
export interface Fit {
	bounds: Bounds;
	maxZoom: number;
}

/** How far in the camera goes to show a region, a place or an event. */
const CLOSE_ZOOM = 6.5;

/** What the camera fits onto: where regions and places lie, and the map's height (px). */
export interface Ground {
	/** Bounds of every region the map draws, degrees (the twin's regionBounds). */
	regionBounds: Record<string, Bounds>;
	places: readonly PlaceEntry[];
	frameHeight: number;
}

/** The bounds that show some regions and places, with the home view too when they lie far from it. */
export function targetBounds(regionIds: string[], placeIds: string[], g: Ground): Bounds | null {
	const points: [number, number][] = [];
	for (const id of regionIds) {
		const b = g.regionBounds[id];
		if (b) points.push(b[0], b[1]);
	}
	for (const id of placeIds) {
		const p = g.places.find((x) => x.id === id);
		if (p) points.push([p.lng, p.lat]);
	}
	const b = boundsOf(points);
	if (!b) return null;
	// Far from the home view (in the main story, Geneva or Miami far from Ukraine): show both, so
	// the reader sees where;
	// such a place can lie in a corner, so keep the locator's corner free.
	if (contains(HOME_BOUNDS, b)) return padBounds(b);
	const wide = boundsOf([...HOME_BOUNDS, ...b])!;
	return clearOfLocator(wide, g.frameHeight);
}

const close = (bounds: Bounds | null): Fit | null =>
	bounds ? { bounds, maxZoom: CLOSE_ZOOM } : null;

/** A region or a place, close up. */
export const fitTarget = (t: MapTarget, g: Ground): Fit | null =>
	close(t.kind === 'region' ? targetBounds([t.id], [], g) : targetBounds([], [t.id], g));

/** An event's places and regions, and both ends of its trips. */
export const fitEvent = (e: ChronoEvent, events: readonly ChronoEvent[], g: Ground) =>
	close(targetBounds(e.regions, [...e.places, ...tripPlaces(events, [e.id])], g));

/** Both ends of every trip. */
export const fitTrips = (events: readonly ChronoEvent[], g: Ground) =>
	close(targetBounds([], tripPlaces(events), g));

/** A preset view (site.yaml's `map.views`). */
export const fitView = (id: ViewId): Fit => ({
	bounds: (VIEWS[id] ?? VIEWS[HOME_VIEW]!).bounds,
	maxZoom: 8
});

/** A camera restored from the link (`cam`): the box around its centre at its zoom. */
export function fitCamera({ lng, lat, zoom }: Camera): Fit {
	const span = 360 / 2 ** zoom;
	return {
		bounds: [
			[lng - span, lat - span / 2],
			[lng + span, lat + span / 2]
		],
		maxZoom: zoom
	};
}

/**
 * After a click on the map: a move only when the panel now opening (covering `cover` px of a map
 * `width` px wide that shows `view`) would cover what was clicked; it keeps the zoom.
 */
export function fitClear(
	t: MapTarget,
	g: Ground,
	view: { bounds: Bounds; zoom: number },
	width: number,
	cover: number
): Fit | null {
	const b = t.kind === 'region' ? targetBounds([t.id], [], g) : targetBounds([], [t.id], g);
	const place = t.kind === 'place' ? g.places.find((p) => p.id === t.id) : undefined;
	const at: Bounds | undefined = place
		? [
				[place.lng, place.lat],
				[place.lng, place.lat]
			]
		: g.regionBounds[t.id];
	return b && at && isUnderPanel(view.bounds, width, cover, at)
		? { bounds: b, maxZoom: view.zoom }
		: null;
}
