/**
 * A story step's map as a standalone SVG file, drawn at build time with d3-geo from the shipped
 * geodata and the same camera bounds the live map flies to (story/steps.ts stepFit). The flat
 * article, the embed, the handout and print all show this file, so every medium shows the step's
 * own frame. Besides the drawing it returns what it shows (places, regions, scale) and a caption
 * written from that list (describe.ts), so the caption cannot name what the map does not draw.
 * This module draws the layers, dots and trips; furniture.ts and labels.ts place the rest.
 * https://d3js.org/d3-geo/path
 */
import { localName } from '../../i18n/lang';
import { geoMercator, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import type { Geometry } from 'geojson';
import type { Arc } from '../model/arcs';
import type { Bounds } from '../model/camera';
import { placeRank } from '../model/features';
import { SITE } from '../../site';
import { localSite } from '../../i18n/site';
import { REGION_BOX } from '../model/geo';
import { forD3 } from '../model/winding';
import { COLORS } from '../style/paint';
import { along, arrowhead } from '../twin/tripInset';
import { describe } from './describe';
import { drawFurniture } from './furniture';
import { countryOf, keepAt, regionAt, scaleAt, worldAt } from './geodata';
import { drawLabels } from './labels';
import { drawLayers } from './layers';
import { frameProjection } from './locator';
import { esc, round } from './text';
import {
	STEP_MAP_HEIGHT,
	STEP_MAP_PAD,
	STEP_MAP_WIDTH,
	type Box,
	type Dot,
	type DrawnPlace,
	type StepMap,
	type StepMapInput
} from './types';

/** Draws one step's map. Pure: the same input gives the same SVG. */
export function drawStepMap(input: StepMapInput): StepMap {
	const { geodata, focus } = input;
	const W = input.width ?? STEP_MAP_WIDTH;
	const H = input.height ?? STEP_MAP_HEIGHT;
	const projection = frameProjection(input.bounds, input.maxZoom, W, H, STEP_MAP_PAD);
	const nw = projection.invert!([0, 0])!;
	const se = projection.invert!([W, H])!;
	const frame: Bounds = [
		[round(nw[0]), round(se[1])],
		[round(se[0]), round(nw[1])]
	];
	const zoom = Math.log2((projection.scale() * 2 * Math.PI) / 512);
	const scale = scaleAt(zoom);
	const keep = keepAt(zoom);
	const path = geoPath(projection).digits(1);
	const at = (lng: number, lat: number) => {
		const p = projection([lng, lat]);
		return p ? { x: round(p[0]), y: round(p[1]) } : null;
	};
	const inFrame = (p: { x: number; y: number } | null, m = 0): p is { x: number; y: number } =>
		p !== null && p.x >= m && p.x <= W - m && p.y >= m && p.y <= H - m;
	const M = 6;
	const boxInside = (b: Box) => b[0] >= M && b[1] >= M && b[2] <= W - M && b[3] <= H - M;

	// Inside the regional files' box their detailed outlines serve; beyond it, the world's.
	const [[rw, rs], [re, rn]] = REGION_BOX;
	const regional =
		SITE.map.regional &&
		frame[0][0] >= rw &&
		frame[0][1] >= rs &&
		frame[1][0] <= re &&
		frame[1][1] <= rn;
	const region = regionAt(geodata, keep.region);
	const world = worldAt(geodata, keep.world);
	const countries = regional ? region.countries : world.world;

	const { out, shownRegions, regionShapes, regionNames, occupation } = drawLayers({
		W,
		H,
		path,
		scale,
		regional,
		region,
		world,
		countries,
		focus,
		regions: input.regions
	});

	// Furniture first, so labels keep clear of it: attribution, locator, key.
	const taken: Box[] = [];
	const ATTRIBUTION = localSite()
		.map.credits.filter((c) => occupation || !c.occupation)
		.map((c) => c.text)
		.join(' · ');
	const attrSize = 10;
	// On one line, or on two where the map is narrow (the small drawing for phones).
	const attrLines = attributionLines(ATTRIBUTION, (W - 16) / (attrSize * 0.55));
	const attrW = Math.max(...attrLines.map((l) => l.length)) * attrSize * 0.55;
	const attrBox: Box = [W - attrW - 10, H - 6 - attrLines.length * attrSize * 1.2, W, H];
	taken.push(attrBox);

	// The story's area (site.yaml): drawn in the frame, or located by an inset when mostly off it.
	const ub = path.bounds(forD3(geodata.focus) as GeoPermissibleObjects);
	const inArea = path.area(forD3(geodata.focus) as GeoPermissibleObjects);
	const full = geoPath(geoMercator().scale(projection.scale())).area(
		forD3(geodata.focus) as GeoPermissibleObjects
	);
	const focusShare = full > 0 ? inArea / full : 0;
	const locator = focusShare < 0.5 || ub[1][0] - ub[0][0] < 40;

	// Dots: the step's places, then reference places (capitals and meeting cities) in the frame.
	const dots: Dot[] = [];
	for (const p of input.places) {
		if (!focus.places.includes(p.id)) continue;
		const xy = at(p.lng, p.lat);
		if (inFrame(xy, 4)) dots.push({ place: p, ...xy, focus: true, r: 6 });
	}
	const tripEnds = new Set(focus.arcs.flatMap((a) => [a.from.place, a.to.place]));
	for (const p of input.places) {
		if (focus.places.includes(p.id)) continue;
		const wanted =
			tripEnds.has(p.id) ||
			(scale !== 'region' && placeRank(p.kinds) === 1) ||
			(scale === 'region' && p.kinds.includes('capital'));
		if (!wanted) continue;
		const xy = at(p.lng, p.lat);
		if (inFrame(xy, 8)) dots.push({ place: p, ...xy, focus: false, r: 4 });
	}
	// Context dots too close to another dot would read as one: the step's own place wins.
	const keptDots = dots.filter(
		(a, i) => a.focus || !dots.some((b, j) => j < i && Math.hypot(a.x - b.x, a.y - b.y) < 14)
	);

	// What the reader must see: the step's dots, its regions and the occupied area (less so).
	const busy: { box: Box; weight: number }[] = keptDots.map((p) => ({
		box: [p.x - 30, p.y - 30, p.x + 30, p.y + 30],
		weight: 1000
	}));
	const boundsBox = (g: Geometry): Box => {
		const [[x0, y0], [x1, y1]] = path.bounds(forD3(g) as GeoPermissibleObjects);
		return [x0, y0, x1, y1];
	};
	for (const id of shownRegions) busy.push({ box: boundsBox(regionShapes.get(id)!), weight: 2 });
	if (occupation) {
		const occ = region.occupied.features.find((f) => f.properties.snapshot === focus.occupation);
		if (occ) busy.push({ box: boundsBox(occ.geometry), weight: 1 });
	}
	const furniture = drawFurniture({
		W,
		H,
		M,
		busy,
		taken,
		locator,
		geodata,
		frame,
		occupation,
		hasRegions: shownRegions.length > 0,
		hasTrips: focus.arcs.length > 0
	});

	// Trips: the arc, arrowheads half way and near the end.
	const arcSvg: string[] = [];
	const tripLabels: { arc: Arc; pts: [number, number][] }[] = [];
	for (const a of focus.arcs) {
		const pts = a.line.map((p) => projection(p)!) as [number, number][];
		const ad = path({ type: 'LineString', coordinates: a.line });
		if (!ad) continue;
		const mid = along(pts, 0.5);
		const end = along(pts, 0.9);
		arcSvg.push(
			`<path d="${ad}" fill="none" stroke="#fff" stroke-width="5" stroke-opacity="0.8"/><path d="${ad}" fill="none" stroke="${COLORS.trip}" stroke-width="2.5"/>` +
				`<path d="${arrowhead(mid.x, mid.y, mid.angle, 11)}${arrowhead(end.x, end.y, end.angle, 11)}" fill="${COLORS.trip}" stroke="#fff" stroke-width="0.8"/>`
		);
		tripLabels.push({ arc: a, pts });
		// The line keeps labels off it: a box around every point along it.
		for (let i = 0; i < pts.length - 1; i++) {
			const [[x0, y0], [x1, y1]] = [pts[i]!, pts[i + 1]!];
			const steps = Math.max(1, Math.ceil(Math.hypot(x1 - x0, y1 - y0) / 8));
			for (let k = 0; k < steps; k++) {
				const x = x0 + ((x1 - x0) * k) / steps;
				const y = y0 + ((y1 - y0) * k) / steps;
				taken.push([x - 5, y - 5, x + 5, y + 5]);
			}
		}
	}

	for (const p of keptDots)
		taken.push([p.x - p.r - 1, p.y - p.r - 1, p.x + p.r + 1, p.y + p.r + 1]);

	const { labels, text, drawn } = drawLabels({
		geodata,
		regions: input.regions,
		scale,
		regional,
		region,
		countries,
		locator,
		projection,
		path,
		at,
		inFrame,
		boxInside,
		dots: keptDots,
		shownRegions,
		regionNames,
		trips: tripLabels,
		taken
	});

	const dotSvg = drawn
		.map((p) =>
			p.focus
				? `<circle cx="${p.x}" cy="${p.y}" r="${p.r}" fill="${COLORS.meeting}" stroke="#fff" stroke-width="2"/>`
				: `<circle cx="${p.x}" cy="${p.y}" r="${p.r}" fill="${COLORS.placeLabel}" stroke="#fff" stroke-width="1.5"/>`
		)
		.join('');

	const placesDrawn: DrawnPlace[] = drawn.map((p) => ({
		id: p.place.id,
		name: localName(p.place.name),
		country: countryOf(geodata, p.place),
		focus: p.focus
	}));
	const regionsDrawn = shownRegions
		.filter((id) => labels.some((l) => l.id === id))
		.map((id) => ({ id, name: regionNames.get(id) ?? id }));
	const { caption, alt } = describe({
		places: placesDrawn,
		regions: regionsDrawn,
		occupation,
		arcs: focus.arcs.filter((a) => labels.some((l) => l.id === `trip-${a.id}`)),
		locator
	});

	const svg =
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" font-family="'Noto Sans', sans-serif">` +
		`<title>${esc(alt)}</title>` +
		`<defs><pattern id="hatch" width="7" height="7" patternUnits="userSpaceOnUse"><path d="M-1,1 l2,-2 M0,7 l7,-7 M6,8 l2,-2" stroke="${COLORS.occupied}" stroke-width="1.6"/></pattern></defs>` +
		out.join('') +
		arcSvg.join('') +
		dotSvg +
		`<g stroke="${COLORS.halo}" stroke-width="4" stroke-linejoin="round" paint-order="stroke">${text.join('')}</g>` +
		furniture.join('') +
		attrLines
			.map(
				(l, i) =>
					`<text x="${W - 8}" y="${round(H - 6 - (attrLines.length - 1 - i) * attrSize * 1.2)}" text-anchor="end" font-size="${attrSize}" fill="${COLORS.label}" stroke="${COLORS.halo}" stroke-width="3" paint-order="stroke">${esc(l)}</text>`
			)
			.join('') +
		'</svg>';

	return {
		svg,
		width: W,
		height: H,
		scale,
		frame,
		places: placesDrawn,
		regions: regionsDrawn,
		trips: focus.arcs.map((a) => a.id),
		occupation,
		locator,
		labels,
		caption,
		alt
	};
}

/** The attribution on as few lines as fit `maxChars`, broken between its credits (" · "). */
export function attributionLines(text: string, maxChars: number): string[] {
	const parts = text.split(' · ');
	const lines: string[] = [];
	for (const part of parts) {
		const last = lines.at(-1);
		if (last !== undefined && `${last} · ${part}`.length <= maxChars)
			lines[lines.length - 1] = `${last} · ${part}`;
		else lines.push(part);
	}
	return lines;
}
