import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { outsideBox, regionGeo, type RegionTopology } from '../../../../src/lib/map/model/geo';
import { buildTwin, labelBox, placeLabels } from '../../../../src/lib/map/twin/twin';
import { forD3 } from '../../../../src/lib/map/model/winding';
import { realModel } from '../../helpers';

const read = (p: string) => readFileSync(p, 'utf8');
const topo = JSON.parse(read('static/geo/region.topo.json')) as RegionTopology;
const model = realModel();

describe('shipped geodata', () => {
	it('the first view’s geodata stays within 400 kB gzip', () => {
		const bytes = ['region', 'world'].reduce(
			(n, f) => n + gzipSync(readFileSync(`static/geo/${f}.topo.json`)).length,
			0
		);
		expect(bytes).toBeLessThan(400_000);
	});
	it('has the three occupied snapshots and front lines', () => {
		const geo = regionGeo(topo);
		for (const layer of [geo.occupied, geo.frontline])
			expect(layer.features.map((f) => f.properties.snapshot).sort()).toEqual([
				'2025-11-20',
				'2025-12-02',
				'pre-2022'
			]);
	});
});

describe('outsideBox(lines)', () => {
	it('cuts the parts of lines inside the regional box', () => {
		const out = outsideBox({
			type: 'MultiLineString',
			coordinates: [
				[
					[10, 45],
					[15, 45],
					[30, 45],
					[50, 45],
					[55, 45]
				]
			]
		});
		expect(out.coordinates).toEqual([
			[
				[10, 45],
				[15, 45]
			],
			[
				[50, 45],
				[55, 45]
			]
		]);
	});
});

describe('forD3(geometry)', () => {
	it('turns a counter-clockwise (RFC 7946) ring clockwise and leaves a clockwise one', () => {
		const ccw = [
			[0, 0],
			[1, 0],
			[1, 1],
			[0, 0]
		];
		const fixed = forD3({ type: 'Polygon', coordinates: [ccw] });
		expect(fixed.coordinates[0]).toEqual([...ccw].reverse());
		expect(forD3(fixed).coordinates[0]).toEqual(fixed.coordinates[0]);
	});
});

describe('buildTwin(topology, places)', () => {
	const twin = buildTwin(topo, model.places);
	it('draws every admin unit, both groups, the seas and the three snapshots', () => {
		expect(twin.admin1).toHaveLength(27);
		expect(twin.groups.map((g) => g.id).sort()).toEqual(['crimea', 'donbas']);
		expect(twin.seas).toHaveLength(3);
		expect(twin.occupied).toHaveLength(3);
		for (const s of [...twin.admin1, ...twin.occupied]) expect(s.d).toMatch(/^M[\d.-]/);
	});
	it('stays small enough to prerender (≤ 150 kB)', () => {
		expect(JSON.stringify(twin).length).toBeLessThan(150_000);
	});
	it('knows the bounds and the on-screen order of every region', () => {
		for (const r of model.regions) {
			expect(twin.regionBounds[r.id], r.id).toBeDefined();
			expect(twin.regionOrder, r.id).toContain(r.id);
		}
	});
	it('labels Donbas and Crimea, and no two labels collide', () => {
		expect(twin.labels.map((l) => l.id)).toEqual(expect.arrayContaining(['donbas', 'crimea']));
		const boxes = [
			...twin.places
				.filter((p) => p.anchor)
				.map((p) =>
					labelBox(
						p.text,
						p.anchor === 'start' ? p.x + 7 : p.x - 7,
						p.y + 4,
						p.rank === 3 ? 10.5 : 12,
						p.anchor!
					)
				),
			...twin.labels.map((l) =>
				labelBox(
					l.kind === 'admin1' ? l.text : l.text.toUpperCase(),
					l.x,
					l.y,
					l.kind === 'group' ? 13 : 11,
					'middle'
				)
			)
		];
		for (let i = 0; i < boxes.length; i++)
			for (let j = i + 1; j < boxes.length; j++) {
				const [a, b] = [boxes[i]!, boxes[j]!];
				expect(a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3], `${i}/${j}`).toBe(false);
			}
	});
	it('placeLabels moves a label blocked on the right to the left, and drops one with no room', () => {
		const p = (id: string, x: number) => ({
			id,
			text: 'Abcdefgh',
			x,
			y: 100,
			kind: 'place' as const,
			rank: 1
		});
		const out = placeLabels([p('a', 100), p('b', 130), p('c', 115)], []);
		expect(out.map((l) => l.anchor)).toEqual(['end', 'start', null]);
	});
});
