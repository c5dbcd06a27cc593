/**
 * Type on the step maps: sizes and styles per kind of label, generous text boxes (an SVG image
 * cannot load web fonts), the spots tried around a dot or a country, and escaping.
 */
import type { geoPath, GeoPermissibleObjects } from 'd3-geo';
import type { Geometry, MultiPolygon, Polygon } from 'geojson';
import { forD3 } from '../model/winding';
import type { Box } from './types';

export const round = (n: number) => Math.round(n * 10) / 10;
export const esc = (s: string) =>
	s
		.replaceAll('&', '&amp;')
		.replaceAll('<', '&lt;')
		.replaceAll('>', '&gt;')
		.replaceAll('"', '&quot;');
export const overlaps = (a: Box, b: Box) =>
	a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

/** Type sizes (px in the 960-wide frame) and styles of each kind of label. */
export const TYPE = {
	place: { size: 19, weight: 700, width: 0.64 },
	context: { size: 16, weight: 400, width: 0.58 },
	region: { size: 16, weight: 700, width: 0.64 },
	admin1: { size: 13, weight: 400, width: 0.58 },
	country: { size: 13, weight: 400, width: 0.8 },
	sea: { size: 15, weight: 400, width: 0.56 },
	trip: { size: 14, weight: 400, width: 0.56 }
} as const;
export type TypeKind = keyof typeof TYPE;

/** The distance between lines of one label, in ems. */
export const LINE_HEIGHT = 1.2;

/** A generous box for text set in the fallback sans-serif (an SVG image cannot load web fonts). */
export function textBox(
	text: string,
	x: number,
	y: number,
	kind: TypeKind,
	anchor: 'start' | 'middle' | 'end'
): Box {
	const t = TYPE[kind];
	// A text may run over lines ("\n"), each LINE_HEIGHT ems below the last.
	const lines = text.split('\n');
	const w = Math.max(...lines.map((l) => l.length)) * t.size * t.width;
	const x0 = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
	const below = (lines.length - 1) * t.size * LINE_HEIGHT;
	return [
		round(x0 - 2),
		round(y - t.size * 0.8),
		round(x0 + w + 2),
		round(y + below + t.size * 0.25)
	];
}

/** The whole of a polygon's largest part, as a Polygon. */
export function largestPart(g: Geometry, path: ReturnType<typeof geoPath>): Polygon | null {
	const parts: Polygon[] =
		g.type === 'Polygon'
			? [g]
			: g.type === 'MultiPolygon'
				? (g as MultiPolygon).coordinates.map((coordinates) => ({ type: 'Polygon', coordinates }))
				: [];
	let best: Polygon | null = null;
	let bestArea = 0;
	for (const p of parts) {
		const a = path.area(forD3(p) as GeoPermissibleObjects);
		if (a > bestArea) [best, bestArea] = [p, a];
	}
	return best;
}

export interface Candidate {
	x: number;
	y: number;
	anchor: 'start' | 'middle' | 'end';
}

/** Offsets (px) tried for a country's name, nearest its centre first. */
export const COUNTRY_OFFSETS = [0, 25, -25, 50, -50, 80, -80].flatMap((dy) =>
	[0, -40, 40, -90, 90, -150, 150].map((dx) => [dx, dy] as const)
);

/** Label spots around a dot at x, y: right, left, above, below, then the diagonals. */
export function around(x: number, y: number, size: number, r: number): Candidate[] {
	const d = r + 4;
	return [
		{ x: x + d, y: y + size * 0.3, anchor: 'start' },
		{ x: x - d, y: y + size * 0.3, anchor: 'end' },
		{ x, y: y - d - 2, anchor: 'middle' },
		{ x, y: y + d + size * 0.75, anchor: 'middle' },
		{ x: x + d - 2, y: y - d, anchor: 'start' },
		{ x: x - d + 2, y: y - d, anchor: 'end' },
		{ x: x + d - 2, y: y + d + size * 0.6, anchor: 'start' },
		{ x: x - d + 2, y: y + d + size * 0.6, anchor: 'end' }
	];
}
