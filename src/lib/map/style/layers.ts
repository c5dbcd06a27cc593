/**
 * The map's layers, declared as data in drawing order: land and water, Ukraine's oblasts and the
 * occupied area, lines, trips, places and names. Paint comes from paint.ts.
 * https://maplibre.org/maplibre-style-spec/layers/
 */
import type { FilterSpecification, LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { anchorOffsetExpression } from '../live/edgeLabels';
import { AREA_LABELS, AREA_TEXT_PX, PLACE_LABELS, unlessHidden } from './labels';
import { anchorOffset, ANCHORS } from '../model/arcs';
import { FOCUS_ID } from '../model/focus';
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

/** The arrowhead image along trip arcs (paint.ts arrowPixels), added by live/start.ts. */
export const ARROW_IMAGE = 'arc-arrow';

/** Filter: meeting cities and capitals always, other places from `zoom` (integer zooms only). */
export function placesFilter(zoom: number | null): FilterSpecification | undefined {
	if (zoom === null) return undefined;
	return ['any', ['==', ['get', 'rank'], 1], ['>=', ['zoom'], zoom]];
}

/** The layers for a snapshot; places other than meeting cities and capitals from `minorPlacesZoom`. */
export function styleLayers(
	snapshot: string,
	minorPlacesZoom: number | null
): LayerSpecification[] {
	const placeFilter = placesFilter(minorPlacesZoom);
	const onlyPlaces = placeFilter ? { filter: placeFilter } : {};
	const halo = { 'text-halo-color': COLORS.halo, 'text-halo-width': 1.4 };
	return [
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
			filter: ['!=', ['get', 'id'], FOCUS_ID ?? ''],
			paint: { 'fill-color': COLORS.land }
		},
		{
			id: 'admin1-fill',
			type: 'fill',
			source: 'admin1',
			paint: { 'fill-color': stateColor(COLORS.focus) }
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
				'line-color': ['match', ['get', 'kind'], 'focus', COLORS.border, COLORS.borderIntl],
				'line-width': ['match', ['get', 'kind'], 'focus', 1.4, 0.7]
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
				'text-field': unlessHidden(['get', 'label']),
				'text-font': FONT,
				'text-size': placeTextSize,
				'text-max-width': PLACE_LABELS.maxWidthEm,
				// Only the placements that stay inside the frame (live/edgeLabels.ts).
				'text-variable-anchor-offset': anchorOffsetExpression(PLACE_LABELS),
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
				'text-field': unlessHidden(['upcase', ['get', 'label']]),
				'text-font': FONT,
				'text-size': ['match', ['get', 'kind'], 'group', AREA_TEXT_PX.group, AREA_TEXT_PX.other],
				'text-letter-spacing': 0.16,
				'text-max-width': AREA_LABELS.maxWidthEm,
				'text-variable-anchor-offset': anchorOffsetExpression(AREA_LABELS),
				'symbol-sort-key': ['match', ['get', 'kind'], 'group', 2, 5]
			},
			paint: {
				'text-color': ['match', ['get', 'kind'], 'group', COLORS.outline, COLORS.seaLabel],
				...halo
			}
		}
	];
}
