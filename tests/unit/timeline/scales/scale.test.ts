import { describe, expect, it } from 'vitest';
import {
	axisBreak,
	brokenScale,
	emptyStretch,
	brushRange,
	timeScale
} from '../../../../src/lib/timeline/scales/scale';
import { axisTicks } from '../../../../src/lib/timeline/scales/ticks';

import { DAY_MS, dayMs } from '../../../../src/lib/data/dates';

const utc = (s: string) => Date.parse(`${s}Z`);

describe('brushRange(scale, u0, u1)', () => {
	it('turns a dragged span into whole ISO days, in either direction', () => {
		const scale = timeScale([utc('2025-11-01T00:00'), utc('2025-12-01T00:00')], 300);
		expect(brushRange(scale, 100, 40)).toEqual({ start: '2025-11-05', end: '2025-11-11' });
	});
});

describe('a broken axis: emptyStretch, brokenScale and its ticks', () => {
	// Two events in 2022, then a cluster in late 2025: the shape of the story's first step.
	const sorted = [
		'2022-02-24',
		'2022-09-30',
		'2025-08-15',
		'2025-10-21',
		'2025-11-20',
		'2025-12-02'
	].map((d) => dayMs(d) + DAY_MS / 2);
	const domain: [number, number] = [dayMs('2022-01-01'), dayMs('2025-12-31')];

	it('finds the longest stretch without events when it fills most of the domain', () => {
		expect(emptyStretch(sorted, domain)).toEqual([sorted[1], sorted[2]]);
		// Events every few weeks leave nothing to cut.
		expect(emptyStretch(sorted.slice(2), [dayMs('2025-08-01'), dayMs('2025-12-31')])).toBeNull();
		expect(emptyStretch([], domain)).toBeNull();
	});

	it('keeps every event in view, in order, and leaves the gap between the segments', () => {
		const stretch = emptyStretch(sorted, domain)!;
		const scale = brokenScale(sorted, domain, stretch, 400, 28);
		const u = sorted.map((t) => scale(t));
		expect(u.every((x) => x > 0 && x < 400)).toBe(true);
		expect([...u].sort((a, b) => a - b)).toEqual(u);
		const gap = axisBreak(scale)!;
		expect(gap[1] - gap[0]).toBe(28);
		expect(u[1]).toBeLessThan(gap[0]);
		expect(u[2]).toBeGreaterThan(gap[1]);
		// Two events before the gap and four after: the segments share the room by count, within
		// a quarter and three quarters of it.
		expect(gap[0]).toBeCloseTo((2 / 6) * 372, 5);
		expect(axisBreak(timeScale(domain, 400))).toBeNull();
	});

	it('ticks each segment on its own, and names the year on both sides', () => {
		const stretch = emptyStretch(sorted, domain)!;
		const scale = brokenScale(sorted, domain, stretch, 400, 28);
		const { ticks } = axisTicks(scale, 400, 100);
		const [g0, g1] = axisBreak(scale)!;
		expect(ticks.some((t) => t.u < g0 && t.label.includes('2022'))).toBe(true);
		expect(ticks.some((t) => t.u > g1 && t.label.includes('2025'))).toBe(true);
		expect(ticks.every((t) => t.u <= g0 || t.u >= g1)).toBe(true);
		// Nothing falls inside the left-out years.
		expect(
			ticks.every((t) => t.ms <= stretch[0] + 60 * DAY_MS || t.ms >= stretch[1] - 60 * DAY_MS)
		).toBe(true);
	});
});
