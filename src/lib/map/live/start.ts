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
import { arcsGeo } from '../model/arcs';
import type { Interaction } from './interaction';
import { hasWebGL, loadMapKit } from './load';
import { wantsSavedData, whenWanted } from './wanted';

/** 'lost': the GPU took the WebGL context away; the drawn map stands in until it is back. */
export type MapState = 'waiting' | 'loading' | 'idle' | 'lost' | 'fallback';

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
	/** The reader's hands on the map, wired to it once it is built. */
	interaction: Interaction;
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
			// What builds the map (its style, controls and words) comes with MapLibre's code.
			const [kit, build] = await Promise.all([
				loadMapKit(asset('/geo/region.topo.json'), asset('/geo/world.topo.json')),
				import('./build')
			]);
			if (dead) return;
			m = build.buildMap(kit, el, {
				...o.content(),
				ongesture: o.ongesture,
				interaction: o.interaction
			});
			// A map that never gets ready (worker or style failure) gives way to the drawn map.
			giveUp = setTimeout(() => {
				if (o.state() === 'idle') return;
				console.warn('The WebGL map did not get ready; showing the drawn map instead.');
				fallBack();
			}, 20_000);
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
