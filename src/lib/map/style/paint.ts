/**
 * The map's look as plain data: colours, MapLibre paint expressions (hover, selection and event
 * highlight read feature-state) and the hatch pattern of the occupied area. The SVG twin uses the
 * same colours, so both maps read alike.
 * https://maplibre.org/maplibre-style-spec/expressions/
 */
import type { ExpressionSpecification } from '@maplibre/maplibre-gl-style-spec';

export const COLORS = {
	water: '#dce6ec',
	waterHover: '#c9d9e3',
	land: '#ecebe6',
	focus: '#fdfcf9',
	hover: '#f4ecd6',
	highlight: '#fbe3a2',
	selected: '#f7d36b',
	occupied: '#b0281f',
	occupiedTint: 'rgba(176, 40, 31, 0.10)',
	frontline: '#8a1c15',
	border: '#58606c',
	borderIntl: '#b3afa6',
	admin1Line: '#c4beb2',
	outline: '#1a1f26',
	label: '#4a5260',
	placeLabel: '#1a1f26',
	seaLabel: '#557086',
	halo: 'rgba(253, 252, 249, 0.92)',
	meeting: '#1f5fa8',
	trip: '#6a3d9a'
} as const;

/** A colour from feature-state: selected beats highlighted beats hovered beats `base`. */
export function stateColor(base: string, hover: string = COLORS.hover): ExpressionSpecification {
	return [
		'case',
		['boolean', ['feature-state', 'selected'], false],
		COLORS.selected,
		['boolean', ['feature-state', 'highlight'], false],
		COLORS.highlight,
		['boolean', ['feature-state', 'hover'], false],
		hover,
		base
	];
}

/** Outline width (px): thick when selected or highlighted, else `base`. */
export function stateWidth(base: number, strong = 2.5): ExpressionSpecification {
	return [
		'case',
		['boolean', ['feature-state', 'selected'], false],
		strong,
		['boolean', ['feature-state', 'highlight'], false],
		strong - 0.5,
		['boolean', ['feature-state', 'hover'], false],
		base + 0.8,
		base
	];
}

/** Outline opacity: only selected, highlighted or hovered outlines show. */
export const stateOpacity: ExpressionSpecification = [
	'case',
	[
		'any',
		['boolean', ['feature-state', 'selected'], false],
		['boolean', ['feature-state', 'highlight'], false],
		['boolean', ['feature-state', 'hover'], false]
	],
	1,
	0
];

/** Filter for one snapshot of the occupied area or the front line. */
export const snapshotFilter = (snapshot: string): ExpressionSpecification => [
	'==',
	['get', 'snapshot'],
	snapshot
];

/** Place dot radius (px) by rank (1 = meeting city) and zoom. */
export const placeRadius: ExpressionSpecification = [
	'interpolate',
	['linear'],
	['zoom'],
	2,
	['match', ['get', 'rank'], 1, 3.5, 2, 2, 1.5],
	7,
	['match', ['get', 'rank'], 1, 5.5, 2, 4, 3]
];

/** Label size (px) of places by rank: 1, 2, and any other. */
export const PLACE_TEXT_PX = [13.5, 12, 11] as const;
export const placeTextPx = (rank: unknown) =>
	rank === 1 ? PLACE_TEXT_PX[0] : rank === 2 ? PLACE_TEXT_PX[1] : PLACE_TEXT_PX[2];
export const placeTextSize: ExpressionSpecification = [
	'match',
	['get', 'rank'],
	1,
	PLACE_TEXT_PX[0],
	2,
	PLACE_TEXT_PX[1],
	PLACE_TEXT_PX[2]
];

/**
 * RGBA pixels of the hatch used for the occupied area: diagonal stripes `line` px wide every
 * `size` px, in `rgb`, on transparent. Tiles seamlessly.
 */
export function hatchPixels(
	size: number,
	line: number,
	rgb: [number, number, number],
	alpha = 210,
	/** Alpha between the lines (0–255): a tint of the same colour, so one layer draws both. */
	tint = 0
): Uint8Array {
	const data = new Uint8Array(size * size * 4);
	for (let y = 0; y < size; y++) {
		for (let x = 0; x < size; x++) {
			// Distance along the anti-diagonal, wrapped so the tile repeats without seams.
			const d = (x + y) % size;
			const on = d < line;
			const i = (y * size + x) * 4;
			data[i] = rgb[0];
			data[i + 1] = rgb[1];
			data[i + 2] = rgb[2];
			data[i + 3] = on ? alpha : tint;
		}
	}
	return data;
}

/** "#b0281f" → [176, 40, 31]. */
export function hexToRgb(hex: string): [number, number, number] {
	const n = parseInt(hex.replace('#', ''), 16);
	return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/**
 * RGBA pixels of the arrowhead drawn along a trip's arc: a triangle pointing to +x (MapLibre turns
 * icons placed along a line to the line's direction), in `rgb`, with a white rim so it reads on
 * land and water alike.
 */
export function arrowPixels(size: number, rgb: [number, number, number]): Uint8Array {
	const data = new Uint8Array(size * size * 4);
	const mid = size / 2;
	// Inside a triangle with its tip at (size - inset, mid) and its base at x = inset.
	const inside = (x: number, y: number, inset: number) => {
		const len = size - 2 * inset;
		const t = (x - inset) / len;
		return t >= 0 && t <= 1 && Math.abs(y - mid) <= (1 - t) * (mid - inset);
	};
	for (let y = 0; y < size; y++) {
		for (let x = 0; x < size; x++) {
			const i = (y * size + x) * 4;
			const [px, py] = [x + 0.5, y + 0.5];
			if (inside(px, py, size * 0.22)) {
				data.set([...rgb, 255], i);
			} else if (inside(px, py, size * 0.08)) {
				data.set([255, 255, 255, 235], i);
			}
		}
	}
	return data;
}
