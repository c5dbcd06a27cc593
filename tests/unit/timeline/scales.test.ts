import { describe, expect, it } from 'vitest';
import { DAY_MS } from '../../../src/lib/data/dates';
import {
	axisBreak,
	axisTicks,
	brokenScale,
	emptyStretch,
	brushRange,
	corePeriod,
	dayMs,
	eventTime,
	frameTransform,
	openingDomain,
	tickLabel,
	tickUnit,
	timeScale,
	transformDomain
} from '../../../src/lib/timeline/scales';

const utc = (s: string) => Date.parse(`${s}Z`);

describe('dayMs(day)', () => {
	const cases: [string, number][] = [
		['2025-11-23', Date.UTC(2025, 10, 23)],
		['2025-11-23', Date.UTC(2025, 10, 23)],
		['2024-02-29', Date.UTC(2024, 1, 29)],
		['2025-11-23', Date.UTC(2025, 10, 23)],
		['1970-01-01', 0]
	];
	it('reads each ISO day, repeated or not, as midnight UTC', () =>
		expect(cases.map(([d]) => dayMs(d))).toEqual(cases.map(([, ms]) => ms)));
	it('gives NaN for what is not a day', () => expect(dayMs('soon')).toBeNaN());
});

describe('eventTime(event)', () => {
	const cases = [
		{
			name: 'puts a day without a time at midday UTC and covers the whole day',
			input: { date: '2025-11-23' },
			expected: {
				at: utc('2025-11-23T12:00'),
				start: utc('2025-11-23T00:00'),
				end: utc('2025-11-24T00:00')
			}
		},
		{
			name: 'runs a multi-day event to the end of its last day',
			input: { date: '2025-11-24', end: '2025-11-25' },
			expected: {
				at: utc('2025-11-24T12:00'),
				start: utc('2025-11-24T00:00'),
				end: utc('2025-11-26T00:00')
			}
		},
		{
			name: 'reads a Moscow time as UTC+3',
			input: { date: '2025-12-02', time: '20:00', timezone: 'Europe/Moscow' },
			expected: {
				at: utc('2025-12-02T17:00'),
				start: utc('2025-12-02T17:00'),
				end: utc('2025-12-02T17:00')
			}
		},
		{
			name: 'reads a New York summer time as UTC−4',
			input: { date: '1969-07-16', time: '09:32', timezone: 'America/New_York' },
			expected: {
				at: utc('1969-07-16T13:32'),
				start: utc('1969-07-16T13:32'),
				end: utc('1969-07-16T13:32')
			}
		},
		{
			name: 'reads UTC times without a zone lookup',
			input: { date: '2019-03-01', time: '23:59', timezone: 'UTC' },
			expected: {
				at: utc('2019-03-01T23:59'),
				start: utc('2019-03-01T23:59'),
				end: utc('2019-03-01T23:59')
			}
		},
		{
			name: 'runs a timed multi-day event to the end of its last day',
			input: { date: '2025-12-02', end: '2025-12-03', time: '20:00', timezone: 'Europe/Moscow' },
			expected: {
				at: utc('2025-12-02T17:00'),
				start: utc('2025-12-02T17:00'),
				end: utc('2025-12-04T00:00')
			}
		}
	];
	for (const c of cases) it(c.name, () => expect(eventTime(c.input)).toEqual(c.expected));
});

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

describe('corePeriod(instants)', () => {
	it('frames the cluster, not the stragglers', () => {
		const days = [
			'2022-02-24',
			'2022-09-30',
			'2025-08-15',
			'2025-10-24',
			'2025-11-10',
			'2025-11-12'
		]
			.concat(
				Array.from({ length: 24 }, (_, i) => `2025-11-${String(13 + i).padStart(2, '0')}`).filter(
					(d) => d <= '2025-11-30'
				)
			)
			.concat(['2025-12-02', '2025-12-06']);
		const t = days.map((d) => utc(`${d}T12:00`)).sort((a, b) => a - b);
		expect(corePeriod(t)).toEqual([utc('2025-11-10T12:00'), utc('2025-12-06T12:00')]);
	});
	it('is null for no events and one instant for one event', () => {
		expect(corePeriod([])).toBeNull();
		expect(corePeriod([5])).toEqual([5, 5]);
	});
});

describe('openingDomain(all, core)', () => {
	it('opens on the core period when it is a small part of the whole', () => {
		const d = openingDomain([0, 1000 * DAY_MS], [800 * DAY_MS, 900 * DAY_MS]);
		expect(d[0]).toBeLessThan(800 * DAY_MS);
		expect(d[1]).toBeGreaterThan(900 * DAY_MS);
		expect(d[1] - d[0]).toBeLessThan(120 * DAY_MS);
	});
	it('opens on everything when the core is most of it', () =>
		expect(openingDomain([0, 1000 * DAY_MS], [100 * DAY_MS, 900 * DAY_MS])).toEqual([
			0,
			1000 * DAY_MS
		]));
});

describe('frameTransform and transformDomain', () => {
	it('are inverse: framing a period shows exactly that period', () => {
		const all: [number, number] = [utc('2022-01-01T00:00'), utc('2026-01-01T00:00')];
		const view: [number, number] = [utc('2025-11-10T00:00'), utc('2025-12-07T00:00')];
		const z = frameTransform(all, view, 1200);
		const shown = transformDomain(all, z, 1200);
		expect(shown[0]).toBeCloseTo(view[0], -3);
		expect(shown[1]).toBeCloseTo(view[1], -3);
		expect(z.k).toBeGreaterThan(50);
	});
});

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
