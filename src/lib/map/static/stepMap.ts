/**
 * A story step's map as a standalone SVG file, drawn at build time with d3-geo from the shipped
 * geodata and the same camera bounds the live map flies to (story/steps.ts stepFit). The flat
 * article, the embed, the handout and print all show this file, so every medium shows the step's
 * own frame. Besides the drawing it returns what it shows (places, regions, scale) and a caption
 * written from that list, so the caption cannot name what the map does not draw.
 * https://d3js.org/d3-geo/path
 */
import {
	geoBounds,
	geoContains,
	geoDistance,
	geoMercator,
	geoPath,
	type GeoPermissibleObjects,
	type GeoProjection
} from 'd3-geo';
import type { Geometry, MultiPolygon, Polygon } from 'geojson';
import { feature, merge } from 'topojson-client';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import type { GeometryCollection } from 'topojson-specification';
import { formatDay } from '../../data/dates';
import type { PlaceEntry, RegionEntry } from '../../data/types';
import type { Arc } from '../model/arcs';
import { listNames } from '../model/arcs';
import type { Bounds } from '../model/camera';
import { placeRank, shortRegionName } from '../model/features';
import {
	ANCHORS,
	GROUPS,
	regionGeo,
	REGION_BOX,
	type FC,
	type Props,
	type RegionGeo,
	type RegionTopology,
	type WorldTopology
} from '../model/geo';
import { COLORS } from '../style/paint';
import { along, arrowhead } from '../twin/tripInset';
import { forD3 } from '../model/winding';

export const STEP_MAP_WIDTH = 960;
export const STEP_MAP_HEIGHT = 640;
/** Room (px) around the camera's bounds: the live map's fitBounds padding (MapView). */
export const STEP_MAP_PAD = 40;

/** A sea or ocean name for the Europe and world frames, at one or more points in open water. */
export interface SeaLabel {
	id: string;
	name: string;
	/** [lng, lat] candidates, best first: the first whose label fits in the frame is used. */
	at: [number, number][];
}

export interface MapLabels {
	seas: SeaLabel[];
}

/** [x0, y0, x1, y1] in the SVG's pixels. */
export type Box = [number, number, number, number];

export interface DrawnLabel {
	id: string;
	text: string;
	kind: 'place' | 'context' | 'region' | 'country' | 'sea' | 'trip';
	box: Box;
}

export interface DrawnPlace {
	id: string;
	name: string;
	/** Name of the country it lies in (from the world outlines), or null. */
	country: string | null;
	/** A place the step names, as opposed to one drawn for reference. */
	focus: boolean;
}

export interface StepMapFocus {
	places: readonly string[];
	regions: readonly string[];
	/** Snapshot id of the occupied area, or null. */
	occupation: string | null;
	frontline: boolean;
	arcs: readonly Arc[];
}

export interface StepMap {
	svg: string;
	width: number;
	height: number;
	scale: MapScale;
	/** The frame actually drawn, degrees. */
	frame: Bounds;
	places: DrawnPlace[];
	/** Highlighted regions that are in the frame, by id. */
	regions: { id: string; name: string }[];
	trips: string[];
	occupation: { snapshot: string; date: string; frontline: boolean } | null;
	/** Whether Ukraine is shown by a locator inset, being (mostly) off the frame. */
	locator: boolean;
	labels: DrawnLabel[];
	/** One sentence of what the map shows, colours included: the figure's caption. */
	caption: string;
	/** The same without colours: the image's text alternative. */
	alt: string;
}

/** The geodata prepared once per build; simplified copies are made per level of detail. */
export interface StepMapGeodata {
	world: { full: FC; topo: WorldTopology; pre: WorldTopology };
	region: { full: RegionGeo; pre: RegionTopology };
	ukraine: Geometry;
	labels: MapLabels;
	cache: Map<string, { world: FC; land: Geometry } | RegionGeo>;
}

function presimplified<T>(topo: T): T {
	return presimplify(topo as never) as unknown as T;
}

function simplified<T>(pre: T, keep: number): T {
	return (keep >= 1 ? pre : simplify(pre as never, quantile(pre as never, keep))) as unknown as T;
}

