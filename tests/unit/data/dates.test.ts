import { describe, expect, it, vi } from 'vitest';
import {
	dayMs,
	eventDateLabel,
	eventDatetime,
	eventLabel,
	formatDay,
	formatDayRange,
	formatShortRange,
	instantsOf,
	rememberInstants,
	zonedToUtc
} from '../../../src/lib/data/dates';

describe('date labels', () => {
	const days = [
		{ input: '2025-11-23', expected: '23 Nov 2025' },
		{ input: '2025-12', expected: 'Dec 2025' },
		{ input: '2022', expected: '2022' }
	];
	for (const { input, expected } of days) {
		it(`formatDay(${input}) is "${expected}"`, () => expect(formatDay(input)).toBe(expected));
	}

	const ranges = [
		{ start: '2025-11-24', end: '2025-11-25', expected: '24–25 Nov 2025' },
		{ start: '2025-11-28', end: '2025-12-02', expected: '28 Nov – 2 Dec 2025' },
		{ start: '2024-12-31', end: '2025-01-01', expected: '31 Dec 2024 – 1 Jan 2025' },
		{ start: '2025-11-23', end: '2025-11-23', expected: '23 Nov 2025' }
	];
	for (const { start, end, expected } of ranges) {
		it(`formatDayRange(${start}, ${end}) is "${expected}"`, () =>
			expect(formatDayRange(start, end)).toBe(expected));
	}

	const short = [
		{ start: '2025-11-23', end: undefined, expected: '23 Nov' },
		{ start: '2025-11-24', end: '2025-11-25', expected: '24–25 Nov' },
		{ start: '2025-11-30', end: '2025-12-02', expected: '30 Nov – 2 Dec' },
		{ start: '2024-12-31', end: '2025-01-01', expected: '31 Dec 2024 – 1 Jan 2025' }
	];
	for (const { start, end, expected } of short) {
		it(`formatShortRange(${start}, ${end}) is "${expected}", without the year unless it changes`, () =>
			expect(formatShortRange(start, end)).toBe(expected));
	}

	it('shows a local time in its own zone and in UTC', () => {
		const meeting = {
			date: '2025-12-02',
			end: '2025-12-03',
			time: '20:00',
			timezone: 'Europe/Moscow'
		};
		expect(eventDateLabel(meeting)).toBe('2 Dec 2025, 20:00 Moscow time (17:00 UTC) – 3 Dec 2025');
		expect(eventDatetime(meeting)).toBe('2025-12-02T17:00Z');
	});

	it('names the UTC day when it differs from the local day', () => {
		const e = { date: '2025-11-29', time: '01:30', timezone: 'Europe/Moscow' };
		expect(eventDateLabel(e)).toBe('29 Nov 2025, 01:30 Moscow time (28 Nov 2025, 22:30 UTC)');
	});

	it('converts across daylight-saving time', () => {
		expect(zonedToUtc('1969-07-16', '09:32', 'America/New_York').toISOString()).toBe(
			'1969-07-16T13:32:00.000Z'
		);
		expect(zonedToUtc('2025-12-02', '14:05', 'Europe/Dublin').toISOString()).toBe(
			'2025-12-02T14:05:00.000Z'
		);
	});

	it('gives an event the accessible name "day — title"', () => {
		expect(
			eventLabel({ date: '2025-11-23', title: 'US and Ukrainian delegations meet in Geneva' })
		).toBe('23 Nov 2025 — US and Ukrainian delegations meet in Geneva');
	});
});

describe('instants worked out at build time', () => {
	it('instantsOf gives the UTC instant of each local time, and a browser given them needs no time-zone data', () => {
		const events = [
			{ date: '2025-12-02', time: '20:00', timezone: 'Europe/Moscow' },
			{ date: '2025-11-23' }
		];
		const known = instantsOf(events);
		expect(known).toEqual({ '2025-12-02 20:00 Europe/Moscow': Date.UTC(2025, 11, 2, 17, 0) });
		// A time not seen before, handed in as if from the build: read without Intl.
		rememberInstants({ '2031-06-01 09:30 Asia/Tokyo': Date.UTC(2031, 5, 1, 0, 30) });
		const made = vi.spyOn(Intl, 'DateTimeFormat');
		expect(zonedToUtc('2031-06-01', '09:30', 'Asia/Tokyo').toISOString()).toBe(
			'2031-06-01T00:30:00.000Z'
		);
		expect(made).not.toHaveBeenCalled();
		made.mockRestore();
	});
});

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
