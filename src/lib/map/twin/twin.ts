/**
 * The SVG twin's drawing, computed once at build time with d3-geo from the same geodata as the
 * map: path strings in a fixed viewBox, simplified so the prerendered page stays small. The page
 * ships these strings; MapSvg.svelte only lays them out.
 * https://d3js.org/d3-geo/path
 */
import { localName } from '../../i18n/lang';
import {
	geoBounds,
	geoClipRectangle,
	geoEquirectangular,
	geoMercator,
	geoPath,
	type GeoPermissibleObjects
} from 'd3-geo';
import { merge } from 'topojson-client';
import type { Feature, Geometry } from 'geojson';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import type { PlaceEntry } from '../../data/types';
import { HOME_BOUNDS, type Bounds } from '../model/camera';
import { placeRank, screenOrder } from '../model/features';
import {
	ANCHORS,
	FOCUS_ID,
	regionGeo,
	type Props,
	type RegionGeo,
	type RegionTopology,
	type WorldTopology
} from '../model/geo';
import type { Locator, Twin, TwinLabel } from './shapes';
import { forD3 } from '../model/winding';

type Box = [number, number, number, number];
const overlaps = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

/** Rough label box (px) for text of `size` px set at x, y with the given anchor. */
export function labelBox(text: string, x: number, y: number, size: number, anchor: string): Box {
	const w = text.length * size * 0.56;
	const x0 = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
	return [x0 - 2, y - size, x0 + w + 2, y + size * 0.3];
}

/**
 * Places labels so that none collide: places by rank, each on the right of its dot, else on the
 * left, else none; region labels that would hit a place label are dropped.
 */
export function placeLabels(places: TwinLabel[], regions: TwinLabel[]): TwinLabel[] {
	const taken: Box[] = places.map((p) => [p.x - 5, p.y - 5, p.x + 5, p.y + 5]);
	// Group names (Donbas, Crimea) come first: they name what the story is about.
	const groups = regions.filter((r) => r.kind === 'group');
	for (const g of groups) taken.push(labelBox(g.text.toUpperCase(), g.x, g.y, 13, 'middle'));
	const out: TwinLabel[] = [];
	for (const p of [...places].sort((a, b) => (a.rank ?? 3) - (b.rank ?? 3))) {
		const size = p.rank === 3 ? 10.5 : 12;
		let anchor: 'start' | 'end' | null = null;
		for (const side of ['start', 'end'] as const) {
			const box = labelBox(p.text, side === 'start' ? p.x + 7 : p.x - 7, p.y + 4, size, side);
			if (!taken.some((t) => overlaps(t, box))) {
				taken.push(box);
				anchor = side;
				break;
			}
		}
		out.push({ ...p, anchor });
	}
	const kept: TwinLabel[] = [...groups];
	for (const r of regions.filter((x) => x.kind !== 'group')) {
		const text = r.kind === 'admin1' ? r.text : r.text.toUpperCase();
		const box = labelBox(text, r.x, r.y, r.kind === 'group' ? 13 : 11, 'middle');
		if (taken.some((t) => overlaps(t, box))) continue;
		taken.push(box);
		kept.push(r);
	}
	return [...out, ...kept];
}

const LOCATOR_BOX: Bounds = [
	[-100, 10],
	[70, 68]
];

/** A tiny world outline for the locator inset. */
export function buildLocator(topo: WorldTopology, keep = 0.01): Locator {
	const pre = presimplify(topo as never);
	const simple = simplify(pre, quantile(pre, keep)) as unknown as WorldTopology;
	const land = merge(simple, simple.objects.countries.geometries as never);
	const [[w], [, n]] = LOCATOR_BOX;
	// One unit per degree, with the box's north-west corner at the origin.
	const projection = geoEquirectangular()
		.scale(180 / Math.PI)
		.translate([-w, n])
		.postclip(geoClipRectangle(0, 0, LOCATOR_BOX[1][0] - w, n - LOCATOR_BOX[0][1]));
	return {
		box: LOCATOR_BOX,
		land: geoPath(projection).digits(0)(forD3(land) as GeoPermissibleObjects) ?? ''
	};
}

const W = 960;
const H = 600;
const round = (n: number) => Math.round(n * 10) / 10;

