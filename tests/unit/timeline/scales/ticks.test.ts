import { describe, expect, it } from 'vitest';
import { timeScale } from '../../../../src/lib/timeline/scales/scale';
import {
	axisTicks,
	labelledTicks,
	tickLabel,
	tickUnit,
	type Tick
} from '../../../../src/lib/timeline/scales/ticks';

import { DAY_MS } from '../../../../src/lib/data/dates';

const utc = (s: string) => Date.parse(`${s}Z`);

describe('axisTicks(scale, length)', () => {
	const cases = [
		{
			name: 'shows years over a decade',
			from: '2016-01-01T00:00',
			to: '2026-01-01T00:00',
			unit: 'years',
			first: '2016'
		},
		{
			name: 'shows months over a year',
			from: '2025-01-01T00:00',
			to: '2025-12-31T00:00',
			unit: 'months',
			first: 'Jan 2025'
		},
		{
			name: 'shows days over four weeks',
			from: '2025-11-10T00:00',
			to: '2025-12-07T00:00',
			unit: 'days',
			first: '10 Nov'
		},
		{
			name: 'shows hours over a day',
			from: '2025-12-02T00:00',
			to: '2025-12-03T00:00',
			unit: 'hours',
			first: '2 Dec 00:00'
		}
	];
	for (const c of cases)
		it(`${c.name} (${c.unit})`, () => {
			const scale = timeScale([utc(c.from), utc(c.to)], 1000);
			const { unit, ticks } = axisTicks(scale, 1000);
			expect(unit).toBe(c.unit);
			expect(ticks[0]!.label).toBe(c.first);
			expect(ticks.length).toBeGreaterThanOrEqual(5);
			expect(ticks.length).toBeLessThanOrEqual(24);
			for (const t of ticks) expect(t.u).toBeGreaterThanOrEqual(0);
		});

	it('names the month again where it changes', () => {
		const scale = timeScale([utc('2025-11-25T00:00'), utc('2025-12-05T00:00')], 1000);
		const labels = axisTicks(scale, 1000).ticks.map((t) => t.label);
		expect(labels[0]).toBe('25 Nov');
		expect(labels).toContain('1 Dec');
		expect(labels).toContain('26');
	});
});

describe('tickUnit and tickLabel', () => {
	const cases = [
		{ step: 365 * DAY_MS, unit: 'years' },
		{ step: 31 * DAY_MS, unit: 'months' },
		{ step: 2 * DAY_MS, unit: 'days' },
		{ step: 3 * 3_600_000, unit: 'hours' }
	] as const;
	for (const c of cases)
		it(`tickUnit(${c.step}) is ${c.unit}`, () => expect(tickUnit(c.step)).toBe(c.unit));

	it('tickLabel names the year at a new year, in days', () => {
		expect(tickLabel(utc('2025-01-01T00:00'), 'days', utc('2024-12-30T00:00'))).toBe('1 Jan 2025');
		expect(tickLabel(utc('2025-12-02T06:00'), 'hours', utc('2025-12-02T03:00'))).toBe('06:00');
	});
});

describe('labelledTicks(ticks, width, length)', () => {
	const tick = (u: number, label: string): Tick => ({ u, label, isMajor: false, ms: u });
	const width = (label: string) => label.length * 7;

	it('leaves out a label that would touch the one before, keeping the one that names more', () => {
		const ticks = [tick(0, '28'), tick(52, '4 Jan 2026'), tick(104, '11'), tick(156, '18')];
		// "28" ends at 17 px, clear of "4 Jan 2026" (55–125); "11" would start at 107, inside it.
		expect([...labelledTicks(ticks, width, 400)]).toEqual([0, 52, 156]);
	});

	it('drops the shorter label before a longer one it runs into', () => {
		const ticks = [tick(0, '21'), tick(10, '1 Feb 2026'), tick(200, '8')];
		expect([...labelledTicks(ticks, width, 400)]).toEqual([10, 200]);
	});

	it('labels nothing that would run past the end of the axis', () => {
		expect([...labelledTicks([tick(0, '1 Dec'), tick(380, '8 Dec')], width, 400)]).toEqual([0]);
	});
});
