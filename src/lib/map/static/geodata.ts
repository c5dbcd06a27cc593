/**
 * The geodata for the step maps, prepared once per build, and simplified copies per level of
 * detail: much detail where a frame is close, little where it is far.
 */
import { featureName } from '../../i18n/lang';
import { geoBounds, geoContains, geoDistance, type GeoPermissibleObjects } from 'd3-geo';
import type { Geometry } from 'geojson';
import { feature, merge } from 'topojson-client';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import type { GeometryCollection } from 'topojson-specification';
import type { PlaceEntry } from '../../data/types';
import { SITE } from '../../site';
import { HOME_BOUNDS } from '../model/camera';
import {
	FOCUS_ID,
	regionGeo,
	type FC,
	type Props,
	type RegionGeo,
	type RegionTopology,
	type WorldTopology
} from '../model/geo';
import { forD3 } from '../model/winding';
import type { MapLabels, MapScale, StepMapGeodata } from './types';

function presimplified<T>(topo: T): T {
	return presimplify(topo as never) as unknown as T;
}

function simplified<T>(pre: T, keep: number): T {
	return (keep >= 1 ? pre : simplify(pre as never, quantile(pre as never, keep))) as unknown as T;
}

function worldFeatures(topo: WorldTopology): FC {
	return feature(topo, topo.objects.countries as GeometryCollection<Props>) as FC;
}

/**
 * The area the story is about, as the locator and the frame test draw it: the regional file's
 * admin units where the story uses them, else the focus country of the world file, else the
 * home view's box (site.yaml).
 */
function focusShape(world: WorldTopology, low: RegionTopology): Geometry {
	if (SITE.map.regional) return merge(low, low.objects.admin1.geometries as never) as never;
	const own = world.objects.countries.geometries.filter(
		(g) => (g.properties as Props | undefined)?.id === FOCUS_ID
	);
	if (FOCUS_ID && own.length) return merge(world, own as never) as never;
	const [[w, s], [e, n]] = HOME_BOUNDS;
	return {
		type: 'Polygon',
		coordinates: [
			[
				[w, s],
				[w, n],
				[e, n],
				[e, s],
				[w, s]
			]
		]
	};
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
		focus: focusShape(world, low),
		labels,
		cache: new Map()
	};
}

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

export function worldAt(g: StepMapGeodata, keep: number) {
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

export function regionAt(g: StepMapGeodata, keep: number): RegionGeo {
	const key = `r${keep}`;
	let hit = g.cache.get(key) as RegionGeo | undefined;
	if (!hit) {
		hit = regionGeo(simplified(g.region.pre, keep));
		g.cache.set(key, hit);
	}
	return hit;
}

/** The country a place lies in, from the world outlines; on a coast, the nearest one. */
export function countryOf(geodata: StepMapGeodata, p: PlaceEntry): string | null {
	let best: { name: string; distance: number } | null = null;
	for (const f of geodata.world.full.features) {
		const g = forD3(f.geometry) as GeoPermissibleObjects;
		if (geoContains(g, [p.lng, p.lat])) return featureName(f.properties);
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
		if (!best || distance < best.distance) best = { name: featureName(f.properties), distance };
	}
	return best?.name ?? null;
}
