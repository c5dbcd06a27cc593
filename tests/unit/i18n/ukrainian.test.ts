import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	eventDateLabel,
	formatDay,
	formatDayRange,
	formatLocalTime,
	formatShortRange,
	monthShort,
	rememberZoneNames,
	zoneName,
	zoneNamesOf
} from '../../../src/lib/data/dates';
import { compareText, formatNumber, localName, otherNames } from '../../../src/lib/i18n/lang';
import { m } from '../../../src/lib/paraglide/messages.js';

describe('Ukrainian plurals', () => {
	const cases = [
		{ count: 1, expected: '1 подія' },
		{ count: 2, expected: '2 події' },
		{ count: 4, expected: '4 події' },
		{ count: 5, expected: '5 подій' },
		{ count: 11, expected: '11 подій' },
		{ count: 21, expected: '21 подія' },
		{ count: 22, expected: '22 події' },
		{ count: 25, expected: '25 подій' },
		{ count: 111, expected: '111 подій' }
	];
	for (const { count, expected } of cases) {
		it(`events_count(${count}) is "${expected}" in Ukrainian`, () =>
			expect(m.events_count({ count }, { locale: 'uk' })).toBe(expected));
	}
	it('events_count is "1 event" and "2 events" in English', () => {
		expect(m.events_count({ count: 1 }, { locale: 'en' })).toBe('1 event');
		expect(m.events_count({ count: 2 }, { locale: 'en' })).toBe('2 events');
	});
	it('slides and sources follow the same rules', () => {
		expect(m.slides_count({ count: 3 }, { locale: 'uk' })).toBe('3 слайди');
		expect(m.slides_count({ count: 12 }, { locale: 'uk' })).toBe('12 слайдів');
		expect(m.sources_count({ count: 1 }, { locale: 'uk' })).toBe('1 джерело');
		expect(m.sources_count({ count: 7 }, { locale: 'uk' })).toBe('7 джерел');
	});
});

describe('Ukrainian dates, times and numbers', () => {
	const days = [
		{ input: '2025-11-23', expected: '23 листопада 2025' },
		{ input: '2025-12-02', expected: '2 грудня 2025' },
		{ input: '2026-02-26', expected: '26 лютого 2026' },
		{ input: '2025-12', expected: 'грудень 2025' },
		{ input: '2022', expected: '2022' }
	];
	for (const { input, expected } of days) {
		it(`formatDay(${input}, 'uk') is "${expected}" (no "р.")`, () =>
			expect(formatDay(input, 'uk')).toBe(expected));
	}
	it('every month has the words Intl gives for Ukrainian, without its "р."', () => {
		const intl = (day: string, options: Intl.DateTimeFormatOptions) =>
			new Intl.DateTimeFormat('uk', { ...options, timeZone: 'UTC' })
				.formatToParts(new Date(`${day}T00:00:00Z`))
				.filter((p) => p.type !== 'literal' || p.value.trim() === '')
				.map((p) => p.value)
				.join('')
				.trim();
		for (let month = 1; month <= 12; month++) {
			const day = `2025-${String(month).padStart(2, '0')}-07`;
			expect(formatDay(day, 'uk')).toBe(
				intl(day, { day: 'numeric', month: 'long', year: 'numeric' })
			);
			expect(formatDay(day.slice(0, 7), 'uk')).toBe(
				intl(day.slice(0, 7) + '-01', { month: 'long', year: 'numeric' })
			);
			expect(formatShortRange(day, day, 'uk')).toBe(intl(day, { day: 'numeric', month: 'long' }));
		}
	});
	it('ranges put the month once and keep the bare year', () => {
		expect(formatDayRange('2025-11-24', '2025-11-25', 'uk')).toBe('24–25 листопада 2025');
		expect(formatDayRange('2025-11-28', '2025-12-02', 'uk')).toBe('28 листопада – 2 грудня 2025');
		expect(formatDayRange('2024-12-31', '2025-01-01', 'uk')).toBe('31 грудня 2024 – 1 січня 2025');
		expect(formatShortRange('2025-11-30', '2025-12-02', 'uk')).toBe('30 листопада – 2 грудня');
	});
	it('times are 24-hour, with the zone in words and UTC', () => {
		expect(formatLocalTime('2025-12-02', '20:00', 'Europe/Moscow', 'uk')).toBe(
			'2 грудня 2025, 20:00 за московським стандартним часом (17:00 UTC)'
		);
		expect(eventDateLabel({ date: '2025-11-23', time: '09:30', timezone: 'UTC' }, 'uk')).toBe(
			'23 листопада 2025, 09:30 UTC'
		);
	});
	it('zone names are worked out at build time and taken in by the page, which then needs no Intl', () => {
		const entries = [
			{ date: '2025-12-02', time: '20:00', timezone: 'Europe/Kyiv' },
			{ date: '2025-12-02', time: '09:30', timezone: 'UTC' },
			{ date: '2025-12-02' }
		];
		expect(zoneNamesOf(entries, 'en')).toEqual({});
		const names = zoneNamesOf(entries, 'uk');
		expect(Object.keys(names)).toEqual(['Europe/Kyiv']);
		expect(names['Europe/Kyiv']).toBe(zoneName('Europe/Kyiv', 'uk'));
		rememberZoneNames({ 'Asia/Tokyo': 'за токійським часом' });
		const made = Intl.DateTimeFormat;
		try {
			Intl.DateTimeFormat = (() => {
				throw new Error('no Intl here');
			}) as unknown as typeof Intl.DateTimeFormat;
			expect(zoneName('Asia/Tokyo', 'uk')).toBe('за токійським часом');
		} finally {
			Intl.DateTimeFormat = made;
		}
	});
	it('English stays as it was', () => {
		expect(formatDay('2025-11-23', 'en')).toBe('23 Nov 2025');
		expect(monthShort(10, 'en')).toBe('Nov');
		expect(monthShort(10, 'uk')).toBe('лист');
	});
	it('numbers group thousands with a space', () => {
		expect(formatNumber(12345, undefined, 'uk')).toMatch(/^12\s345$/u);
		expect(formatNumber(1234.5, undefined, 'uk')).toMatch(/^1\s234,5$/u);
	});
	it('sorting follows the Ukrainian alphabet (ґ after г, є after е, і and ї after и)', () => {
		const words = ['Їжак', 'Ґанок', 'Гора', 'Євро', 'Ера', 'Іван', 'Дім', 'Инший'];
		expect([...words].sort((a, b) => compareText(a, b, 'uk'))).toEqual([
			'Гора',
			'Ґанок',
			'Дім',
			'Ера',
			'Євро',
			'Инший',
			'Іван',
			'Їжак'
		]);
	});
});

