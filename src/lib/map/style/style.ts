/**
 * The map style, built in code from local data: no tile server, no remote style, no glyphs or
 * sprites (labels are drawn locally from the page's web font). The sources are declared here,
 * the layers in layers.ts, as data in drawing order.
 * https://maplibre.org/maplibre-style-spec/
 */
import { localName } from '../../i18n/lang';
import type { Point } from 'geojson';
import type { SourceSpecification, StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { PlaceEntry } from '../../data/types';
import { placeRank } from '../model/features';
import type { FC, RegionGeo, WorldGeo } from '../model/geo';
import { styleLayers } from './layers';
import { localSite } from '../../i18n/site';

const escapeHtml = (s: string) =>
	s
		.replaceAll('&', '&amp;')
		.replaceAll('<', '&lt;')
		.replaceAll('>', '&gt;')
		.replaceAll('"', '&quot;');

const EMPTY: FC = { type: 'FeatureCollection', features: [] };

/**
 * Credits, exactly as the data's licences ask (static/geo/SOURCES.md), from site.yaml, in the
 * page's language.
 */
export const attribution = (): string =>
	localSite()
		.map.credits.map((c) =>
			c.url ? `<a href="${escapeHtml(c.url)}">${escapeHtml(c.text)}</a>` : escapeHtml(c.text)
		)
		.join(' · ');

/** Layers a click or hover can hit, most specific first. */
export const CLICKABLE = ['places-dot', 'places-label', 'area-labels', 'admin1-fill', 'seas-fill'];

export function placesGeo(places: readonly PlaceEntry[]): FC<Point> {
	return {
		type: 'FeatureCollection',
		features: places.map((p) => ({
			type: 'Feature',
			properties: { id: p.id, label: localName(p.name), rank: placeRank(p.kinds) },
			geometry: { type: 'Point', coordinates: [p.lng, p.lat] }
		}))
	};
}

/**
 * How much each source is simplified when tiled, px (MapLibre's default is 0.375). The context
 * (world coastlines and borders) is drawn in far more detail than the map needs, and every vertex
 * costs time in each frame; oblasts, the occupied area and the front line keep more detail.
 */
export const TOLERANCE = { context: 2, seas: 1.5, region: 1 } as const;

const geojson = (
	data: FC,
	promoteId?: string,
	tolerance: number = TOLERANCE.region
): SourceSpecification => ({
	type: 'geojson',
	data,
	tolerance,
	// Tiles share less geometry with their neighbours than the default 128 px (lines and fills
	// only: labels come from point sources).
	buffer: 64,
	...(promoteId ? { promoteId } : {})
});

export interface StyleOptions {
	/**
	 * Zoom from which places other than meeting cities and capitals are drawn; null for always.
	 * Zoomed out on a phone, Donetsk oblast is a few fingers wide and its towns would take every
	 * tap meant for it.
	 */
	minorPlacesZoom?: number | null;
}

export function buildStyle(
	region: RegionGeo,
	world: WorldGeo,
	places: FC,
	snapshot: string,
	arcs: FC = EMPTY,
	options: StyleOptions = {}
): StyleSpecification {
	const layers = styleLayers(snapshot, options.minorPlacesZoom ?? null);
	return {
		version: 8,
		sources: {
			world: geojson(world.countries, undefined, TOLERANCE.context),
			'world-borders': geojson(world.borders as FC, undefined, TOLERANCE.context),
			countries: geojson(region.countries, undefined, TOLERANCE.context),
			admin1: geojson(region.admin1, 'id'),
			groups: geojson(region.groups, 'id'),
			'admin1-labels': geojson(region.admin1Labels as FC),
			'area-labels': geojson(region.areaLabels as FC, 'id'),
			occupied: geojson(region.occupied),
			frontline: geojson(region.frontline),
			seas: geojson(region.seas, 'id', TOLERANCE.seas),
			borders: geojson(region.borders as FC),
			'admin1-lines': geojson(region.admin1Lines as FC),
			places: geojson(places, 'id'),
			// Filled by MapArcs with the trips a view draws.
			arcs: geojson(arcs)
		},
		layers
	};
}

/** Which source holds the thing a layer draws, to set its feature-state. */
export const SOURCE_OF_LAYER: Record<string, string> = {
	'places-dot': 'places',
	'places-label': 'places',
	'area-labels': 'groups',
	'admin1-fill': 'admin1',
	'seas-fill': 'seas'
};
