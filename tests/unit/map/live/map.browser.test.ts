/**
 * The real MapView on real WebGL (Chromium with SwiftShader): it starts, draws the style, shows
 * selection and highlights as feature state, steps aside for the drawn map while the WebGL context
 * is lost, and applies the whole state again once the context is back.
 */
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// `pure`: the map stays mounted across the tests of this file (no clean-up after each).
import { render } from 'vitest-browser-svelte/pure';
import { arcsGeo, tripArcs } from '../../../../src/lib/map/model/arcs';
import { sourceOfRegion, type MapTarget } from '../../../../src/lib/map/model/features';
import { legendEntries, readMapContent } from '../../../../src/lib/map/style/legend';
import MapView from '../../../../src/lib/map/live/MapView.svelte';
import type { MapState } from '../../../../src/lib/map/live/start';
import { realModel } from '../../model';

const model = realModel();

const CLICKABLE_REGIONS = {
	'admin1-fill': ['UA-14', 'UA-09', 'UA-43', 'UA-40', 'UA-30', 'UA-23', 'UA-65', 'UA-46'],
	'area-labels': ['donbas', 'crimea', 'sea-of-azov', 'kerch-strait', 'black-sea'],
	'seas-fill': ['black-sea', 'sea-of-azov', 'kerch-strait']
};

const states: MapState[] = [];
let map: MapLibreMap;
let el: HTMLElement;
let view: Awaited<ReturnType<typeof render<typeof MapView>>>;

const props = (patch: Partial<Parameters<typeof MapView>[1]> = {}) => ({
	places: model.places,
	regions: model.regions,
	snapshot: '2025-12-02',
	selected: null,
	highlighted: { regions: [], places: [] },
	hovered: null,
	fit: null,
	inset: 0,
	reduceMotion: true,
	onselect: () => {},
	onhover: () => {},
	onview: () => {},
	onstate: (s: MapState) => states.push(s),
	...patch
});

const until = async (check: () => boolean, what: string, ms = 20_000) => {
	const end = performance.now() + ms;
	while (!check()) {
		if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
		await new Promise((r) => setTimeout(r, 50));
	}
};
const settle = () => new Promise((resolve) => map.once('idle', resolve));
const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
const feature = (id: string) => {
	const region = model.regions.find((r) => r.id === id)!;
	return map.getFeatureState({ source: sourceOfRegion(region), id });
};

beforeAll(async () => {
	const box = document.createElement('div');
	box.style.cssText = 'width: 1000px; height: 700px; position: absolute; top: 0; left: 0';
	document.body.append(box);
	view = await render(MapView, { target: box, props: props() });
	el = box.querySelector<HTMLElement>('[data-testid="map"]')!;
	// The map starts when the reader acts (wanted.ts): a key press.
	window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab' }));
	// Software WebGL on a busy 2-core machine can take half a minute to draw the first frame.
	await until(() => el.dataset.state === 'idle', 'the map to be idle', 50_000);
	map = (window as unknown as { __map: MapLibreMap }).__map;
}, 60_000);

afterAll(() => view?.unmount());

describe('MapView on real WebGL', () => {
	it('goes from waiting to loading to idle, and says so on its element', () => {
		expect(states).toEqual(['loading', 'idle']);
		expect(el.dataset.state).toBe('idle');
		expect(el.classList.contains('ready')).toBe(true);
	});

	it('queryRenderedFeatures finds every clickable region', () => {
		for (const [layer, ids] of Object.entries(CLICKABLE_REGIONS)) {
			const found = new Set(
				map.queryRenderedFeatures({ layers: [layer] }).map((f) => String(f.properties.id))
			);
			for (const id of ids) expect(found.has(id), `${layer}: ${id}`).toBe(true);
		}
		const admin1 = new Set(
			map.queryRenderedFeatures({ layers: ['admin1-fill'] }).map((f) => f.properties.id)
		);
		expect(admin1.size).toBe(27);
	});

	it('draws the occupied area of the chosen snapshot only', () => {
		const occupied = map.queryRenderedFeatures({ layers: ['occupied-hatch'] });
		expect(occupied.length).toBeGreaterThan(0);
		expect(new Set(occupied.map((f) => f.properties.snapshot))).toEqual(new Set(['2025-12-02']));
	});

	it('finds Donetsk oblast at the centre of Donetsk oblast', () => {
		const p = map.project([37.3, 48.55]);
		const hits = map.queryRenderedFeatures([p.x, p.y], { layers: ['admin1-fill'] });
		expect(hits.map((h) => h.properties.id)).toEqual(['UA-14']);
	});

	it('shows the selected region and the highlighted ones as feature state', async () => {
		const selected: MapTarget = { kind: 'region', id: 'UA-14' };
		await view.rerender(props({ selected, highlighted: { regions: ['UA-09'], places: [] } }));
		await frames();
		expect(feature('UA-14').selected).toBe(true);
		expect(feature('UA-09').highlight).toBe(true);
		await view.rerender(props({ selected: { kind: 'region', id: 'UA-23' } }));
		await frames();
		expect(feature('UA-14').selected).toBe(false);
		expect(feature('UA-23').selected).toBe(true);
		expect(feature('UA-09').highlight).toBe(false);
	});
});

