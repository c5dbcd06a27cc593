import { describe, expect, it } from 'vitest';
import { computeFrame, hitTest } from '../../../../src/lib/timeline/layout/frame';
import {
	binLane,
	clusterLane,
	lowerBound,
	needsCanvas
} from '../../../../src/lib/timeline/layout/lod';
import { seeded } from '../../helpers';
import { layoutFor } from '../../../../src/lib/timeline/layout/geometry';
import { prepare } from '../../../../src/lib/timeline/model/prepare';
import { timeScale } from '../../../../src/lib/timeline/scales/scale';
import { BENCH_SIDES, benchEvents } from '../../../../src/routes/bench/generate';

describe('lowerBound(sorted, x)', () => {
	const cases = [
		{ x: 0, expected: 0 },
		{ x: 3, expected: 1 },
		{ x: 5, expected: 1 },
		{ x: 6, expected: 3 },
		{ x: 99, expected: 4 }
	];
	for (const c of cases)
		it(`finds ${c.expected} for ${c.x}`, () =>
			expect(lowerBound([1, 5, 5, 9], c.x)).toBe(c.expected));
});

describe('binLane(times, view)', () => {
	const toWorld = (ms: number) => ms;
	const opts = { bucketPx: 10, maxPerBucket: 3 };
	const cases = [
		{
			name: 'keeps sparse events as single marks',
			times: [1, 15, 25, 35],
			expected: { points: [0, 1, 2, 3], bins: [] }
		},
		{
			name: 'turns more than three events in 10 px into one density mark',
			times: [1, 2, 3, 4, 25],
			expected: { points: [4], bins: [{ u0: 0, u1: 10, count: 4, first: 0, last: 3 }] }
		},
		{
			name: 'leaves out events outside the view',
			times: [-50, 1, 200],
			expected: { points: [1], bins: [] }
		}
	];
	for (const c of cases)
		it(c.name, () => expect(binLane(c.times, [0, 100], toWorld, 0, opts)).toEqual(c.expected));

	it('shifts bins by the pan offset without reshuffling them', () => {
		const times = [1, 2, 3, 4];
		const a = binLane(times, [0, 100], toWorld, 0, opts);
		const b = binLane(times, [0, 100], toWorld, 37, opts);
		expect(b.bins[0]!.u0 - a.bins[0]!.u0).toBe(37);
		expect(b.bins[0]!.count).toBe(a.bins[0]!.count);
	});
});

describe('needsCanvas(points, bins)', () => {
	it('switches to canvas where SVG would exceed its node budget', () => {
		expect(needsCanvas(100)).toBe(false);
		expect(needsCanvas(600)).toBe(true);
	});
});

describe('computeFrame over 10 000 synthetic events', () => {
	const events = benchEvents(10_000);
	const p = prepare(
		events,
		BENCH_SIDES.map((s) => s.id)
	);
	const layout = layoutFor('full', 1280, [0, 0, 0, 0, 0]);
	const all: [number, number] = [Date.UTC(2016, 0, 1), Date.UTC(2026, 0, 1)];

	const cases = [
		{ name: 'the whole decade', domain: all },
		{ name: 'one year', domain: [Date.UTC(2020, 0, 1), Date.UTC(2021, 0, 1)] as [number, number] },
		{ name: 'one month', domain: [Date.UTC(2020, 5, 1), Date.UTC(2020, 6, 1)] as [number, number] },
		{ name: 'one day', domain: [Date.UTC(2020, 5, 1), Date.UTC(2020, 5, 2)] as [number, number] }
	];
	for (const c of cases)
		it(`keeps the marks to a screenful over ${c.name}, and accounts for every event in view`, () => {
			const scale = timeScale(c.domain, layout.length);
			const f = computeFrame(p, scale, 0, layout, { emphasis: new Set() });
			expect(f.points.length + f.bins.length).toBeLessThan(1000);
			const inView = events.filter((e, i) => {
				const t = p.times[i]!.at;
				const pad = (c.domain[1] - c.domain[0]) * 0.02;
				return t >= c.domain[0] - pad && t < c.domain[1] + pad && e;
			}).length;
			const drawn = f.points.length + f.bins.reduce((s, b) => s + b.count, 0);
			expect(drawn).toBe(inView);
		});

	it('always gives an emphasised event its own mark, even inside a density mark', () => {
		const scale = timeScale(all, layout.length);
		const f = computeFrame(p, scale, 0, layout, { emphasis: new Set([5000]) });
		expect(f.points.some((m) => m.i === 5000)).toBe(true);
		expect(f.labels[0]!.i).toBe(5000);
	});

	it('hitTest finds the mark under the pointer', () => {
		const scale = timeScale(cases[3]!.domain, layout.length);
		const f = computeFrame(p, scale, 0, layout, { emphasis: new Set() });
		const m = f.points[0]!;
		expect(hitTest(f, m.u + 2, m.v - 2, 9)).toEqual({ kind: 'point', i: m.i });
		expect(hitTest(f, m.u, m.v + 200, 9)).toBeNull();
	});
});

describe('clusterLane(times, view, toU, minGap)', () => {
	const cases = [
		{
			name: 'keeps events at least minGap apart as single marks',
			times: [0, 50, 100],
			expected: { points: [0, 1, 2], bins: [] }
		},
		{
			name: 'joins events closer than minGap, with their neighbours, into one density mark',
			times: [0, 10, 30, 100],
			expected: { points: [3], bins: [{ u0: -11, u1: 41, count: 3, first: 0, last: 2 }] }
		}
	];
	for (const c of cases)
		it(c.name, () => expect(clusterLane(c.times, [-1, 1000], (t) => t, 44)).toEqual(c.expected));

	it('never leaves two single marks closer than minGap (100 random lanes)', () => {
		const rand = seeded(3);
		for (let k = 0; k < 100; k++) {
			const times = Array.from({ length: 40 }, () => Math.floor(rand() * 2000)).sort(
				(a, b) => a - b
			);
			const { points } = clusterLane(times, [0, 2000], (t) => t, 44);
			for (let i = 1; i < points.length; i++)
				expect(times[points[i]!]! - times[points[i - 1]!]!).toBeGreaterThanOrEqual(44);
		}
	});
});