function worldFeatures(topo: WorldTopology): FC {
	return feature(topo, topo.objects.countries as GeometryCollection<Props>) as FC;
}

export function prepareGeodata(
	world: WorldTopology,
	region: RegionTopology,
	labels: MapLabels
): StepMapGeodata {
	const pre = presimplified(region);
	const low = simplified(pre, 0.02);
	return {
		world: { full: worldFeatures(world), topo: world, pre: presimplified(world) },
		region: { full: regionGeo(region), pre },
		ukraine: merge(low, low.objects.admin1.geometries as never) as unknown as Geometry,
		labels,
		cache: new Map()
	};
}

/** How far out a frame is, by its MapLibre zoom: a region (a country or two), Europe, the world. */
export type MapScale = 'region' | 'europe' | 'world';
export function scaleAt(zoom: number): MapScale {
	return zoom >= 4.5 ? 'region' : zoom >= 2.6 ? 'europe' : 'world';
}

/** Share of vertices kept at a MapLibre zoom: detail where the frame is close, little when far. */
export function keepAt(zoom: number): { world: number; region: number } {
	if (zoom >= 5.5) return { world: 1, region: 0.25 };
	if (zoom >= 4.5) return { world: 0.5, region: 0.1 };
	if (zoom >= 3) return { world: 0.2, region: 0.03 };
	return { world: 0.08, region: 0.01 };
}

function worldAt(g: StepMapGeodata, keep: number) {
	const key = `w${keep}`;
	let hit = g.cache.get(key) as { world: FC; land: Geometry } | undefined;
	if (!hit) {
		const w = simplified(g.world.pre, keep);
		hit = {
			world: worldFeatures(w),
			land: merge(w, w.objects.countries.geometries as never) as unknown as Geometry
		};
		g.cache.set(key, hit);
	}
	return hit;
}

function regionAt(g: StepMapGeodata, keep: number): RegionGeo {
	const key = `r${keep}`;
	let hit = g.cache.get(key) as RegionGeo | undefined;
	if (!hit) {
		hit = regionGeo(simplified(g.region.pre, keep));
		g.cache.set(key, hit);
	}
	return hit;
}

const round = (n: number) => Math.round(n * 10) / 10;
const esc = (s: string) =>
	s
		.replaceAll('&', '&amp;')
		.replaceAll('<', '&lt;')
		.replaceAll('>', '&gt;')
		.replaceAll('"', '&quot;');
const overlaps = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

/** Type sizes (px in the 960-wide frame) and styles of each kind of label. */
const TYPE = {
	place: { size: 19, weight: 700, width: 0.64 },
	context: { size: 16, weight: 400, width: 0.58 },
	region: { size: 16, weight: 700, width: 0.64 },
	admin1: { size: 13, weight: 400, width: 0.58 },
	country: { size: 13, weight: 400, width: 0.8 },
	sea: { size: 15, weight: 400, width: 0.56 },
	trip: { size: 14, weight: 400, width: 0.56 }
} as const;
type TypeKind = keyof typeof TYPE;

/** A generous box for text set in the fallback sans-serif (an SVG image cannot load web fonts). */
export function textBox(
	text: string,
	x: number,
	y: number,
	kind: TypeKind,
	anchor: 'start' | 'middle' | 'end'
): Box {
	const t = TYPE[kind];
	const w = text.length * t.size * t.width;
	const x0 = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
	return [round(x0 - 2), round(y - t.size * 0.8), round(x0 + w + 2), round(y + t.size * 0.25)];
}

