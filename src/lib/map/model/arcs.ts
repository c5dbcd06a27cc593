/**
 * Trips as arcs on the map. A trip is stated in the data (an event's `trips`: who came from which
 * earlier event, and the source saying so); nothing here infers one. This module picks the trips
 * a view draws, and turns each into a great-circle line, a label and GeoJSON. Pure, plain data.
 * https://d3js.org/d3-geo/math#geoInterpolate
 */
import { localName } from '../../i18n/lang';
import { m } from '../../paraglide/messages.js';
import { geoDistance, geoInterpolate } from 'd3-geo';
import type { Feature, Geometry } from 'geojson';
import { formatDayRange, formatShortRange } from '../../data/dates';
import type { Chronology } from '../../data/types';
import type { Bounds } from './camera';
import type { FC, Props } from './geo';

/** One end of a trip: the event, its place and its days. */
export interface ArcEnd {
	event: string;
	place: string;
	/** Place name, "Geneva". */
	name: string;
	/** Degrees. */
	lng: number;
	/** Degrees. */
	lat: number;
	/** The event's days as the label shows them, "24–25 Nov". */
	days: string;
}

export interface Arc {
	/** `from-event>to-event`: stable, one trip per pair of events. */
	id: string;
	from: ArcEnd;
	to: ArcEnd;
	/** Who travelled, "Dan Driscoll" or "A, B and C". */
	who: string;
	/** "Geneva (23 Nov) → Abu Dhabi (24–25 Nov)". */
	route: string;
	/** `who: route`, the arc's accessible name. */
	label: string;
	/** The great-circle line, [lng, lat] degrees, longitudes unwrapped (no jump at ±180°). */
	line: [number, number][];
}

type Model = Pick<Chronology, 'events' | 'places' | 'people'>;

/** "A", "A and B", "A, B and C". */
export function listNames(names: readonly string[]): string {
	if (names.length <= 1) return names[0] ?? '';
	return `${names.slice(0, -1).join(', ')} ${m.and()} ${names[names.length - 1]}`;
}

/**
 * Points along the great circle from `a` to `b` ([lng, lat] degrees), about one per degree of arc
 * and at least `min` segments. Longitudes are unwrapped, so a line over the antimeridian runs on
 * past ±180° instead of jumping back across the map.
 */
export function greatCircle(a: [number, number], b: [number, number], min = 8): [number, number][] {
	const degrees = (geoDistance(a, b) * 180) / Math.PI;
	const n = Math.max(min, Math.ceil(degrees));
	const at = geoInterpolate(a, b);
	const out: [number, number][] = [];
	for (let i = 0; i <= n; i++) {
		const [lng, lat] = at(i / n);
		const prev = out[i - 1];
		let x = lng;
		if (prev) while (x - prev[0] > 180) x -= 360;
		if (prev) while (prev[0] - x > 180) x += 360;
		out.push([x, lat]);
	}
	return out;
}

type TripEvent = Pick<Chronology['events'][number], 'id' | 'trips'>;

/** `from>to`: an arc's id, one per pair of events. */
export const arcId = (from: string, to: string) => `${from}>${to}`;

/**
 * Ids of the trips that arrive at or leave from one of the `touching` events (a story step's
 * events, the selected event); with null, of every trip.
 */
export function tripIds(
	events: readonly TripEvent[],
	touching: readonly string[] | null = null
): string[] {
	return events.flatMap((to) =>
		(to.trips ?? [])
			.filter((t) => !touching || touching.includes(to.id) || touching.includes(t.from))
			.map((t) => arcId(t.from, to.id))
	);
}

/**
 * The places at either end of the trips that touch these events (null: of every trip), for
 * fitting the camera around them. Only events with one place are trip ends (see tripArcs).
 */
export function tripPlaces(
	events: readonly Pick<Chronology['events'][number], 'id' | 'trips' | 'places'>[],
	touching: readonly string[] | null = null
): string[] {
	const byId = new Map(events.map((e) => [e.id, e]));
	const out = new Set<string>();
	for (const to of events) {
		for (const t of to.trips ?? []) {
			if (touching && !touching.includes(to.id) && !touching.includes(t.from)) continue;
			const from = byId.get(t.from);
			if (from?.places.length !== 1 || to.places.length !== 1) continue;
			out.add(from.places[0]!);
			out.add(to.places[0]!);
		}
	}
	return [...out];
}

/**
 * The arcs of the trips in the data. With `touching`, only trips that arrive at or leave from one
 * of those events (a story step's events, the selected event); with null, every trip.
 */