describe('the map speaks the page’s language', () => {
	const latinWords = (s: string) =>
		(s.match(/\b[A-Za-z]{3,}\b/g) ?? []).filter(
			// Names of data sources and licences stay as they are.
			(w) =>
				!/^(OpenStreetMap|ODbL|geoBoundaries|CC|BY|Natural|Earth|DeepStateMap|live|GeoNames)$/.test(
					w
				)
		);
	let restore: () => void = () => {};
	beforeAll(async () => {
		const runtime = await import('../../../src/lib/paraglide/runtime.js');
		const before = runtime.getLocale;
		runtime.overwriteGetLocale(() => 'uk');
		restore = () => runtime.overwriteGetLocale(before);
	});
	afterAll(() => restore());

	it('every legend entry is in Ukrainian', async () => {
		const { legendEntries } = await import('../../../src/lib/map/style/legend');
		const entries = legendEntries({
			snapshotLabel: '2 грудня 2025',
			map: null,
			onScreen: null,
			hasSelection: true,
			hasHighlight: true,
			hasTrips: true,
			selectionName: 'Київ',
			hasHover: true
		});
		expect(entries.length).toBeGreaterThan(8);
		for (const e of entries) expect(latinWords(`${e.label} ${e.note ?? ''}`), e.id).toEqual([]);
		expect(entries.find((e) => e.id === 'occupied')?.label).toBe(
			'Окуповано Росією, станом на 2 грудня 2025'
		);
	});

	it('the map description, the hints, the credits and the kinds are in Ukrainian', async () => {
		const { describeMap } = await import('../../../src/routes/(site)/explore/describe');
		const { gestureHint } = await import('../../../src/lib/ui/gestures');
		const { attribution } = await import('../../../src/lib/map/style/style');
		const { describeRegion, describePlace } = await import('../../../src/lib/map/model/features');
		const text = describeMap({
			bounds: [
				[22, 44],
				[41, 53]
			],
			isFixed: false,
			snapshotLabel: '2 грудня 2025',
			places: [{ name: { en: 'Kyiv', uk: 'Київ' } as { en: string }, lng: 30.52, lat: 50.45 }],
			event: { title: 'Переговори', date: '2025-11-23' },
			trips: []
		});
		expect(text).toBe(
			'Карта показує: територія від 22° до 41° східної довготи. Окупована Росією територія — червоне штрихування, станом на 2 грудня 2025. Місця в полі зору: Київ. Виділено місця й регіони події «Переговори» (23 листопада 2025).'
		);
		expect(gestureHint('wheel', false, 'map')).toBe(
			'Щоб змінити масштаб карти, прокручуйте з Ctrl'
		);
		expect(gestureHint('touch', false, 'timeline')).toBe(
			'Щоб рухати шкалу часу, торкніться двома пальцями'
		);
		expect(attribution()).toContain('Кордони © учасники OpenStreetMap');
		expect(describeRegion({ kind: 'sea' })).toBe('Море');
		expect(describePlace(['capital'])).toBe('Столиця');
	});
});

describe('a name in both editions', () => {
	const oblast = { en: 'Donetsk Oblast', uk: 'Донецька область' };
	it('gives the name in the page’s language, then the other edition’s, marked with its language', () => {
		expect(localName(oblast, 'en')).toBe('Donetsk Oblast');
		expect(otherNames(oblast, 'en')).toEqual([{ lang: 'uk', text: 'Донецька область' }]);
		expect(localName(oblast, 'uk')).toBe('Донецька область');
		expect(otherNames(oblast, 'uk')).toEqual([{ lang: 'en', text: 'Donetsk Oblast' }]);
	});
	it('never repeats the name shown: a name without its Ukrainian form has no second line', () => {
		expect(otherNames({ en: 'Geneva' }, 'en')).toEqual([]);
		expect(otherNames({ en: 'Geneva' }, 'uk')).toEqual([]);
		expect(otherNames({ en: 'Moscow', uk: 'Москва' }, 'uk')).toEqual([
			{ lang: 'en', text: 'Moscow' }
		]);
	});
});