/** The whole of a polygon's largest part, as a Polygon. */
function largestPart(g: Geometry, path: ReturnType<typeof geoPath>): Polygon | null {
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

interface Candidate {
	x: number;
	y: number;
	anchor: 'start' | 'middle' | 'end';
}

/** Offsets (px) tried for a country's name, nearest its centre first. */
const COUNTRY_OFFSETS = [0, 25, -25, 50, -50, 80, -80].flatMap((dy) =>
	[0, -40, 40, -90, 90, -150, 150].map((dx) => [dx, dy] as const)
);

/** Label spots around a dot at x, y: right, left, above, below, then the diagonals. */
function around(x: number, y: number, size: number, r: number): Candidate[] {
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

interface StepMapInput {
	geodata: StepMapGeodata;
	/** The camera's bounds, as stepFit gives them to the live map. */
	bounds: Bounds;
	maxZoom: number;
	places: readonly PlaceEntry[];
	regions: readonly RegionEntry[];
	focus: StepMapFocus;
	width?: number;
	height?: number;
}

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
	const d = (g: Geometry) => path(forD3(g) as GeoPermissibleObjects) ?? '';
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
	const regional = frame[0][0] >= rw && frame[0][1] >= rs && frame[1][0] <= re && frame[1][1] <= rn;
	const region = regionAt(geodata, keep.region);
	const world = worldAt(geodata, keep.world);
	const countries = regional ? region.countries : world.world;

	const out: string[] = [];
	out.push(`<rect width="${W}" height="${H}" fill="${COLORS.water}"/>`);
	const others = countries.features.filter((f) => f.properties.id !== 'UKR');
	if (!regional) out.push(`<path d="${d(world.land)}" fill="${COLORS.land}"/>`);
	else out.push(`<path d="${others.map((f) => d(f.geometry)).join('')}" fill="${COLORS.land}"/>`);
	out.push(
		`<path d="${region.admin1.features.map((f) => d(f.geometry)).join('')}" fill="${COLORS.ukraine}"/>`
	);

	// Highlighted regions: oblasts, groups (Donbas, Crimea) and seas.
	const regionShapes = new Map<string, Geometry>();
	for (const f of [...region.admin1.features, ...region.groups.features, ...region.seas.features])
		regionShapes.set(String(f.properties.id), f.geometry);
	const regionNames = new Map(input.regions.map((r) => [r.id, r.name.en]));
	const shownRegions = focus.regions.filter((id) => {
		const g = regionShapes.get(id);
		return g !== undefined && d(g) !== '';
	});
	const hl = shownRegions.map((id) => d(regionShapes.get(id)!)).join('');
	if (hl) out.push(`<path d="${hl}" fill="${COLORS.highlight}"/>`);

	// The occupied area and the front line of the step's snapshot.
	let occupation: StepMap['occupation'] = null;
	if (focus.occupation) {
		const occ = region.occupied.features.find((f) => f.properties.snapshot === focus.occupation);
		// Named in the key and the caption only where some of it is in the frame.
		if (occ && path.area(forD3(occ.geometry) as GeoPermissibleObjects) > 40) {
			const od = d(occ.geometry);
			out.push(`<path d="${od}" fill="${COLORS.occupiedTint}"/>`);
			out.push(`<path d="${od}" fill="url(#hatch)"/>`);
			occupation = {
				snapshot: focus.occupation,
				date: String(occ.properties.date ?? focus.occupation),
				frontline: false
			};
		}
	}

	// Lines: oblasts, borders, highlighted outlines, the front line.
	if (scale !== 'world')
		out.push(
			`<path d="${d(region.admin1Lines.features[0]!.geometry)}" fill="none" stroke="${COLORS.admin1Line}" stroke-width="${scale === 'region' ? 0.9 : 0.5}"/>`
		);
	const countryLines = regional
		? d(region.borders.features[1]!.geometry)
		: others.map((f) => d(f.geometry)).join('');
	out.push(
		`<path d="${countryLines}" fill="none" stroke="${COLORS.borderIntl}" stroke-width="0.7"/>`
	);
	out.push(
		`<path d="${d(region.borders.features[0]!.geometry)}" fill="none" stroke="${COLORS.border}" stroke-width="${scale === 'world' ? 0.9 : 1.4}"/>`
	);
	if (hl)
		out.push(
			`<path d="${hl}" fill="none" stroke="${COLORS.outline}" stroke-width="${scale === 'region' ? 1.8 : 1.2}"/>`
		);
	if (occupation && focus.frontline) {
		const line = region.frontline.features.find((f) => f.properties.snapshot === focus.occupation);
		if (line) {
			out.push(
				`<path d="${d(line.geometry)}" fill="none" stroke="${COLORS.frontline}" stroke-width="2"/>`
			);
			occupation.frontline = true;
		}
	}

	// Furniture first, so labels keep clear of it: attribution, locator, key.
	const taken: Box[] = [];
	const labels: DrawnLabel[] = [];
	const text: string[] = [];
	const ATTRIBUTION =
		'Boundaries © OpenStreetMap contributors (ODbL), via geoBoundaries (CC BY 4.0) · Natural Earth' +
		(occupation ? ' · Occupied areas: DeepStateMap.live' : '') +
		' · Places: GeoNames (CC BY 4.0)';
	const attrSize = 10;
	const attrW = ATTRIBUTION.length * attrSize * 0.55;
	const attrBox: Box = [W - attrW - 10, H - 18, W, H];
	taken.push(attrBox);

	// Ukraine: drawn in the frame, or located by an inset when mostly off it.
	const ub = path.bounds(forD3(geodata.ukraine) as GeoPermissibleObjects);
	const ukArea = path.area(forD3(geodata.ukraine) as GeoPermissibleObjects);
	const full = geoPath(geoMercator().scale(projection.scale())).area(
		forD3(geodata.ukraine) as GeoPermissibleObjects
	);
	const ukraineShare = full > 0 ? ukArea / full : 0;
	const locator = ukraineShare < 0.5 || ub[1][0] - ub[0][0] < 40;

	// Dots: the step's places, then reference places (capitals and meeting cities) in the frame.
	interface Dot {
		place: PlaceEntry;
		x: number;
		y: number;
		focus: boolean;
		r: number;
	}
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

	// The corner furniture goes where no dot or arc end is.
	const corners = (w: number, h: number): Box[] => [
		[M + 4, H - h - 24, M + 4 + w, H - 24],
		[W - w - M - 4, M + 4, W - M - 4, M + 4 + h],
		[M + 4, M + 4, M + 4 + w, M + 4 + h],
		[W - w - M - 4, H - h - 26, W - M - 4, H - 26]
	];
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
	const cover = (a: Box, b: Box) =>
		Math.max(0, Math.min(a[2], b[2]) - Math.max(a[0], b[0])) *
		Math.max(0, Math.min(a[3], b[3]) - Math.max(a[1], b[1]));
	const cost = (b: Box) =>
		busy.reduce((sum, x) => sum + cover(b, x.box) * x.weight, 0) +
		(taken.some((t) => overlaps(t, b)) ? 1e9 : 0);
	const pick = (w: number, h: number) =>
		corners(w, h).reduce((best, b) => (cost(b) < cost(best) ? b : best));

	const furniture: string[] = [];
	if (locator) {
		const lw = 190;
		const lh = 130;
		const box = pick(lw, lh);
		taken.push([box[0] - 2, box[1] - 2, box[2] + 2, box[3] + 2]);
		furniture.push(locatorSvg(geodata, frame, box, lw, lh));
	}

	// The key: what each mark means, only for marks on this map.
	const keyItems: { mark: string; label: string }[] = [];
	if (occupation)
		keyItems.push({
			mark: `<rect x="0" y="-10" width="18" height="12" fill="${COLORS.occupiedTint}"/><rect x="0" y="-10" width="18" height="12" fill="url(#hatch)" stroke="${COLORS.occupied}" stroke-width="0.6"/>`,
			label: `Occupied by Russia, ${formatDay(occupation.date)}`
		});
	if (occupation?.frontline)
		keyItems.push({
			mark: `<path d="M0,-4h18" stroke="${COLORS.frontline}" stroke-width="2.5"/>`,
			label: 'Front line'
		});
	if (shownRegions.length)
		keyItems.push({
			mark: `<rect x="0" y="-10" width="18" height="12" fill="${COLORS.highlight}" stroke="${COLORS.outline}" stroke-width="1"/>`,
			label: 'Named in this step'
		});
	if (focus.arcs.length)
		keyItems.push({
			mark: `<path d="M0,-4h14" stroke="${COLORS.trip}" stroke-width="2.5"/><path d="${arrowhead(18, -4, 0, 7)}" fill="${COLORS.trip}"/>`,
			label: 'Trip stated in the sources'
		});
	if (keyItems.length) {
		const kw = Math.max(...keyItems.map((k) => k.label.length)) * 13 * 0.58 + 40;
		const kh = keyItems.length * 20 + 10;
		const box = pick(kw, kh);
		taken.push(box);
		furniture.push(
			`<g transform="translate(${round(box[0])},${round(box[1])})"><rect width="${round(kw)}" height="${kh}" rx="3" fill="#fff" fill-opacity="0.9" stroke="${COLORS.borderIntl}" stroke-width="0.6"/>` +
				keyItems
					.map(
						(k, i) =>
							`<g transform="translate(8,${i * 20 + 22})">${k.mark}<text x="26" y="0" font-size="13" fill="${COLORS.placeLabel}">${esc(k.label)}</text></g>`
					)
					.join('') +
				'</g>'
		);
	}

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

	/** Tries spots in order; the first inside the frame and clear of all else wins. */
	const place = (
		id: string,
		label: string,
		kind: DrawnLabel['kind'],
		type: TypeKind,
		spots: Candidate[],
		style: string,
		force = false
	): boolean => {
		let chosen: { c: Candidate; box: Box } | null = null;
		for (const c of spots) {
			const box = textBox(label, c.x, c.y, type, c.anchor);
			if (boxInside(box) && !taken.some((t) => overlaps(t, box))) {
				chosen = { c, box };
				break;
			}
		}
		if (!chosen && force) {
			// Keep it in the frame even if it must touch something.
			for (const c of spots) {
				const box = textBox(label, c.x, c.y, type, c.anchor);
				if (boxInside(box)) {
					chosen = { c, box };
					break;
				}
			}
		}
		if (!chosen) return false;
		taken.push(chosen.box);
		labels.push({ id, text: label, kind, box: chosen.box });
		text.push(
			`<text x="${round(chosen.c.x)}" y="${round(chosen.c.y)}" text-anchor="${chosen.c.anchor}" ${style}>${esc(label)}</text>`
		);
		return true;
	};
	const style = (type: TypeKind, fill: string, extra = '') =>
		`font-size="${TYPE[type].size}" font-weight="${TYPE[type].weight}" fill="${fill}"${extra}`;

	// 1. The step's places.
	const drawn: Dot[] = [];
	for (const p of keptDots.filter((x) => x.focus)) {
		place(
			p.place.id,
			p.place.name.en,
			'place',
			'place',
			around(p.x, p.y, TYPE.place.size, p.r),
			style('place', COLORS.placeLabel),
			true
		);
		drawn.push(p);
	}
	// 2. The highlighted regions' names (groups and seas at their anchors, oblasts at their label
	// points).
	const admin1Points = new Map(
		geodata.region.full.admin1Labels.features.map((f) => [
			String(f.properties.id),
			f.geometry.coordinates as [number, number]
		])
	);
	const regionPoint = (id: string) => ANCHORS[id] ?? admin1Points.get(id);
	const groupMembers = new Set(
		input.regions.filter((r) => shownRegions.includes(r.id)).flatMap((r) => r.members ?? [])
	);
	for (const id of shownRegions) {
		const pt = regionPoint(id);
		const xy = pt ? at(pt[0], pt[1]) : null;
		if (!inFrame(xy)) continue;
		const label = GROUPS[id]?.en ?? shortRegionName(regionNames.get(id) ?? id);
		place(
			id,
			label,
			'region',
			'region',
			[
				{ x: xy.x, y: xy.y, anchor: 'middle' },
				{ x: xy.x, y: xy.y + 18, anchor: 'middle' },
				{ x: xy.x, y: xy.y - 18, anchor: 'middle' }
			],
			style('region', COLORS.outline, ' letter-spacing="0.3"'),
			true
		);
	}
	// 3. Trip captions: who, then the route.
	for (const t of tripLabels) {
		const spots: Candidate[] = [];
		for (const f of [0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74]) {
			const { x, y } = along(t.pts, f);
			spots.push(
				{ x: x + 10, y: y - 12, anchor: 'start' },
				{ x: x - 10, y: y - 12, anchor: 'end' },
				{ x: x + 10, y: y + 24, anchor: 'start' },
				{ x: x - 10, y: y + 24, anchor: 'end' }
			);
		}
		place(
			`trip-${t.arc.id}`,
			`${t.arc.who}: ${t.arc.route}`,
			'trip',
			'trip',
			spots,
			style('trip', COLORS.trip, ' font-style="italic"'),
			true
		);
	}
	// 4. Reference places: a dot only where its name fits too.
	for (const p of keptDots.filter((x) => !x.focus)) {
		const ok = place(
			p.place.id,
			p.place.name.en,
			'context',
			'context',
			around(p.x, p.y, TYPE.context.size, p.r),
			style('context', COLORS.placeLabel)
		);
		if (ok) drawn.push(p);
	}
	// 5. Seas.
	const seaSpots: { id: string; name: string; at: [number, number][] }[] =
		scale === 'region' && regional
			? region.seas.features
					.filter((f) => f.properties.id !== 'kerch-strait')
					.map((f) => ({
						id: String(f.properties.id),
						name: String(f.properties.en),
						at: [ANCHORS[String(f.properties.id)]!]
					}))
			: geodata.labels.seas;
	for (const s of seaSpots) {
		if (shownRegions.includes(s.id)) continue;
		const spots = s.at
			.map(([lng, lat]) => at(lng, lat))
			.filter((p) => inFrame(p))
			.map((p) => ({ x: p!.x, y: p!.y, anchor: 'middle' as const }));
		place(
			`sea-${s.id}`,
			s.name,
			'sea',
			'sea',
			spots,
			style('sea', COLORS.seaLabel, ' font-style="italic" letter-spacing="0.5"')
		);
	}
	// 6. Country names, largest first, where the name fits inside the country.
	const named: { id: string; name: string; area: number; x: number; y: number; shape: Polygon }[] =
		[];
	for (const f of countries.features) {
		const id = String(f.properties.id);
		if (scale === 'region' && id === 'UKR' && !locator) continue;
		const part = largestPart(f.geometry, path);
		if (!part) continue;
		const fixed = forD3(part);
		const area = path.area(fixed as GeoPermissibleObjects);
		if (area < 1500) continue;
		const [cx, cy] = path.centroid(fixed as GeoPermissibleObjects);
		const back = projection.invert!([cx, cy]);
		if (!back || !geoContains(fixed as GeoPermissibleObjects, back)) continue;
		named.push({ id, name: String(f.properties.en), area, x: cx, y: cy, shape: fixed });
	}
	named.sort((a, b) => b.area - a.area);
	// A country's name goes only where it lies on the country: its ends and middle on land.
	const onLand = (shape: Polygon, box: Box) =>
		[0.02, 0.25, 0.5, 0.75, 0.98].every((t) => {
			const back = projection.invert!([box[0] + (box[2] - box[0]) * t, (box[1] + box[3]) / 2]);
			return !!back && geoContains(shape as GeoPermissibleObjects, back);
		});
	for (const c of named) {
		const label = c.name.toUpperCase();
		// Around the centre of the part in view, nearest first.
		const spots: Candidate[] = [];
		for (const [dx, dy] of COUNTRY_OFFSETS) {
			const spot = { x: c.x + dx, y: c.y + 5 + dy, anchor: 'middle' as const };
			if (onLand(c.shape, textBox(label, spot.x, spot.y, 'country', 'middle'))) spots.push(spot);
		}
		if (spots.length === 0) continue;
		place(
			`country-${c.id}`,
			label,
			'country',
			'country',
			spots,
			style('country', '#7d8590', ' letter-spacing="1.2"')
		);
	}
	// 7. At Ukraine's scale, the other oblasts' names, small, where they fit.
	if (scale === 'region' && !locator) {
		for (const [id, [lng, lat]] of admin1Points) {
			if (['UA-30', 'UA-40', 'UA-43'].includes(id)) continue;
			if (shownRegions.includes(id) || groupMembers.has(id)) continue;
			const xy = at(lng, lat);
			if (!inFrame(xy)) continue;
			place(
				`admin1-${id}`,
				shortRegionName(regionNames.get(id) ?? id),
				'region',
				'admin1',
				[{ x: xy.x, y: xy.y + 4, anchor: 'middle' }],
				style('admin1', COLORS.label)
			);
		}
	}

	const dotSvg = drawn
		.map((p) =>
			p.focus
				? `<circle cx="${p.x}" cy="${p.y}" r="${p.r}" fill="${COLORS.meeting}" stroke="#fff" stroke-width="2"/>`
				: `<circle cx="${p.x}" cy="${p.y}" r="${p.r}" fill="${COLORS.placeLabel}" stroke="#fff" stroke-width="1.5"/>`
		)
		.join('');

	const placesDrawn: DrawnPlace[] = drawn.map((p) => ({
		id: p.place.id,
		name: p.place.name.en,
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
		`<text x="${W - 8}" y="${H - 6}" text-anchor="end" font-size="${attrSize}" fill="${COLORS.label}" stroke="${COLORS.halo}" stroke-width="3" paint-order="stroke">${esc(ATTRIBUTION)}</text>` +
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

/** The inset: land, Ukraine in red, the main map's frame as a rectangle. */
function locatorSvg(
	geodata: StepMapGeodata,
	frame: Bounds,
	box: Box,
	w: number,
	h: number
): string {
	const [[fw, fs], [fe, fn]] = frame;
	const span: Bounds = [
		[Math.min(fw, 20) - 8, Math.max(Math.min(fs, 42) - 6, -60)],
		[Math.max(fe, 42) + 8, Math.min(Math.max(fn, 54) + 6, 80)]
	];
	const p = frameProjection(span, 8, w, h, 4);
	const path = geoPath(p).digits(1);
	const rect = [p([fw, fn])!, p([fe, fn])!, p([fe, fs])!, p([fw, fs])!].map(
		([x, y]) =>
			`${round(Math.min(Math.max(x, 1), w - 1))},${round(Math.min(Math.max(y, 1), h - 1))}`
	);
	const land = path(forD3(worldAt(geodata, 0.08).land) as GeoPermissibleObjects) ?? '';
	const ua = path(forD3(geodata.ukraine) as GeoPermissibleObjects) ?? '';
	const c = p([31.2, 48.9])!;
	return (
		`<svg x="${round(box[0])}" y="${round(box[1])}" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">` +
		`<rect width="${w}" height="${h}" fill="${COLORS.water}"/>` +
		`<path d="${land}" fill="${COLORS.land}" stroke="${COLORS.borderIntl}" stroke-width="0.4"/>` +
		`<path d="${ua}" fill="${COLORS.occupied}"/>` +
		`<polygon points="${rect.join(' ')}" fill="none" stroke="${COLORS.outline}" stroke-width="1.2" stroke-dasharray="3 2"/>` +
		`<text x="${round(c[0])}" y="${round(c[1] - 9)}" text-anchor="middle" font-size="12" font-weight="700" fill="${COLORS.occupied}" stroke="${COLORS.halo}" stroke-width="3" paint-order="stroke">Ukraine</text>` +
		`<rect x="0.75" y="0.75" width="${w - 1.5}" height="${h - 1.5}" fill="none" stroke="#fff" stroke-width="1.5"/>` +
		`<rect width="${w}" height="${h}" fill="none" stroke="${COLORS.border}" stroke-width="1"/>` +
		'</svg>'
	);
}

/** The country a place lies in, from the world outlines; on a coast, the nearest one. */
function countryOf(geodata: StepMapGeodata, p: PlaceEntry): string | null {
	let best: { name: string; distance: number } | null = null;
	for (const f of geodata.world.full.features) {
		const g = forD3(f.geometry) as GeoPermissibleObjects;
		if (geoContains(g, [p.lng, p.lat])) return String(f.properties.en);
		const [[w, s], [e, n]] = geoBounds(g);
		// Far from its box, a country is not the nearest (a box across ±180° is not ruled out).
		if (p.lat < s - 1 || p.lat > n + 1 || (w <= e && (p.lng < w - 1 || p.lng > e + 1))) continue;
		let distance = Infinity;
		const walk = (c: unknown): void => {
			if (Array.isArray(c) && typeof c[0] === 'number')
				distance = Math.min(distance, geoDistance(c as [number, number], [p.lng, p.lat]));
			else if (Array.isArray(c)) c.forEach(walk);
		};
		if ('coordinates' in f.geometry) walk(f.geometry.coordinates);
		if (!best || distance < best.distance) best = { name: String(f.properties.en), distance };
	}
	return best?.name ?? null;
}

/** The caption and alt text, from what was drawn. */
export function describe(shown: {
	places: readonly DrawnPlace[];
	regions: readonly { id: string; name: string }[];
	occupation: StepMap['occupation'];
	arcs: readonly Arc[];
	locator: boolean;
}): { caption: string; alt: string } {
	const own = shown.places.filter((p) => p.focus);
	const context = shown.places.filter((p) => !p.focus);
	const named = (p: DrawnPlace) =>
		p.country && p.country !== 'Ukraine' ? `${p.name} (${p.country})` : p.name;
	const clauses: { alt: string; key?: string }[] = [];
	if (own.length) clauses.push({ alt: listNames(own.map(named)) });
	if (shown.regions.length)
		clauses.push({
			alt: `${listNames(shown.regions.map((r) => r.name))} highlighted`,
			key: 'in yellow'
		});
	for (const a of shown.arcs)
		clauses.push({
			alt: `the trip of ${a.who}, ${a.route.replace(' → ', ' to ')}, as an arrow`,
			key: 'purple'
		});
	if (shown.occupation)
		clauses.push({
			alt:
				`the area occupied by Russia as of ${formatDay(shown.occupation.date)}` +
				(shown.occupation.frontline ? ', with the front line' : ''),
			key: shown.occupation.frontline ? 'hatched red, the front line dark red' : 'hatched red'
		});
	if (context.length)
		clauses.push({ alt: `${listNames(context.map((p) => p.name))} for reference` });
	if (shown.locator) clauses.push({ alt: 'an inset shows where Ukraine lies' });
	if (clauses.length === 0) clauses.push({ alt: 'Ukraine and its neighbours' });
	const join = (withKey: boolean) =>
		`Map: ${clauses.map((c) => (withKey && c.key ? `${c.alt} (${c.key})` : c.alt)).join('; ')}.`;
	return { caption: join(true), alt: join(false) };
}

/** What a page needs of a step's map (server/maps.ts readStepMaps): the file is /maps/<id>.svg. */
export interface StepMapInfo {
	caption: string;
	alt: string;
	width: number;
	height: number;
	/** The camera the live map flies to, the same the file is drawn for. */
	fit: { bounds: Bounds; maxZoom: number };
	/**
	 * Whether a small version (/maps/small/<id>.svg, SMALL_STEP_MAP) is drawn for phones: the same
	 * camera at half the size, so its names read at a phone's width. Only where it still shows
	 * every place, region and trip the caption names.
	 */
	hasSmall: boolean;
}

/** The small version's size: half the full map's, so its type is twice as large on a phone. */
export const SMALL_STEP_MAP = { width: STEP_MAP_WIDTH / 2, height: STEP_MAP_HEIGHT / 2 };

/** Whether a smaller drawing shows everything the full one's caption names. */
export function showsAllOf(small: StepMap, full: StepMap): boolean {
	const has = (xs: readonly { id: string }[], ys: readonly { id: string }[]) =>
		ys.every((y) => xs.some((x) => x.id === y.id));
	return (
		small.caption === full.caption &&
		has(small.places, full.places) &&
		has(small.regions, full.regions) &&
		full.trips.every((t) => small.trips.includes(t))
	);
}