/** Bounds of every region the map draws (oblasts, groups, seas), degrees, for fitting the camera. */
export function regionBounds(geo: RegionGeo): Record<string, Bounds> {
	return Object.fromEntries(
		[...geo.admin1.features, ...geo.groups.features, ...geo.seas.features].map((f) => {
			// RFC 7946 rings wind the other way from d3's: rewound, or the bounds span the globe.
			const [[bw, bs], [be, bn]] = geoBounds(forD3(f.geometry));
			return [
				String(f.properties.id),
				[
					[round(bw), round(bs)],
					[round(be), round(bn)]
				] as Bounds
			];
		})
	);
}

/**
 * Builds the twin from the regional topology. `keep` is the share of vertices kept (0–1): the
 * twin is drawn at one fixed scale, so most of the detail MapLibre needs at zoom 8 can go.
 */
export function buildTwin(topo: RegionTopology, places: readonly PlaceEntry[], keep = 0.05): Twin {
	const pre = presimplify(topo as never);
	const simple = simplify(pre, quantile(pre, keep)) as unknown as RegionTopology;
	const geo = regionGeo(simple);
	// Points are not arcs: simplification leaves them quantized, so labels come from the original.
	const full = regionGeo(topo);
	const [[w, s], [e, n]] = HOME_BOUNDS;
	const frame: Feature<Geometry, Props> = {
		type: 'Feature',
		properties: {},
		geometry: {
			type: 'MultiPoint',
			coordinates: [
				[w, s],
				[e, n]
			]
		}
	};
	const projection = geoMercator()
		.fitExtent(
			[
				[12, 12],
				[W - 12, H - 12]
			],
			frame
		)
		.clipExtent([
			[-2, -2],
			[W + 2, H + 2]
		]);
	const path = geoPath(projection).digits(1);
	const d = (g: Feature<Geometry, Props> | Geometry) =>
		path(('geometry' in g ? forD3(g.geometry) : forD3(g)) as GeoPermissibleObjects) ?? '';
	const shapes = (features: Feature<Geometry, Props>[], key = 'id') =>
		features.map((f) => ({ id: String(f.properties[key]), d: d(f) })).filter((s) => s.d);
	const point = (lng: number, lat: number) => {
		const p = projection([lng, lat]);
		return p ? { x: round(p[0]), y: round(p[1]) } : null;
	};
	const inside = (p: { x: number; y: number } | null) =>
		p !== null && p.x >= 0 && p.x <= W && p.y >= 0 && p.y <= H;

	const labels: TwinLabel[] = [];
	for (const f of full.admin1Labels.features) {
		const id = String(f.properties.id);
		if (['UA-30', 'UA-40', 'UA-43'].includes(id)) continue;
		const p = point(f.geometry.coordinates[0]!, f.geometry.coordinates[1]!);
		if (inside(p)) labels.push({ id, text: String(f.properties.label), ...p!, kind: 'admin1' });
	}
	for (const f of full.areaLabels.features) {
		const p = point(f.geometry.coordinates[0]!, f.geometry.coordinates[1]!);
		const kind = f.properties.kind === 'group' ? 'group' : 'sea';
		if (inside(p))
			labels.push({ id: String(f.properties.id), text: String(f.properties.label), ...p!, kind });
	}
	const placeMarks: TwinLabel[] = [];
	for (const pl of places) {
		const p = point(pl.lng, pl.lat);
		if (inside(p))
			placeMarks.push({
				id: pl.id,
				text: localName(pl.name),
				...p!,
				kind: 'place',
				rank: placeRank(pl.kinds)
			});
	}

	const placed = placeLabels(placeMarks, labels);
	return {
		width: W,
		height: H,
		countries: geo.countries.features
			.filter((f) => f.properties.id !== FOCUS_ID)
			.map((f) => d(f))
			.join(''),
		admin1: shapes(geo.admin1.features),
		groups: shapes(geo.groups.features),
		seas: shapes(geo.seas.features),
		occupied: shapes(geo.occupied.features, 'snapshot'),
		frontline: shapes(geo.frontline.features, 'snapshot'),
		border: d(geo.borders.features[0]!),
		admin1Lines: d(geo.admin1Lines.features[0]!),
		regionOrder: screenOrder([
			...full.admin1Labels.features.map((f) => ({
				id: String(f.properties.id),
				lng: f.geometry.coordinates[0]!,
				lat: f.geometry.coordinates[1]!
			})),
			...Object.entries(ANCHORS).map(([id, [lng, lat]]) => ({ id, lng, lat }))
		]).map((x) => x.id),
		regionBounds: regionBounds(full),
		labels: placed.filter((l) => l.kind !== 'place'),
		places: placed.filter((l) => l.kind === 'place'),
		// Added by the pages that show trips (server/maps.ts), from the world outline.
		trips: null
	};
}
