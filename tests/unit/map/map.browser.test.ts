import type { Map as MapLibreMap } from 'maplibre-gl';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VIEWS } from '../../../src/lib/map/camera';
import { loadMapKit, hasWebGL } from '../../../src/lib/map/load';
import type { GeoJSONSource } from 'maplibre-gl';
import { arcsGeo, tripArcs } from '../../../src/lib/map/arcs';
import { legendEntries, readMapContent } from '../../../src/lib/map/legend';
import { arrowPixels, hatchPixels, hexToRgb, COLORS } from '../../../src/lib/map/paint';
import { ARROW_IMAGE, buildStyle, placesGeo } from '../../../src/lib/map/style';

// The test server serves static/ at the root, as the site does.
const regionUrl = '/geo/region.topo.json';
const worldUrl = '/geo/world.topo.json';

const CLICKABLE_REGIONS = {
	'admin1-fill': ['UA-14', 'UA-09', 'UA-43', 'UA-40', 'UA-30', 'UA-23', 'UA-65', 'UA-46'],
	'area-labels': ['donbas', 'crimea', 'sea-of-azov', 'kerch-strait', 'black-sea'],
	'seas-fill': ['black-sea', 'sea-of-azov', 'kerch-strait']
};

let map: MapLibreMap;
let idleMs = 0;

beforeAll(async () => {
	const el = document.createElement('div');
	el.style.cssText = 'width: 1000px; height: 700px; position: absolute; top: 0; left: 0';
	document.body.append(el);
	const start = performance.now();
	const kit = await loadMapKit(regionUrl, worldUrl);
	map = new kit.maplibregl.Map({
		container: el,
		style: buildStyle(kit.region, kit.world, placesGeo([]), '2025-12-02'),
		bounds: VIEWS.ukraine.bounds,
		fitBoundsOptions: { padding: 12 }
	});
	map.addImage(
		'hatch',
		{ width: 12, height: 12, data: hatchPixels(12, 3, hexToRgb(COLORS.occupied)) },
		{ pixelRatio: 2 }
	);
	await new Promise((resolve) => map.once('idle', resolve));
	idleMs = performance.now() - start;
}, 30_000);

afterAll(() => map?.remove());

describe('the map style on real WebGL', () => {
	it('has WebGL and reaches idle', () => {
		expect(hasWebGL()).toBe(true);
		expect(map.loaded()).toBe(true);
		expect(idleMs).toBeGreaterThan(0);
	});

	it('the real maplibre-gl still has every Map method MapView and its children call', () => {
		for (const name of [
			'addControl',
			'addImage',
			'fitBounds',
			'getBounds',
			'getCanvas',
			'getLayer',
			'getLayoutProperty',
			'getSource',
			'getZoom',
			'hasImage',
			'off',
			'on',
			'once',
			'queryRenderedFeatures',
			'remove',
			'setFeatureState',
			'setFilter'
		])
			expect(typeof (map as unknown as Record<string, unknown>)[name], name).toBe('function');
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
});

describe('the legend and the trips on real WebGL', () => {
	const settle = () => new Promise((resolve) => map.once('idle', resolve));
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
			'ukraine',
			'land',
			'sea',
			'occupied',
			'frontline',
			'border',
			'oblasts'
		]);
		map.jumpTo({ center: [0, 40], zoom: 1.5 });
		await settle();
		expect(legendAt()).not.toContain('oblasts');
		expect(legendAt()).toContain('occupied');
	});

	it('draws a trip’s line and arrowheads from the arcs source, and the legend lists it', async () => {
		const model = {
			events: [
				{ id: 'a', date: '2025-11-23', places: ['x'] },
				{
					id: 'b',
					date: '2025-11-24',
					places: ['y'],
					trips: [{ from: 'a', people: ['p'], sourceUrl: 'https://example.org/' }]
				}
			],
			places: [
				{ id: 'x', name: { en: 'Geneva' }, lng: 6.15, lat: 46.2 },
				{ id: 'y', name: { en: 'Abu Dhabi' }, lng: 54.4, lat: 24.45 }
			],
			people: [{ id: 'p', name: 'Someone' }]
		} as unknown as Parameters<typeof tripArcs>[0];
		map.addImage(ARROW_IMAGE, {
			width: 24,
			height: 24,
			data: arrowPixels(24, hexToRgb(COLORS.trip))
		});
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