describe('a lost WebGL context', () => {
	let gl: WebGL2RenderingContext | WebGLRenderingContext;
	let lose: WEBGL_lose_context;

	beforeAll(async () => {
		await view.rerender(props({ selected: { kind: 'region', id: 'UA-14' }, snapshot: 'pre-2022' }));
		await frames();
		gl = map.getCanvas().getContext('webgl2') ?? map.getCanvas().getContext('webgl')!;
		lose = gl.getExtension('WEBGL_lose_context')!;
	});

	it('makes the map step aside and say "lost" while the context is gone', async () => {
		lose.loseContext();
		await until(() => el.dataset.state === 'lost', 'the state "lost"', 5000);
		expect(states.at(-1)).toBe('lost');
		// Not drawn and not clickable: the drawn map below takes over.
		expect(el.classList.contains('ready')).toBe(false);
		expect(getComputedStyle(el).pointerEvents).toBe('none');
	});

	it('returns once the context is back, with the selection and the snapshot applied again', async () => {
		// What changed while the context was lost reaches the map too.
		await view.rerender(props({ selected: { kind: 'region', id: 'UA-23' }, snapshot: 'pre-2022' }));
		lose.restoreContext();
		await until(() => el.dataset.state === 'idle', 'the map to be back', 35_000);
		await frames();
		expect(states.slice(-2)).toEqual(['lost', 'idle']);
		expect(feature('UA-23').selected).toBe(true);
		expect(feature('UA-14').selected).toBe(false);
		map.triggerRepaint();
		await settle();
		const p = map.project([35.1, 47.8]);
		const hits = map.queryRenderedFeatures([p.x, p.y], { layers: ['admin1-fill'] });
		expect(hits.map((h) => h.properties.id)).toEqual(['UA-23']);
		const occupied = map.queryRenderedFeatures({ layers: ['occupied-hatch'] });
		expect(new Set(occupied.map((f) => f.properties.snapshot))).toEqual(new Set(['pre-2022']));
	}, 45_000);
});

describe('the legend and the trips on the real map', () => {
	beforeAll(async () => {
		await view.rerender(props());
		await frames();
	});
	const legendAt = () => {
		const c = readMapContent(map);
		return legendEntries({
			snapshotLabel: '2 Dec 2025',
			map: c,
			onScreen: c.onScreen,
			hasSelection: false,
			hasHighlight: false,
			hasTrips: true
		}).map((e) => e.id);
	};

	it('the legend follows the zoom: oblast lines over Ukraine, none over the world', async () => {
		map.jumpTo({ center: [31, 48.5], zoom: 5 });
		await settle();
		expect(legendAt()).toEqual([
			'focus',
			'land',
			'sea',
			'occupied',
			'frontline',
			'border',
			'units',
			'meeting',
			'place'
		]);
		map.jumpTo({ center: [0, 40], zoom: 1.5 });
		await settle();
		expect(legendAt()).not.toContain('units');
		expect(legendAt()).toContain('occupied');
	});

	it('draws a trip’s line and arrowheads from the arcs source, and the legend lists it', async () => {
		(map.getSource('arcs') as GeoJSONSource).setData(arcsGeo(tripArcs(model)));
		map.fitBounds(
			[
				[5, 23],
				[56, 48]
			],
			{ duration: 0 }
		);
		await settle();
		expect(map.queryRenderedFeatures({ layers: ['arcs-line'] }).length).toBeGreaterThan(0);
		expect(map.queryRenderedFeatures({ layers: ['arcs-arrow'] }).length).toBeGreaterThan(1);
		expect(legendAt()).toContain('trip');
	});
});
