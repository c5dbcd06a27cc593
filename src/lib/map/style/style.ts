/**
 * The map style, built in code from local data: no tile server, no remote style, no glyphs or
 * sprites (labels are drawn locally from the page's web font). Layers are declared here as data,
 * in drawing order.
 * https://maplibre.org/maplibre-style-spec/
 */
import type {
	FilterSpecification,
	LayerSpecification,
	SourceSpecification,
	StyleSpecification
} from '@maplibre/maplibre-gl-style-spec';
import type { PlaceEntry } from '../../data/types';
import { anchorOffset, ANCHORS } from '../model/arcs';
import { placeRank } from '../model/features';
import type { FC, RegionGeo, WorldGeo } from '../model/geo';
import {
	COLORS,
	placeRadius,
	placeTextSize,
	snapshotFilter,
	stateColor,
	stateOpacity,
	stateWidth
} from './paint';

export const FONT = ['Noto Sans', 'sans-serif'];

/** The arrowhead image along trip arcs (paint.ts arrowPixels), added by MapView. */
export const ARROW_IMAGE = 'arc-arrow';

const EMPTY: FC = { type: 'FeatureCollection', features: [] };

/** Credits, exactly as the data's licences ask (static/geo/SOURCES.md). */
export const ATTRIBUTION =
	'Boundaries © <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors ' +
	'(ODbL), via <a href="https://www.geoboundaries.org">geoBoundaries</a> (CC BY 4.0) · ' +
	'<a href="https://www.naturalearthdata.com">Natural Earth</a> · Occupied areas: ' +
	'<a href="https://deepstatemap.live">DeepStateMap.live</a> · Places: ' +
	'<a href="https://www.geonames.org">GeoNames</a> (CC BY 4.0)';

/** Layers a click or hover can hit, most specific first. */
export const CLICKABLE = ['places-dot', 'places-label', 'area-labels', 'admin1-fill', 'seas-fill'];

