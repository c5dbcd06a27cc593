/**
 * The frame's projection, fitted as MapLibre fits its camera, and the locator inset that shows
 * where the story's area (site.yaml's focus) lies when a frame is far from it.
 */
import { geoMercator, geoPath, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';
import { geoCentroid } from 'd3-geo';
import { currentLang } from '../../i18n/lang';
import { SITE, SITES } from '../../site';
import { HOME_BOUNDS, type Bounds } from '../model/camera';
import { forD3 } from '../model/winding';
import { COLORS } from '../style/paint';
import { worldAt } from './geodata';
import { esc, round } from './text';
import type { Box, StepMapGeodata } from './types';

/** Bounds grown by `d` degrees each way. */
const pad = ([[w, s], [e, n]]: Bounds, d: number): Bounds => [
	[w - d, s - d],
	[e + d, n + d]
];

/** Mercator fitted to `bounds` with `pad` px around, no closer than MapLibre's `maxZoom`. */
export function frameProjection(
	bounds: Bounds,
	maxZoom: number,
	width: number,
	height: number,
	pad: number
): GeoProjection {
	const [[w, s], [e, n]] = bounds;
	const projection = geoMercator().fitExtent(
		[
			[pad, pad],
			[width - pad, height - pad]
		],
		{
			type: 'MultiPoint',
			coordinates: [
				[w, s],
				[e, n]
			]
		}
	);
	// MapLibre's world is 512 × 2^zoom px wide; d3's Mercator is 2π × scale.
	const maxScale = (512 * 2 ** maxZoom) / (2 * Math.PI);
	if (projection.scale() > maxScale) {
		projection.scale(maxScale).translate([width / 2, height / 2]);
		const c = projection([(w + e) / 2, (s + n) / 2])!;
		const [tx, ty] = projection.translate();
		projection.translate([tx + width / 2 - c[0], ty + height / 2 - c[1]]);
	}
	return projection.clipExtent([
		[-4, -4],
		[width + 4, height + 4]
	]);
}

/** The inset: land, the story's area in red, the main map's frame as a rectangle. */
export function locatorSvg(
	geodata: StepMapGeodata,
	frame: Bounds,
	box: Box,
	w: number,
	h: number
): string {
	const [[fw, fs], [fe, fn]] = frame;
	const [[aw, as], [ae, an]] = SITE.map.focus?.box ?? pad(HOME_BOUNDS, 2);
	// Kept within ±180°: a box across the antimeridian would be fitted the long way round.
	const span: Bounds = [
		[Math.max(Math.min(fw, aw) - 8, -180), Math.max(Math.min(fs, as) - 6, -60)],
		[Math.min(Math.max(fe, ae) + 8, 180), Math.min(Math.max(fn, an) + 6, 80)]
	];
	const p = frameProjection(span, 8, w, h, 4);
	const path = geoPath(p).digits(1);
	const rect = [p([fw, fn])!, p([fe, fn])!, p([fe, fs])!, p([fw, fs])!].map(
		([x, y]) =>
			`${round(Math.min(Math.max(x, 1), w - 1))},${round(Math.min(Math.max(y, 1), h - 1))}`
	);
	const land = path(forD3(worldAt(geodata, 0.08).land) as GeoPermissibleObjects) ?? '';
	const area = path(forD3(geodata.focus) as GeoPermissibleObjects) ?? '';
	const site = SITES[currentLang()];
	const name = site.map.focus?.name ?? site.map.views[0]!.label;
	const at = p(SITE.map.focus?.labelAt ?? geoCentroid(forD3(geodata.focus) as never))!;
	// The name stays inside the inset (about 7 px a letter at 12 px bold).
	const half = (name.length * 7) / 2 + 2;
	const c: [number, number] = [Math.min(Math.max(at[0], half), w - half), Math.max(at[1], 22)];
	return (
		`<svg x="${round(box[0])}" y="${round(box[1])}" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">` +
		`<rect width="${w}" height="${h}" fill="${COLORS.water}"/>` +
		`<path d="${land}" fill="${COLORS.land}" stroke="${COLORS.borderIntl}" stroke-width="0.4"/>` +
		`<path d="${area}" fill="${COLORS.occupied}"/>` +
		`<polygon points="${rect.join(' ')}" fill="none" stroke="${COLORS.outline}" stroke-width="1.2" stroke-dasharray="3 2"/>` +
		`<text x="${round(c[0])}" y="${round(c[1] - 9)}" text-anchor="middle" font-size="12" font-weight="700" fill="${COLORS.occupied}" stroke="${COLORS.halo}" stroke-width="3" paint-order="stroke">${esc(name)}</text>` +
		`<rect x="0.75" y="0.75" width="${w - 1.5}" height="${h - 1.5}" fill="none" stroke="#fff" stroke-width="1.5"/>` +
		`<rect width="${w}" height="${h}" fill="none" stroke="${COLORS.border}" stroke-width="1"/>` +
		'</svg>'
	);
}