export function tripArcs(model: Model, touching: readonly string[] | null = null): Arc[] {
	const events = new Map(model.events.map((e) => [e.id, e]));
	const places = new Map(model.places.map((p) => [p.id, p]));
	const names = new Map(model.people.map((p) => [p.id, p.name]));
	const arcs: Arc[] = [];
	for (const to of model.events) {
		for (const trip of to.trips ?? []) {
			const from = events.get(trip.from);
			if (touching && !touching.includes(to.id) && !touching.includes(trip.from)) continue;
			// The loader guarantees one place at each end; anything else is skipped, not guessed.
			const a = from?.places.length === 1 ? places.get(from.places[0]!) : undefined;
			const b = to.places.length === 1 ? places.get(to.places[0]!) : undefined;
			if (!from || !a || !b) continue;
			const sameYear = from.date.slice(0, 4) === (to.end ?? to.date).slice(0, 4);
			const days = (e: { date: string; end?: string }) =>
				sameYear ? formatShortRange(e.date, e.end) : formatDayRange(e.date, e.end);
			const end = (e: typeof from, p: typeof a): ArcEnd => ({
				event: e.id,
				place: p.id,
				name: localName(p.name),
				lng: p.lng,
				lat: p.lat,
				days: days(e)
			});
			const who = listNames(trip.people.map((id) => names.get(id) ?? id));
			const route = `${localName(a.name)} (${days(from)}) → ${localName(b.name)} (${days(to)})`;
			arcs.push({
				id: arcId(from.id, to.id),
				from: end(from, a),
				to: end(to, b),
				who,
				route,
				label: `${who}: ${route}`,
				line: greatCircle([a.lng, a.lat], [b.lng, b.lat])
			});
		}
	}
	return arcs;
}

/** MapLibre's text anchors, clockwise from the one whose text lies to the right of its point. */
export const ANCHORS = [
	'left',
	'top-left',
	'top',
	'top-right',
	'right',
	'bottom-right',
	'bottom',
	'bottom-left'
] as const;
export type Anchor = (typeof ANCHORS)[number];

/** Web Mercator y in degrees-like units, growing southwards as on screen. */
const screenY = (lat: number) =>
	(-Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) * 180) / Math.PI;

/**
 * Where an arc's label goes: its middle point, with the text on the outer side of the bend (a
 * great circle bows towards the pole on the map), so the line never runs through the text. The
 * anchor is the side of the text that touches the point, in MapLibre's names.
 */
export function labelSpot(line: readonly [number, number][]): {
	at: [number, number];
	anchor: Anchor;
} {
	const m = Math.floor(line.length / 2);
	const at = line[m]!;
	const [p, q] = [line[Math.max(m - 1, 0)]!, line[Math.min(m + 1, line.length - 1)]!];
	const tangent = [q[0] - p[0], screenY(q[1]) - screenY(p[1])] as const;
	let normal = [-tangent[1], tangent[0]] as const;
	// Outwards: away from the chord between the two ends; on a straight line, upwards.
	const [a, b] = [line[0]!, line[line.length - 1]!];
	const bow = [
		at[0] - (a[0] + b[0]) / 2,
		screenY(at[1]) - (screenY(a[1]) + screenY(b[1])) / 2
	] as const;
	const side = normal[0] * bow[0] + normal[1] * bow[1];
	if (side < -1e-9 || (Math.abs(side) <= 1e-9 && normal[1] > 0)) normal = [-normal[0], -normal[1]];
	// The text lies in the normal's direction, so it touches the point with the opposite side.
	const sector = Math.round(Math.atan2(normal[1], normal[0]) / (Math.PI / 4));
	return { at, anchor: ANCHORS[(sector + 8) % 8]! };
}

/** text-offset (em) for each anchor: a little away from the point, in the text's direction. */
export function anchorOffset(anchor: Anchor, distance = 0.5): [number, number] {
	const i = ANCHORS.indexOf(anchor);
	const angle = (i * Math.PI) / 4;
	const r = (n: number) => Math.round(n * 100) / 100 + 0;
	return [r(distance * Math.cos(angle)), r(distance * Math.sin(angle))];
}

/**
 * The arcs as one GeoJSON source: a line per arc (`kind: 'line'`) and a label point at the
 * middle of each (`kind: 'label'`, the text on two lines: who, then the route; `anchor` as
 * labelSpot places it).
 */
export function arcsGeo(arcs: readonly Arc[]): FC {
	const features: Feature<Geometry, Props>[] = [];
	for (const a of arcs) {
		features.push({
			type: 'Feature',
			properties: { id: a.id, kind: 'line' },
			geometry: { type: 'LineString', coordinates: a.line }
		});
		const spot = labelSpot(a.line);
		features.push({
			type: 'Feature',
			properties: { id: a.id, kind: 'label', label: `${a.who}\n${a.route}`, anchor: spot.anchor },
			geometry: { type: 'Point', coordinates: spot.at }
		});
	}
	return { type: 'FeatureCollection', features };
}

/**
 * The trips' source as the map first loads (live/start.ts): a line across the middle of the view
 * (`kind: 'warm'`) that only the arrowhead layer draws, at a size too small to see or to collide
 * with labels. Drawing one arrowhead makes the GPU build the icon program during the load
 * instead of in the first frame that shows a trip, where building it blocks the page (over
 * 100 ms on a software GPU).
 */
export function warmUpGeo(bounds: Bounds): FC {
	const [[w, s], [e, n]] = bounds;
	const lat = (s + n) / 2;
	const span = (e - w) / 4;
	const mid = (w + e) / 2;
	return {
		type: 'FeatureCollection',
		features: [
			{
				type: 'Feature',
				properties: { id: 'warm-up', kind: 'warm' },
				geometry: {
					type: 'LineString',
					coordinates: [
						[mid - span, lat],
						[mid + span, lat]
					]
				}
			}
		]
	};
}
