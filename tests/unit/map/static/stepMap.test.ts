import { geoContains, type GeoPermissibleObjects } from 'd3-geo';
import { readFileSync } from 'node:fs';
import { feature } from 'topojson-client';
import type { GeometryCollection } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import type { Props, WorldTopology } from '../../../../src/lib/map/model/geo';
import { frameProjection } from '../../../../src/lib/map/static/locator';
import { describeBoth } from '../../../../src/lib/map/static/describe';
import { STEP_MAP_PAD, type MapLabels } from '../../../../src/lib/map/static/types';
import { forD3 } from '../../../../src/lib/map/model/winding';
import { realModel } from '../../helpers';
import { drawStepMaps } from '../../../../src/lib/server/maps';

const model = realModel();
const maps = drawStepMaps(model);
const world = JSON.parse(readFileSync('static/geo/world.topo.json', 'utf8')) as WorldTopology;
const labels = JSON.parse(readFileSync('static/geo/labels.json', 'utf8')) as MapLabels;

describe('drawStepMap: one map per story step', () => {
	it('draws every step', () => {
		expect([...maps.keys()]).toEqual(model.steps.map((s) => s.id));
	});

	it('draws a small version for phones wherever it shows all of the step’s own, under one caption', () => {
		for (const m of maps.values()) {
			expect(m.hasSmall).toBe(m.small !== null);
			if (!m.small) continue;
			expect(m.small.width).toBe(m.width / 2);
			// Every place the caption names is drawn in both files, and the caption says nothing else.
			const ids = (xs: { id: string }[]) => xs.map((x) => x.id);
			for (const id of m.named) {
				expect(ids(m.places)).toContain(id);
				expect(ids(m.small.places)).toContain(id);
			}
			for (const p of m.places.filter((p) => p.focus)) expect(m.named).toContain(p.id);
			const rest = m.caption.replace(/the trip of [^;]*/g, '');
			for (const p of [...m.places, ...m.small.places])
				if (!m.named.includes(p.id)) expect(rest).not.toMatch(new RegExp(`\\b${p.name}\\b`));
			for (const r of m.regions) expect(ids(m.small.regions)).toContain(r.id);
		}
		// Every step of this story has one: its names read at a phone's width.
		expect([...maps.values()].filter((m) => m.hasSmall).length).toBe(model.steps.length);
	});

	it('keeps the full map alone when the small one would lose a place of the step’s own', () => {
		const m = [...maps.values()].find((x) => x.small && x.places.some((p) => p.focus))!;
		const own = m.places.find((p) => p.focus)!;
		const lost = { ...m.small!, places: m.small!.places.filter((p) => p.id !== own.id) };
		expect(describeBoth(lost, m, [])).toBeNull();
		expect(describeBoth(m.small!, m, [])).not.toBeNull();
	});

	for (const step of model.steps) {
		describe(step.id, () => {
			const map = maps.get(step.id)!;
			const projection = frameProjection(
				map.fit.bounds,
				map.fit.maxZoom,
				map.width,
				map.height,
				STEP_MAP_PAD
			);

			it('frames the live map’s camera: its bounds, and so the step’s places, lie inside', () => {
				const [[w, s], [e, n]] = map.fit.bounds;
				for (const [x, y] of [
					[w, s],
					[e, n]
				] as const) {
					const [px, py] = projection([x, y])!;
					expect(px).toBeGreaterThanOrEqual(STEP_MAP_PAD - 1);
					expect(px).toBeLessThanOrEqual(map.width - STEP_MAP_PAD + 1);
					expect(py).toBeGreaterThanOrEqual(STEP_MAP_PAD - 1);
					expect(py).toBeLessThanOrEqual(map.height - STEP_MAP_PAD + 1);
				}
				for (const id of step.places) {
					const p = model.places.find((x) => x.id === id)!;
					expect(p.lng).toBeGreaterThanOrEqual(w);
					expect(p.lng).toBeLessThanOrEqual(e);
					expect(p.lat).toBeGreaterThanOrEqual(s);
					expect(p.lat).toBeLessThanOrEqual(n);
				}
			});

			it('draws and names each of the step’s places', () => {
				const drawn = map.places.filter((p) => p.focus).map((p) => p.id);
				expect(drawn.sort()).toEqual([...step.places].sort());
				for (const id of step.places)
					expect(map.labels.some((l) => l.id === id && l.kind === 'place')).toBe(true);
			});

			it('keeps every label box inside the frame', () => {
				for (const l of map.labels) {
					expect(l.box[0], l.text).toBeGreaterThanOrEqual(0);
					expect(l.box[1], l.text).toBeGreaterThanOrEqual(0);
					expect(l.box[2], l.text).toBeLessThanOrEqual(map.width);
					expect(l.box[3], l.text).toBeLessThanOrEqual(map.height);
				}
			});

			it('has a caption naming exactly the places it says it names, each drawn', () => {
				// Region names ("Donetsk Oblast") hold place names ("Donetsk"): read the rest.
				// A trip's clause names its ends whether or not they have a dot of their own.
				let rest = map.caption.replace(/the trip of [^;]*/g, '');
				for (const r of map.regions) rest = rest.replace(r.name, '');
				const named = model.places.filter((p) => rest.includes(p.name.en)).map((p) => p.id);
				expect(named.sort()).toEqual([...map.named].sort());
				for (const id of map.named) expect(map.places.map((p) => p.id)).toContain(id);
				expect(map.alt.startsWith('Map: ')).toBe(true);
				for (const r of map.regions) expect(map.caption).toContain(r.name);
			});

			it('puts each drawn place and region name in the SVG as text', () => {
				for (const l of map.labels) {
					const escaped = l.text.replaceAll('&', '&amp;');
					expect(map.svg).toContain(`>${escaped}</text>`);
				}
			});
		});
	}

	it('shows Ukraine in a locator where the frame leaves it out, and says so', () => {
		const geneva = maps.get('geneva');
		if (!geneva) return;
		expect(geneva.locator).toBe(true);
		expect(geneva.caption).toContain('inset');
		expect(geneva.caption).toContain('Switzerland');
	});
});

describe('labels.json', () => {
	const countries = feature(world, world.objects.countries as GeometryCollection<Props>);
	for (const sea of labels.seas)
		it(`places "${sea.name}" in open water`, () => {
			for (const at of sea.at) {
				const land = countries.features.find((f) =>
					geoContains(forD3(f.geometry) as GeoPermissibleObjects, at)
				);
				expect(land?.properties?.en, `${sea.name} at ${at.join(',')}`).toBeUndefined();
			}
		});
});
