/**
 * The SVG twin's drawing, computed once at build time with d3-geo from the same geodata as the
 * map: path strings in a fixed viewBox, simplified so the prerendered page stays small. The page
 * ships these strings; MapSvg.svelte only lays them out.
 * https://d3js.org/d3-geo/path
 */
import { geoMercator, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import type { Feature, Geometry } from 'geojson';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import type { Topology } from 'topojson-specification';
import type { PlaceEntry } from '../data/types';
import { VIEWS } from './camera';
import { placeRank } from './features';
import { regionGeo, type Props, type RegionTopology } from './geo';

export interface TwinShape {
	id: string;
	d: string;
}

export interface TwinLabel {
	id: string;
	text: string;
	x: number;
	y: number;
	kind: 'admin1' | 'group' | 'sea' | 'place';
	rank?: number;
}

export interface Twin {
	width: number;
	height: number;
	countries: string;
	admin1: TwinShape[];
	groups: TwinShape[];
	seas: TwinShape[];
	/** Keyed by snapshot id. */
	occupied: TwinShape[];
	frontline: TwinShape[];
	border: string;
	admin1Lines: string;
	labels: TwinLabel[];
	places: TwinLabel[];
}

const W = 960;
const H = 600;
const round = (n: number) => Math.round(n * 10) / 10;

/**
 * Builds the twin from the regional topology. `keep` is the share of vertices kept (0–1): the
 * twin is drawn at one fixed scale, so most of the detail MapLibre needs at zoom 8 can go.
 */
export function buildTwin(topo: RegionTopology, places: readonly PlaceEntry[], keep = 0.05): Twin {
	const pre = presimplify(topo as unknown as Topology);
	const simple = simplify(pre, quantile(pre, keep)) as unknown as RegionTopology;
	const geo = regionGeo(simple);
	// Points are not arcs: simplification leaves them quantized, so labels come from the original.
	const full = regionGeo(topo);
	const [[w, s], [e, n]] = VIEWS.ukraine.bounds;
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
	const d = (g: GeoPermissibleObjects) => path(g) ?? '';
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
		if (inside(p)) labels.push({ id: String(f.properties.id), text: String(f.properties.label), ...p!, kind });
	}
	const placeLabels: TwinLabel[] = [];
	for (const pl of places) {
		const p = point(pl.lng, pl.lat);
		if (inside(p))
			placeLabels.push({ id: pl.id, text: pl.name.en, ...p!, kind: 'place', rank: placeRank(pl.kinds) });
	}

	return {
		width: W,
		height: H,
		countries: d({
			type: 'FeatureCollection',
			features: geo.countries.features.filter((f) => f.properties.id !== 'UKR')
		}),
		admin1: shapes(geo.admin1.features),
		groups: shapes(geo.groups.features),
		seas: shapes(geo.seas.features),
		occupied: shapes(geo.occupied.features, 'snapshot'),
		frontline: shapes(geo.frontline.features, 'snapshot'),
		border: d(geo.borders.features[0]!),
		admin1Lines: d(geo.admin1Lines),
		labels,
		places: placeLabels
	};
}
