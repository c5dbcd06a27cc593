import { describe, expect, it } from 'vitest';
import type { ChronoEvent } from '../../../../src/lib/data/types';
import { computeFrame } from '../../../../src/lib/timeline/layout/frame';
import { layoutFor } from '../../../../src/lib/timeline/layout/geometry';
import { lanesOf, prepare } from '../../../../src/lib/timeline/model/prepare';
import { timeScale } from '../../../../src/lib/timeline/scales/scale';

const SIDES = ['us', 'russia', 'ukraine', 'europe', 'other'];
const order = new Map(SIDES.map((s, i) => [s, i]));
const event = (id: string, date: string, sides: string[], end?: string) =>
	({
		id,
		date,
		end,
		title: id,
		sides,
		sources: [],
		confidence: 'confirmed'
	}) as unknown as ChronoEvent;

describe('lanesOf(sides, order)', () => {
	const cases = [
		{ name: 'gives a one-side event its side’s lane', sides: ['ukraine'], expected: [2] },
		{ name: 'puts the first side’s lane first', sides: ['ukraine', 'us'], expected: [0, 2] },
		{ name: 'lists each lane once', sides: ['us', 'europe', 'us'], expected: [0, 3] },
		{ name: 'leaves out sides without a lane', sides: ['russia', 'un'], expected: [1] },
		{ name: 'sends an event with no known side to the last lane', sides: ['un'], expected: [4] }
	];
	for (const c of cases) it(c.name, () => expect(lanesOf(c.sides, order)).toEqual(c.expected));
});

describe('prepare(events, sides) with events of several sides', () => {
	const events = [
		event('geneva', '2025-11-23', ['us', 'ukraine']),
		event('kremlin', '2025-12-02', ['russia', 'us']),
		event('talks', '2025-11-24', ['us', 'russia'], '2025-11-26'),
		event('abu-dhabi', '2025-11-25', ['us', 'russia'], '2025-11-27')
	];
	const p = prepare(events, SIDES);

	it('draws an event in the lane of each of its sides, and owns it in the first', () => {
		expect(p.lanes[0]!.points).toEqual([0, 1]);
		expect(p.lanes[2]!.points).toEqual([0]);
		expect(p.lanes[1]!.points).toEqual([1]);
		expect([...p.lane]).toEqual([0, 0, 0, 0]);
	});

	it('gives spans a row in every lane they are drawn in', () => {
		expect(p.lanes[0]!.spans).toEqual([2, 3]);
		expect(p.lanes[0]!.spanRow).toEqual([0, 1]);
		expect(p.lanes[1]!.spanRow).toEqual([0, 1]);
		expect([...p.row]).toEqual([-1, -1, 0, 1]);
	});

	it('computeFrame marks the copies in other lanes as echoes and labels only own marks', () => {
		const layout = layoutFor(
			'full',
			1280,
			p.lanes.map((l) => l.spanRows)
		);
		const scale = timeScale([Date.UTC(2025, 10, 20), Date.UTC(2025, 11, 5)], layout.length);
		const f = computeFrame(p, scale, 0, layout, { emphasis: new Set() });
		const echoes = f.points.filter((m) => m.isEcho).map((m) => [m.i, m.lane]);
		expect(echoes).toEqual([
			[1, 1],
			[0, 2]
		]);
		expect(f.spans.filter((m) => m.isEcho).map((m) => [m.i, m.lane])).toEqual([
			[2, 1],
			[3, 1]
		]);
		expect(f.labels.map((l) => l.i).sort()).toEqual([0, 1]);
		for (const l of f.labels) expect(l.markV).toBe(layout.laneMid[0]);
	});

	it('computeFrame labels an emphasised multi-day event from the start of its bar', () => {
		const layout = layoutFor(
			'full',
			1280,
			p.lanes.map((l) => l.spanRows)
		);
		const scale = timeScale([Date.UTC(2025, 10, 20), Date.UTC(2025, 11, 5)], layout.length);
		const f = computeFrame(p, scale, 0, layout, { emphasis: new Set([3]) });
		const label = f.labels.find((l) => l.i === 3)!;
		expect(label.markU).toBeCloseTo(scale(Date.UTC(2025, 10, 25)), 0);
		expect(f.labels[0]!.i).toBe(3);
	});
});

describe('prepare(events, sides) with events out of date order', () => {
	const events = [
		event('c', '2025-11-27', ['us']),
		event('a', '2025-11-21', ['us']),
		event('b', '2025-11-24', ['russia', 'us'])
	];
	const p = prepare(events, SIDES);

	it('keeps each lane’s marks and instants in time order', () => {
		expect(p.lanes[0]!.points.map((i) => events[i]!.id)).toEqual(['a', 'b', 'c']);
		expect([...p.lanes[0]!.at]).toEqual([...p.lanes[0]!.at].sort((x, y) => x - y));
		expect(p.lanes[1]!.points.map((i) => events[i]!.id)).toEqual(['b']);
	});

	it('sorts all instants and indexes every id', () => {
		expect([...p.sortedAt]).toEqual(p.times.map((t) => t.at).sort((x, y) => x - y));
		expect([...p.index]).toEqual([
			['c', 0],
			['a', 1],
			['b', 2]
		]);
		expect([...p.lane]).toEqual([0, 0, 0]);
	});
});