export function placesGeo(places: readonly PlaceEntry[]): FC {
	return {
		type: 'FeatureCollection',
		features: places.map((p) => ({
			type: 'Feature',
			properties: { id: p.id, label: p.name.en, rank: placeRank(p.kinds) },
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

/** Filter: meeting cities and capitals always, other places from `zoom` (integer zooms only). */
export function placesFilter(zoom: number | null): FilterSpecification | undefined {
	if (zoom === null) return undefined;
	return ['any', ['==', ['get', 'rank'], 1], ['>=', ['zoom'], zoom]];
}

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
	const placeFilter = placesFilter(options.minorPlacesZoom ?? null);
	const onlyPlaces = placeFilter ? { filter: placeFilter } : {};
	const halo = { 'text-halo-color': COLORS.halo, 'text-halo-width': 1.4 };
	const layers: LayerSpecification[] = [
		{ id: 'background', type: 'background', paint: { 'background-color': COLORS.water } },
		{
			id: 'world-land',
			type: 'fill',
			source: 'world',
			paint: { 'fill-color': COLORS.land, 'fill-antialias': false }
		},
		{
			id: 'world-borders',
			type: 'line',
			source: 'world-borders',
			paint: { 'line-color': COLORS.borderIntl, 'line-width': 0.6 }
		},
		{
			id: 'seas-fill',
			type: 'fill',
			source: 'seas',
			paint: { 'fill-color': stateColor(COLORS.water, COLORS.waterHover) }
		},
		{
			id: 'countries-fill',
			type: 'fill',
			source: 'countries',
			filter: ['!=', ['get', 'id'], 'UKR'],
			paint: { 'fill-color': COLORS.land }
		},
		{
			id: 'admin1-fill',
			type: 'fill',
			source: 'admin1',
			paint: { 'fill-color': stateColor(COLORS.ukraine) }
		},
		{
			id: 'occupied-hatch',
			type: 'fill',
			source: 'occupied',
			filter: snapshotFilter(snapshot),
			paint: { 'fill-pattern': 'hatch' }
		},
		{
			// Zoomed out to Europe or the world, oblast lines are only a smudge.
			id: 'admin1-lines',
			type: 'line',
			source: 'admin1-lines',
			minzoom: 3.5,
			paint: { 'line-color': COLORS.admin1Line, 'line-width': 0.8 }
		},
		{
			id: 'frontline',
			type: 'line',
			source: 'frontline',
			filter: snapshotFilter(snapshot),
			layout: { 'line-join': 'round' },
			paint: {
				'line-color': COLORS.frontline,
				'line-width': ['interpolate', ['linear'], ['zoom'], 4, 1, 8, 2.2]
			}
		},
		{
			id: 'borders',
			type: 'line',
			source: 'borders',
			layout: { 'line-join': 'round' },
			paint: {
				'line-color': ['match', ['get', 'kind'], 'ukraine', COLORS.border, COLORS.borderIntl],
				'line-width': ['match', ['get', 'kind'], 'ukraine', 1.4, 0.7]
			}
		},
		{
			id: 'seas-outline',
			type: 'line',
			source: 'seas',
			paint: {
				'line-color': COLORS.outline,
				'line-width': stateWidth(0.5, 2),
				'line-opacity': stateOpacity
			}
		},
		{
			id: 'admin1-outline',
			type: 'line',
			source: 'admin1',
			paint: {
				'line-color': COLORS.outline,
				'line-width': stateWidth(0.6),
				'line-opacity': stateOpacity
			}
		},
		{
			id: 'groups-outline',
			type: 'line',
			source: 'groups',
			layout: { 'line-join': 'round' },
			paint: {
				'line-color': COLORS.outline,
				'line-width': stateWidth(1, 3),
				'line-opacity': stateOpacity,
				'line-dasharray': [3, 1.5]
			}
		},
		{
			id: 'admin1-labels',
			type: 'symbol',
			source: 'admin1-labels',
			minzoom: 4.6,
			filter: ['!', ['in', ['get', 'id'], ['literal', ['UA-30', 'UA-40', 'UA-43']]]],
			layout: {
				'text-field': ['get', 'label'],
				'text-font': FONT,
				'text-size': ['interpolate', ['linear'], ['zoom'], 4.6, 10, 8, 13],
				'text-letter-spacing': 0.04,
				'text-max-width': 6,
				'symbol-sort-key': 10
			},
			paint: { 'text-color': COLORS.label, ...halo }
		},
		// Trips (arcs.ts): a white casing so the line reads over borders, the line, then arrowheads
		// along it. Below the place dots, so the dots at either end stay on top.
		{
			id: 'arcs-casing',
			type: 'line',
			source: 'arcs',
			filter: ['==', ['get', 'kind'], 'line'],
			layout: { 'line-cap': 'round', 'line-join': 'round' },
			paint: { 'line-color': '#ffffff', 'line-width': 5.5, 'line-opacity': 0.85 }
		},
		{
			id: 'arcs-line',
			type: 'line',
			source: 'arcs',
			filter: ['==', ['get', 'kind'], 'line'],
			layout: { 'line-cap': 'round', 'line-join': 'round' },
			paint: { 'line-color': COLORS.trip, 'line-width': 2.5 }
		},
		{
			id: 'arcs-arrow',
			type: 'symbol',
			source: 'arcs',
			// `warm`: the load's stand-in (arcs.ts warmUpGeo), drawn at a size no one sees.
			filter: ['match', ['get', 'kind'], ['line', 'warm'], true, false],
			layout: {
				'symbol-placement': 'line',
				'symbol-spacing': 70,
				'icon-image': ARROW_IMAGE,
				'icon-size': ['match', ['get', 'kind'], 'warm', 0.01, 1.15],
				'icon-rotation-alignment': 'map',
				'icon-padding': 0
			}
		},
		{
			id: 'places-dot',
			type: 'circle',
			source: 'places',
			...onlyPlaces,
			paint: {
				'circle-radius': placeRadius,
				'circle-color': [
					'case',
					['boolean', ['feature-state', 'selected'], false],
					COLORS.selected,
					['==', ['get', 'rank'], 1],
					COLORS.meeting,
					COLORS.outline
				],
				'circle-stroke-color': [
					'case',
					['boolean', ['feature-state', 'selected'], false],
					COLORS.outline,
					'#ffffff'
				],
				'circle-stroke-width': [
					'case',
					[
						'any',
						['boolean', ['feature-state', 'selected'], false],
						['boolean', ['feature-state', 'highlight'], false],
						['boolean', ['feature-state', 'hover'], false]
					],
					2.5,
					1
				]
			}
		},
		{
			id: 'places-label',
			type: 'symbol',
			source: 'places',
			...onlyPlaces,
			layout: {
				'text-field': ['get', 'label'],
				'text-font': FONT,
				'text-size': placeTextSize,
				'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
				'text-radial-offset': 0.6,
				'text-justify': 'auto',
				'symbol-sort-key': ['get', 'rank']
			},
			paint: {
				'text-color': [
					'case',
					['boolean', ['feature-state', 'highlight'], false],
					COLORS.frontline,
					COLORS.placeLabel
				],
				...halo
			}
		},
		// Above the place labels, so a trip's label is placed first; on the outer side of the arc's
		// bend (arcs.ts labelSpot), so the line does not cross it.
		{
			id: 'arcs-label',
			type: 'symbol',
			source: 'arcs',
			filter: ['==', ['get', 'kind'], 'label'],
			layout: {
				'text-field': ['get', 'label'],
				'text-font': FONT,
				'text-size': 12.5,
				'text-max-width': 30,
				'text-anchor': ['get', 'anchor'] as unknown as 'center',
				'text-offset': [
					'match',
					['get', 'anchor'],
					...ANCHORS.flatMap((a) => [a, ['literal', anchorOffset(a)]]),
					['literal', [0, 0]]
				] as unknown as [number, number],
				'text-justify': 'auto'
			},
			paint: { 'text-color': COLORS.trip, 'text-halo-color': COLORS.halo, 'text-halo-width': 2 }
		},
		// Last, so that group and sea names are placed before the place labels they might hit.
		{
			id: 'area-labels',
			type: 'symbol',
			source: 'area-labels',
			minzoom: 3.6,
			layout: {
				'text-field': ['upcase', ['get', 'label']],
				'text-font': FONT,
				'text-size': ['match', ['get', 'kind'], 'group', 12.5, 11.5],
				'text-letter-spacing': 0.16,
				'text-max-width': 7,
				'symbol-sort-key': ['match', ['get', 'kind'], 'group', 2, 5]
			},
			paint: {
				'text-color': ['match', ['get', 'kind'], 'group', COLORS.outline, COLORS.seaLabel],
				...halo
			}
		}
	];
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
