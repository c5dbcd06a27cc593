/**
 * What the graphic shows for a story step, worked out from the step's data: highlighted events,
 * regions and places, the timeline's visible days and the map layers. Pure, so the story, the
 * presentation and the handout agree.
 */
import { DAY_MS } from '../data/dates';
import type { ChronoEvent, StepEntry } from '../data/types';
import { tripIds, tripPlaces } from '../map/model/arcs';

export interface StepView {
	events: string[];
	regions: string[];
	places: string[];
	/** Visible days on the timeline. */
	range: { start: string; end: string };
	/** Occupation snapshot on the map, or null for none. */
	occupation: string | null;
	frontline: boolean;
	seas: boolean;
	arcs: boolean;
	/** Ids of the trips drawn as arcs (map/model/arcs.ts): those of the step's events, when `arcs`. */
	trips: string[];
	/** Places at the ends of those trips: the camera keeps them in view. */
	tripPlaces: string[];
}

const shift = (day: string, days: number) =>
	new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/** The days around a set of events, padded so that the marks do not sit on the edges. */
export function rangeAround(events: ChronoEvent[], period: { start: string; end: string }) {
	if (events.length === 0) return { ...period };
	const start = events.reduce((m, e) => (e.date < m ? e.date : m), events[0]!.date);
	const end = events.reduce((m, e) => ((e.end ?? e.date) > m ? (e.end ?? e.date) : m), start);
	const span = (Date.parse(end) - Date.parse(start)) / DAY_MS;
	const pad = Math.max(3, Math.ceil(span * 0.15));
	const clampStart = shift(start, -pad) < period.start ? period.start : shift(start, -pad);
	const clampEnd = shift(end, pad) > period.end ? period.end : shift(end, pad);
	return { start: clampStart, end: clampEnd };
}

export function stepView(
	step: StepEntry,
	events: ChronoEvent[],
	period: { start: string; end: string }
): StepView {
	const own = events.filter((e) => step.events.includes(e.id));
	return {
		events: step.events,
		regions: step.regions,
		places: step.places,
		range: step.range ?? rangeAround(own, period),
		occupation: step.layers?.occupation ?? null,
		frontline: step.layers?.frontline ?? false,
		seas: step.layers?.seas ?? false,
		arcs: step.layers?.arcs ?? false,
		trips: step.layers?.arcs ? tripIds(events, step.events) : [],
		tripPlaces: step.layers?.arcs ? tripPlaces(events, step.events) : []
	};
}

type Bounds = [[number, number], [number, number]];

/**
 * Where the map goes for a step: its declared camera, else the bounds of its regions, places and
 * the ends of its trips (padded, so a lone city does not zoom to street level; with trips, wider
 * still, so the names at their ends fit), else the whole of Ukraine's regions.
 */
export function stepFit(
	step: Pick<StepEntry, 'camera'>,
	view: Pick<StepView, 'regions' | 'places'> & Partial<Pick<StepView, 'tripPlaces'>>,
	regionBounds: Record<string, Bounds>,
	places: readonly { id: string; lng: number; lat: number }[],
	fallback: Bounds
): { bounds: Bounds; maxZoom: number } {
	if (step.camera) {
		const [lng, lat] = step.camera.center;
		const half = 180 / 2 ** step.camera.zoom;
		return {
			bounds: [
				[lng - half, lat - half / 2],
				[lng + half, lat + half / 2]
			],
			maxZoom: step.camera.zoom
		};
	}
	const points: [number, number][] = [];
	for (const id of view.regions) {
		const b = regionBounds[id];
		if (b) points.push(b[0], b[1]);
	}
	const wanted = [...view.places, ...(view.tripPlaces ?? [])];
	for (const p of places) if (wanted.includes(p.id)) points.push([p.lng, p.lat]);
	if (points.length === 0) return { bounds: fallback, maxZoom: 6 };
	let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
	for (const [x, y] of points)
		[w, s, e, n] = [Math.min(w, x), Math.min(s, y), Math.max(e, x), Math.max(n, y)];
	// At least 10° × 6°: a meeting city is shown with its country and neighbours around it. With
	// trips, or places an ocean apart, wider still, so the names (and countries) at the ends fit.
	const margin = view.tripPlaces?.length || e - w > 30 ? 0.08 : 0;
	const padW = Math.max(0.5, (10 - (e - w)) / 2, (e - w) * margin);
	const padH = Math.max(0.3, (6 - (n - s)) / 2);
	return {
		bounds: [
			[w - padW, s - padH],
			[e + padW, n + padH]
		],
		maxZoom: 6.5
	};
}
