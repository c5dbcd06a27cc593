/**
 * Starting the WebGL map: waits until the map is wanted (wanted.ts), loads MapLibre and the
 * geodata, builds the map from the style, and hands it over once it is idle. Gives way to the
 * drawn map when WebGL is missing, the map fails or never gets ready, or the GPU takes the
 * context away, and takes over again once the context is back.
 * https://maplibre.org/maplibre-gl-js/docs/API/classes/Map/
 */
import { asset } from '$app/paths';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { PlaceEntry } from '../../data/types';
import { arcsGeo, warmUpGeo } from '../model/arcs';
import { HOME_BOUNDS, MAX_ZOOM, MIN_ZOOM } from '../model/camera';
import { arrowPixels, COLORS, hatchPixels, hexToRgb } from '../style/paint';
import { ARROW_IMAGE } from '../style/layers';
import { AREA_LABELS, PLACE_LABELS } from '../style/labels';
import { attribution, buildStyle, placesGeo } from '../style/style';
import { keepLabelsInside } from './edgeLabels';
import { hasWebGL, loadMapKit } from './load';
import { wantsSavedData, whenWanted } from './wanted';

const labelOf = (p: Record<string, unknown>) => String(p.label ?? '');

/** 'lost': the GPU took the WebGL context away; the drawn map stands in until it is back. */
export type MapState = 'waiting' | 'loading' | 'idle' | 'lost' | 'fallback';

/** Padding (px) around a fitted view: little on a phone-sized map, so that it fills the width. */
export const edgePadding = (width: number, wide: number) => (width < 520 ? 6 : wide);

export interface StartOptions {
	el: HTMLDivElement;
	/** What the style is built from, read when the map starts. */
	content: () => { places: PlaceEntry[]; snapshot: string; minorPlacesZoom: number | null };
	/** The state shown now, and how to change it. */
	state: () => MapState;
	setState: (state: MapState) => void;
	/** The map to draw on: once it is idle, null while its context is lost. */
	setMap: (map: MapLibreMap | null) => void;
	/** A gesture the map left to the page (a plain wheel, one finger). */
	ongesture: (kind: 'wheel' | 'touch') => void;
	/** Attaches the reader's interaction to a new map. */
	wire: (map: MapLibreMap) => void;
}

/** Starts the map when it is wanted; returns the teardown. */
export function startMap(o: StartOptions): () => void {
	const { el } = o;
	let m: MapLibreMap | null = null;
	let dead = false;
	let giveUp: ReturnType<typeof setTimeout> | undefined;
	const fallBack = () => {
		m?.remove();
		m = null;
		o.setState('fallback');
	};
	const start = async () => {
		o.setState('loading');
		// Marks for the bench runner: map start → idle is the budgeted time.
		performance.mark('map:start');
		try {
			// MapLibre's own words come with its code, not with the page's.
			const [kit, { mapLocale }] = await Promise.all([
				loadMapKit(asset('/geo/region.topo.json'), asset('/geo/world.topo.json')),
				import('./locale')
			]);
			if (dead) return;
			const { places, snapshot, minorPlacesZoom } = o.content();
			const placeFeatures = placesGeo(places);
			m = new kit.maplibregl.Map({
				container: el,
				// The trips' source starts with an invisible stand-in (arcs.ts warmUpGeo),
				// cleared once the map is ready; MapArcs then fills it with the trips.
				style: buildStyle(kit.region, kit.world, placeFeatures, snapshot, warmUpGeo(HOME_BOUNDS), {
					minorPlacesZoom
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
				// A plain wheel and one finger scroll the page; Ctrl/⌘ + wheel, a pinch, two
				// fingers, the buttons and the keys move the map. Its own hint (a dark screen
				// over the whole map, hidden from screen readers) gives way to GestureHint.
				cooperativeGestures: true,
				// MapLibre's own words (buttons, attribution toggle, its gesture hint) in the page's
				// language.
				locale: mapLocale()
			});
			m.on('cooperativegestureprevented', (e) =>
				o.ongesture(e.gestureType === 'wheel_zoom' ? 'wheel' : 'touch')
			);
			m.touchZoomRotate.disableRotation();
			m.keyboard.disableRotation();
			m.addControl(new kit.maplibregl.NavigationControl({ showCompass: false }), 'top-right');
			addImages(m);
			// A map that never gets ready (worker or style failure) gives way to the drawn map.
			giveUp = setTimeout(() => {
				if (o.state() === 'idle') return;
				console.warn('The WebGL map did not get ready; showing the drawn map instead.');
				fallBack();
			}, 20_000);
			o.wire(m);
			keepLabelsInside(m, [
				{ source: 'places', data: placeFeatures, kind: PLACE_LABELS, textOf: labelOf },
				{ source: 'area-labels', data: kit.region.areaLabels, kind: AREA_LABELS, textOf: labelOf }
			]);
			// A lost context (GPU reset, driver update, too many contexts) leaves the canvas
			// blank: the map steps aside for the drawn one. Once the context is back and the map
			// has drawn again, it returns, and every effect of MapView and every child (trips,
			// legend) applies the shared state to it afresh.
			m.on('webglcontextlost', () => {
				if (o.state() !== 'idle') return;
				o.setMap(null);
				o.setState('lost');
			});
			m.on('webglcontextrestored', () => {
				const restored = m;
				restored?.once('idle', () => {
					if (dead || m !== restored || o.state() !== 'lost') return;
					o.setMap(restored);
					o.setState('idle');
				});
				restored?.triggerRepaint();
			});
			// Compact attribution starts open; on a small map it starts closed instead.
			el.querySelector('.maplibregl-compact-show')?.classList.remove('maplibregl-compact-show');
			el.querySelector('.maplibregl-ctrl-attrib[open]')?.removeAttribute('open');
			m.on('error', (e) => {
				if (o.state() !== 'idle') console.warn('map:', e.error?.message);
			});
			m.once('idle', () => {
				clearTimeout(giveUp);
				performance.mark('map:idle');
				(m?.getSource('arcs') as GeoJSONSource | undefined)?.setData(arcsGeo([]));
				o.setMap(m);
				o.setState('idle');
			});
			// A handle for tests and debugging, on local hosts only.
			if (['127.0.0.1', 'localhost'].includes(location.hostname))
				(window as unknown as { __map?: MapLibreMap }).__map = m;
		} catch (e) {
			console.warn('The WebGL map could not start; showing the drawn map instead.', e);
			fallBack();
		}
	};
	// Load when the map nears the viewport and the reader acts, or the page is quiet (wanted.ts).
	// With Save-Data on, the drawn map stays from the start; without WebGL, it stays once the map
	// is wanted. The probe makes a GPU context, which can hold up the page's first paint on a
	// phone, so it waits too.
	const stopWaiting = wantsSavedData()
		? (o.setState('fallback'), () => {})
		: whenWanted(el, () => (hasWebGL() ? void start() : o.setState('fallback')));
	return () => {
		dead = true;
		clearTimeout(giveUp);
		stopWaiting();
		o.setMap(null);
		m?.remove();
	};
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
