/**
 * The trips' inset in the SVG twin. The twin is drawn for Ukraine, and the trips the data states
 * (Geneva → Abu Dhabi) lie outside that frame, so they get a small map of their own in a corner:
 * land, Ukraine for orientation, and each trip's great-circle arc with arrowheads, its two ends
 * and its caption. Computed once at build time with d3-geo; the components only lay it out.
 * https://d3js.org/d3-geo/path
 */
import { geoClipRectangle, geoMercator, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import type { Feature, Geometry } from 'geojson';
import { merge } from 'topojson-client';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import type { Arc } from '../model/arcs';
import { HOME_BOUNDS } from '../model/camera';
import { FOCUS_ID, type Props, type WorldTopology } from '../model/geo';
import type { InsetEnd, TripInset } from './shapes';
import { forD3 } from '../model/winding';

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * Where along a polyline (px) a fraction `t` of its length lies, and the direction there.
 * Exported for the tests.
 */
export function along(points: readonly [number, number][], t: number) {
	const lengths = points
		.slice(1)
		.map((p, i) => Math.hypot(p[0] - points[i]![0], p[1] - points[i]![1]));
	const total = lengths.reduce((a, b) => a + b, 0);
	let left = Math.min(Math.max(t, 0), 1) * total;
	for (let i = 0; i < lengths.length; i++) {
		const len = lengths[i]!;
		if (left <= len || i === lengths.length - 1) {
			const [a, b] = [points[i]!, points[i + 1]!];
			const k = len === 0 ? 0 : Math.min(left / len, 1);
			return {
				x: a[0] + (b[0] - a[0]) * k,
				y: a[1] + (b[1] - a[1]) * k,
				angle: Math.atan2(b[1] - a[1], b[0] - a[0])
			};
		}
		left -= len;
	}
	return { x: points[0]![0], y: points[0]![1], angle: 0 };
}

/** An arrowhead (closed path) with its tip at x, y, pointing along `angle` (radians). */
export function arrowhead(x: number, y: number, angle: number, size = 8): string {
	const back = (side: number) => {
		const a = angle + Math.PI + side * 0.45;
		return `${round(x + size * Math.cos(a))},${round(y + size * Math.sin(a))}`;
	};
	return `M${round(x)},${round(y)}L${back(1)}L${back(-1)}Z`;
}

/**
 * The inset for these arcs: a Mercator map fitted to all of them and to Ukraine, `width` ×
 * `height` px. Null when there is no arc to show.
 */
export function buildTripInset(
	world: WorldTopology,
	arcs: readonly Arc[],
	width = 300,
	height = 190,
	keep = 0.06
): TripInset | null {
	if (arcs.length === 0) return null;
	const [[w, s], [e, n]] = HOME_BOUNDS;
	const frame: Feature<Geometry, Props> = {
		type: 'Feature',
		properties: {},
		geometry: {
			type: 'MultiPoint',
			coordinates: [[w, s], [e, n], ...arcs.flatMap((a) => a.line)]
		}
	};
	const pad = 22;
	const projection = geoMercator()
		.fitExtent(
			[
				[pad, pad],
				[width - pad, height - pad]
			],
			frame
		)
		.postclip(geoClipRectangle(0, 0, width, height));
	const path = geoPath(projection).digits(1);
	const pre = presimplify(world as never);
	const simple = simplify(pre, quantile(pre, keep)) as unknown as WorldTopology;
	const geometries = simple.objects.countries.geometries;
	const land = merge(simple, geometries as never);
	const focus = merge(
		simple,
		geometries.filter((g) => (g.properties as Props | undefined)?.id === FOCUS_ID) as never
	);
	/** A trip's end; `next` is the arc's neighbouring point, so the name keeps off the line. */
	const end = (lng: number, lat: number, text: string, next: [number, number]): InsetEnd => {
		const [x, y] = projection([lng, lat])!;
		const anchor = x < 50 ? 'start' : x > width - 50 ? 'end' : 'middle';
		const isLineAbove = next[1] < y;
		return { x: round(x), y: round(y), text, anchor, textY: round(isLineAbove ? y + 15 : y - 7) };
	};
	return {
		width,
		height,
		// Merged rings wind as RFC 7946 has them; d3 wants them the other way round.
		land: path(forD3(land) as GeoPermissibleObjects) ?? '',
		focus: path(forD3(focus) as GeoPermissibleObjects) ?? '',
		trips: arcs.map((a) => {
			const points = a.line.map((p) => projection(p)!) as [number, number][];
			const mid = along(points, 0.5);
			const last = along(points, 0.88);
			return {
				id: a.id,
				d: path({ type: 'LineString', coordinates: a.line }) ?? '',
				arrows: arrowhead(mid.x, mid.y, mid.angle) + arrowhead(last.x, last.y, last.angle),
				from: end(a.from.lng, a.from.lat, a.from.name, points[1]!),
				to: end(a.to.lng, a.to.lat, a.to.name, points[points.length - 2]!),
				caption: [a.who, a.route]
			};
		})
	};
}
