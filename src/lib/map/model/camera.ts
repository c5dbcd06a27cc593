/**
 * Camera math for the map, pure and tested: bounds of what an event or region concerns, the named
 * views (site.yaml's, e.g. a country, a continent, the world), the URL form of a camera, and move durations.
 * https://maplibre.org/maplibre-gl-js/docs/API/type-aliases/CameraOptions/
 */
import type { Geometry, Position } from 'geojson';
import { SITE } from '../../site';

/** [[west, south], [east, north]] in degrees. */
export type Bounds = [[number, number], [number, number]];

export interface Camera {
	/** Degrees. */
	lng: number;
	/** Degrees. */
	lat: number;
	/** MapLibre zoom level. */
	zoom: number;
}

/** The named views of the story's site.yaml (`map.views`), smallest first; the first is home. */
export const VIEWS: Readonly<Record<string, { label: string; bounds: Bounds }>> =
	Object.fromEntries(SITE.map.views.map((v) => [v.id, { label: v.label, bounds: v.bounds }]));

/** A view's id, as site.yaml names it. */
export type ViewId = string;

/** The home view: where the map opens, and the area the maps are about. */
export const HOME_VIEW: ViewId = SITE.map.views[0]!.id;
export const HOME_BOUNDS: Bounds = SITE.map.views[0]!.bounds;

/** Longest camera move, ms. */
export const MAX_DURATION = 1500;

/** Move duration (ms): none when motion is reduced, else up to MAX_DURATION. */
export function duration(reduceMotion: boolean, wanted = 1200): number {
	return reduceMotion ? 0 : Math.min(Math.max(wanted, 0), MAX_DURATION);
}

function eachPosition(g: Geometry, fn: (p: Position) => void) {
	switch (g.type) {
		case 'Point':
			fn(g.coordinates);
			break;
		case 'MultiPoint':
		case 'LineString':
			g.coordinates.forEach(fn);
			break;
		case 'MultiLineString':
		case 'Polygon':
			g.coordinates.forEach((r) => r.forEach(fn));
			break;
		case 'MultiPolygon':
			g.coordinates.forEach((p) => p.forEach((r) => r.forEach(fn)));
			break;
		case 'GeometryCollection':
			g.geometries.forEach((x) => eachPosition(x, fn));
	}
}

/** Bounds of points and geometries together, or null if there is nothing. */
export function boundsOf(
	points: readonly [number, number][],
	geometries: readonly Geometry[] = []
) {
	let w = Infinity;
	let s = Infinity;
	let e = -Infinity;
	let n = -Infinity;
	const add = (p: Position) => {
		w = Math.min(w, p[0]!);
		e = Math.max(e, p[0]!);
		s = Math.min(s, p[1]!);
		n = Math.max(n, p[1]!);
	};
	points.forEach(add);
	geometries.forEach((g) => eachPosition(g, add));
	return Number.isFinite(w)
		? ([
				[w, s],
				[e, n]
			] as Bounds)
		: null;
}

/**
 * Bounds worth fitting: a lone point (or a tiny area) is padded to at least `minSpan` degrees so
 * the camera does not dive to street level.
 */
export function padBounds(b: Bounds, minSpan = 3): Bounds {
	const [[w, s], [e, n]] = b;
	const cx = (w + e) / 2;
	const cy = (s + n) / 2;
	const hw = Math.max(e - w, minSpan) / 2;
	const hh = Math.max(n - s, minSpan * 0.6) / 2;
	return [
		[cx - hw, cy - hh],
		[cx + hw, cy + hh]
	];
}

/** Does `inner` lie within `outer`? */
export function contains(outer: Bounds, inner: Bounds): boolean {
	return (
		inner[0][0] >= outer[0][0] &&
		inner[0][1] >= outer[0][1] &&
		inner[1][0] <= outer[1][0] &&
		inner[1][1] <= outer[1][1]
	);
}

/** The smallest named view that holds the bounds (the views go from small to large), else the largest. */
export function viewFor(b: Bounds): ViewId {
	const views = SITE.map.views;
	return (views.find((v) => contains(v.bounds, b)) ?? views[views.length - 1]!).id;
}

/** "30.52,50.45,5.2": the camera as it goes into the URL (`cam`). */
export function formatCamera(c: Camera): string {
	return `${c.lng.toFixed(2)},${c.lat.toFixed(2)},${c.zoom.toFixed(1)}`;
}

/** Padding (px) around a fitted view: little on a phone-sized map, so that it fills the width. */
export const edgePadding = (width: number, wide: number) => (width < 520 ? 6 : wide);

/** The map's zoom limits (live/build.ts): a camera in a link outside them is not the map's. */
export const MIN_ZOOM = 0;
export const MAX_ZOOM = 10;

/** Reads `formatCamera` output; anything else (or out of range) gives null. */
export function parseCamera(text: string | null | undefined): Camera | null {
	if (!text) return null;
	const parts = text.split(',');
	if (parts.length !== 3 || parts.some((p) => !/^-?\d{1,3}(\.\d{1,6})?$/.test(p))) return null;
	const [lng, lat, zoom] = parts.map(Number) as [number, number, number];
	if (Math.abs(lng) > 180 || Math.abs(lat) > 85 || zoom < MIN_ZOOM || zoom > MAX_ZOOM) return null;
	return { lng, lat, zoom };
}

/** Zoom at which Web Mercator fits `b` into width × height px (MapLibre's 512 px tiles). */
export function zoomToFit(b: Bounds, width: number, height: number, padding = 0): number {
	const y = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
	const dx = (b[1][0] - b[0][0]) / 360;
	const dy = (y(b[1][1]) - y(b[0][1])) / (2 * Math.PI);
	const zx = Math.log2((width - 2 * padding) / 512 / Math.max(dx, 1e-9));
	const zy = Math.log2((height - 2 * padding) / 512 / Math.max(dy, 1e-9));
	return Math.min(zx, zy);
}

/** Position (0–1 each way) of a lng/lat inside an equirectangular box: used by the locator. */
export function locate(b: Bounds, lng: number, lat: number): [number, number] {
	return [(lng - b[0][0]) / (b[1][0] - b[0][0]), (b[1][1] - lat) / (b[1][1] - b[0][1])];
}
