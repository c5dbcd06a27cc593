import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	regionGeo,
	worldGeo,
	type RegionTopology,
	type WorldTopology
} from '../../../../src/lib/map/model/geo';
import { mapPlans } from '../../../../src/lib/map/model/plans';
import { ARROW_IMAGE, FONT } from '../../../../src/lib/map/style/layers';
import {
	attribution,
	buildStyle,
	CLICKABLE,
	placesGeo,
	SOURCE_OF_LAYER
} from '../../../../src/lib/map/style/style';
import { realModel } from '../../helpers';

const json = <T>(p: string) => JSON.parse(readFileSync(p, 'utf8')) as T;
const model = realModel();
const style = buildStyle(
	regionGeo(json<RegionTopology>('static/geo/region.topo.json')),
	worldGeo(json<WorldTopology>('static/geo/world.topo.json')),
	placesGeo(model.places),
	'2025-11-20'
);

type LayerLike = { filter?: unknown; layout?: Record<string, unknown> };
/** The two filter forms the trips' layers use, on a feature's properties. */
function matches(filter: unknown, props: Record<string, string>): boolean {
	const [op, [, key], value, yes, no] = filter as [string, [string, string], unknown, ...boolean[]];
	if (op === '==') return props[key] === value;
	if (op === 'match')
		return (Array.isArray(value) ? value.includes(props[key]) : value === props[key]) ? yes! : no!;
	throw new Error(`filter ${op} not handled here`);
}

describe('buildStyle(region, world, places, snapshot)', () => {
	it('is self-contained: no glyphs, no sprite, no remote source', () => {
		expect(style.glyphs).toBeUndefined();
		expect(style.sprite).toBeUndefined();
		for (const source of Object.values(style.sources)) {
			expect(source.type).toBe('geojson');
			expect(typeof (source as { data: unknown }).data).toBe('object');
		}
	});
	it('simplifies the world context more than the oblasts, the occupied area and the front line', () => {
		const tolerance = (id: string) => (style.sources[id] as { tolerance: number }).tolerance;
		for (const id of ['world', 'world-borders', 'countries'])
			expect(tolerance(id)).toBeGreaterThan(tolerance('admin1'));
		for (const id of ['admin1', 'occupied', 'frontline'])
			expect(tolerance(id)).toBeLessThanOrEqual(1);
	});
	it('every layer draws from a declared source, and every clickable layer exists', () => {
		const ids = style.layers.map((l) => l.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const l of style.layers)
			if ('source' in l) expect(style.sources[l.source as string], l.id).toBeDefined();
		for (const id of CLICKABLE) {
			expect(ids, id).toContain(id);
			expect(SOURCE_OF_LAYER[id], id).toBeDefined();
		}
	});
	it('labels use the bundled web font', () => {
		const labels = style.layers.filter(
			(x) => x.type === 'symbol' && (x.layout as Record<string, unknown>)['text-field']
		);
		expect(labels.length).toBeGreaterThan(3);
		for (const l of labels)
			expect((l.layout as Record<string, unknown>)['text-font'], l.id).toEqual(FONT);
	});
	it('declares the trips’ source empty, with line, arrowheads and label layers over it', () => {
		expect((style.sources.arcs as { data: { features: unknown[] } }).data.features).toEqual([]);
		const at = (id: string) => style.layers.findIndex((l) => l.id === id);
		for (const id of ['arcs-casing', 'arcs-line', 'arcs-arrow', 'arcs-label'])
			expect(at(id), id).toBeGreaterThan(-1);
		// The line under the place dots, so both ends stay visible; its label placed before theirs.
		expect(at('arcs-line')).toBeLessThan(at('places-dot'));
		expect(at('arcs-label')).toBeGreaterThan(at('places-label'));
		const arrow = style.layers[at('arcs-arrow')] as { layout: Record<string, unknown> };
		expect(arrow.layout['symbol-placement']).toBe('line');
		expect(arrow.layout['icon-image']).toBe(ARROW_IMAGE);
	});
	it('draws the load’s stand-in (arcs.ts warmUpGeo) only as an arrowhead too small to see', () => {
		const warm = { kind: 'warm' };
		const byId = (id: string) => style.layers.find((l) => l.id === id) as LayerLike;
		for (const id of ['arcs-casing', 'arcs-line', 'arcs-label'])
			expect(matches(byId(id).filter, warm), id).toBe(false);
		const arrow = byId('arcs-arrow');
		expect(matches(arrow.filter, warm)).toBe(true);
		expect(matches(arrow.filter, { kind: 'line' })).toBe(true);
		expect(arrow.layout?.['icon-size']).toEqual(['match', ['get', 'kind'], 'warm', 0.01, 1.15]);
	});
	it('hides the oblast lines when zoomed out to Europe or the world', () => {
		const lines = style.layers.find((l) => l.id === 'admin1-lines') as { minzoom?: number };
		expect(lines.minzoom).toBeGreaterThan(3);
		expect(lines.minzoom).toBeLessThan(5);
	});
	it('filters the occupied area and the front line to the chosen snapshot', () => {
		for (const id of ['occupied-hatch', 'frontline']) {
			const layer = style.layers.find((l) => l.id === id) as { filter: unknown };
			expect(layer.filter).toEqual(['==', ['get', 'snapshot'], '2025-11-20']);
		}
	});
	it('draws the occupied area above the oblasts and the places on top', () => {
		const at = (id: string) => style.layers.findIndex((l) => l.id === id);
		expect(at('occupied-hatch')).toBeGreaterThan(at('admin1-fill'));
		expect(at('frontline')).toBeGreaterThan(at('occupied-hatch'));
		expect(at('places-label')).toBeGreaterThan(at('frontline'));
	});
	it('selection, hover and highlight use promoted ids', () => {
		for (const s of ['admin1', 'groups', 'seas', 'places'])
			expect((style.sources[s] as { promoteId?: string }).promoteId, s).toBe('id');
	});
});

describe('attribution()', () => {
	it('credits every source the data licences name', () => {
		for (const credit of [
			'OpenStreetMap',
			'ODbL',
			'geoBoundaries',
			'CC BY 4.0',
			'Natural Earth',
			'DeepStateMap.live',
			'GeoNames'
		])
			expect(attribution()).toContain(credit);
	});
});

describe('placesGeo(places)', () => {
	it('has one point per place of the model, ranked', () => {
		const fc = placesGeo(model.places);
		expect(fc.features).toHaveLength(model.places.length);
		const moscow = fc.features.find((f) => f.properties.id === 'moscow')!;
		expect(moscow.properties.rank).toBe(1);
		expect(moscow.geometry).toEqual({ type: 'Point', coordinates: [37.61781, 55.75204] });
	});
});

describe('mapPlans(plans)', () => {
	const plans = mapPlans(model.plans)!;
	it('keeps the topics that name a region or place, and the sources their cells cite', () => {
		expect(plans.topics.length).toBeGreaterThan(0);
		for (const t of plans.topics) {
			expect(t.regions.length + t.places.length).toBeGreaterThan(0);
			for (const cell of Object.values(t.cells))
				for (const s of cell.sources) expect(plans.sources[s], s).toBeDefined();
		}
		expect(mapPlans(null)).toBeNull();
	});
	it('is much smaller than the full plans', () => {
		expect(JSON.stringify(plans).length).toBeLessThan(JSON.stringify(model.plans).length / 2);
	});
});
