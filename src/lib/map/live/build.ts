/**
 * Building the WebGL map once MapLibre is there: its style from the story's content, its controls
 * and words in the page's language, the images drawn in code, the labels kept inside its edges,
 * and the reader's hands on it. It comes with MapLibre's code (start.ts loads both when the map
 * is wanted), not with the page's: a page that never wants the live map never loads it.
 * https://maplibre.org/maplibre-gl-js/docs/API/classes/Map/
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { PlaceEntry } from '../../data/types';
import { warmUpGeo } from '../model/arcs';
import { edgePadding, HOME_BOUNDS, MAX_ZOOM, MIN_ZOOM } from '../model/camera';
import { AREA_LABELS, PLACE_LABELS } from '../style/labels';
import { ARROW_IMAGE } from '../style/layers';
import { arrowPixels, COLORS, hatchPixels, hexToRgb } from '../style/paint';
import { attribution, buildStyle, placesGeo } from '../style/style';
import { keepLabelsInside } from './edgeLabels';
import { wireInteraction, type Interaction } from './interaction';
import type { MapKit } from './load';
import { mapLocale } from './locale';

const labelOf = (p: Record<string, unknown>) => String(p.label ?? '');

export interface BuildOptions {
	places: PlaceEntry[];
	/** Snapshot id of the occupied area to draw. */
	snapshot: string;
	minorPlacesZoom: number | null;
	/** A gesture the map left to the page (a plain wheel, one finger). */
	ongesture: (kind: 'wheel' | 'touch') => void;
	interaction: Interaction;
}

/** A new map in `el`, drawing the story's content, wired to the reader. */
export function buildMap(kit: MapKit, el: HTMLElement, o: BuildOptions): MapLibreMap {
	const placeFeatures = placesGeo(o.places);
	const m = new kit.maplibregl.Map({
		container: el,
		// The trips' source starts with an invisible stand-in (arcs.ts warmUpGeo), cleared once the
		// map is ready; MapArcs then fills it with the trips.
		style: buildStyle(kit.region, kit.world, placeFeatures, o.snapshot, warmUpGeo(HOME_BOUNDS), {
			minorPlacesZoom: o.minorPlacesZoom
		}),
		bounds: HOME_BOUNDS,
		// On a phone the country fills the map's width.
		fitBoundsOptions: { padding: edgePadding(el.clientWidth, 12) },
		minZoom: MIN_ZOOM,
		maxZoom: MAX_ZOOM,
		attributionControl: {
			compact: el.clientWidth < 640,
			customAttribution: attribution()
		},
		dragRotate: false,
		pitchWithRotate: false,
		touchPitch: false,
		// A plain wheel and one finger scroll the page; Ctrl/⌘ + wheel, a pinch, two fingers, the
		// buttons and the keys move the map. Its own hint (a dark screen over the whole map, hidden
		// from screen readers) gives way to GestureHint.
		cooperativeGestures: true,
		// MapLibre's own words (buttons, attribution toggle, its gesture hint) in the page's language.
		locale: mapLocale()
	});
	m.on('cooperativegestureprevented', (e) =>
		o.ongesture(e.gestureType === 'wheel_zoom' ? 'wheel' : 'touch')
	);
	m.touchZoomRotate.disableRotation();
	m.keyboard.disableRotation();
	m.addControl(new kit.maplibregl.NavigationControl({ showCompass: false }), 'top-right');
	addImages(m);
	wireInteraction(m, o.interaction);
	keepLabelsInside(m, [
		{ source: 'places', data: placeFeatures, kind: PLACE_LABELS, textOf: labelOf },
		{ source: 'area-labels', data: kit.region.areaLabels, kind: AREA_LABELS, textOf: labelOf }
	]);
	// Compact attribution starts open; on a small map it starts closed instead.
	el.querySelector('.maplibregl-compact-show')?.classList.remove('maplibregl-compact-show');
	el.querySelector('.maplibregl-ctrl-attrib[open]')?.removeAttribute('open');
	return m;
}

/** The occupied area's hatching and the trips' arrowhead, drawn in code. */
function addImages(m: MapLibreMap) {
	const size = 12;
	m.addImage(
		'hatch',
		{
			width: size,
			height: size,
			// The light tint between the lines is COLORS.occupiedTint (10 %).
			data: hatchPixels(size, 3, hexToRgb(COLORS.occupied), 210, 26)
		},
		{ pixelRatio: 2 }
	);
	m.addImage(
		ARROW_IMAGE,
		{ width: 24, height: 24, data: arrowPixels(24, hexToRgb(COLORS.trip)) },
		{ pixelRatio: 2 }
	);
}
