import { describe, expect, it } from 'vitest';
import {
	anchorOffset,
	arcsGeo,
	greatCircle,
	labelSpot,
	listNames,
	tripArcs,
	tripIds,
	tripPlaces,
	warmUpGeo
} from '../../../../src/lib/map/model/arcs';
import { realModel } from '../../helpers';

const model = realModel();
const GENEVA: [number, number] = [6.14569, 46.20222];
const ABU_DHABI: [number, number] = [54.39696, 24.45118];

/** A tiny model: a trip from a to b, and c with no trip. */
const tiny = {
	events: [
		{ id: 'a', date: '2025-11-23', places: ['x'], trips: undefined },
		{
			id: 'b',
			date: '2025-11-24',
			end: '2025-11-25',
			places: ['y'],
			trips: [{ from: 'a', people: ['p', 'q'], sourceUrl: 'https://example.org/s' }]
		},
		{ id: 'c', date: '2025-11-26', places: ['y'] }
	],
	places: [
		{ id: 'x', name: { en: 'Geneva' }, lng: GENEVA[0], lat: GENEVA[1] },
		{ id: 'y', name: { en: 'Abu Dhabi' }, lng: ABU_DHABI[0], lat: ABU_DHABI[1] }
	],
	people: [
		{ id: 'p', name: 'Pat One' },
		{ id: 'q', name: 'Quinn Two' }
	]
} as unknown as Parameters<typeof tripArcs>[0];

describe('greatCircle(a, b)', () => {
	const line = greatCircle(GENEVA, ABU_DHABI);
	it('starts and ends exactly at the two places', () => {
		expect(line[0]![0]).toBeCloseTo(GENEVA[0], 9);
		expect(line[0]![1]).toBeCloseTo(GENEVA[1], 9);
		expect(line.at(-1)![0]).toBeCloseTo(ABU_DHABI[0], 9);
		expect(line.at(-1)![1]).toBeCloseTo(ABU_DHABI[1], 9);
	});
	it('has about one point per degree of arc, and at least `min` segments', () => {
		expect(line.length).toBeGreaterThan(40);
		expect(line.length).toBeLessThan(60);
		expect(greatCircle([30, 50], [30.5, 50], 8)).toHaveLength(9);
	});
	it('bows towards the pole, as a great circle does on a flat map', () => {
		const mid = line[Math.floor(line.length / 2)]!;
		const chordLat = (GENEVA[1] + ABU_DHABI[1]) / 2;
		expect(mid[1]).toBeGreaterThan(chordLat);
	});
	it('runs on past ±180° instead of jumping back across the map', () => {
		const pacific = greatCircle([170, 50], [-170, 50]);
		for (let i = 1; i < pacific.length; i++)
			expect(Math.abs(pacific[i]![0] - pacific[i - 1]![0])).toBeLessThan(5);
		expect(pacific.at(-1)![0]).toBeCloseTo(190, 6);
	});
});

describe('listNames(names)', () => {
	const cases = [
		{ input: [], expected: '' },
		{ input: ['A'], expected: 'A' },
		{ input: ['A', 'B'], expected: 'A and B' },
		{ input: ['A', 'B', 'C'], expected: 'A, B and C' }
	];
	for (const c of cases)
		it(`lists ${JSON.stringify(c.input)} as "${c.expected}"`, () =>
			expect(listNames(c.input)).toBe(c.expected));
});

describe('tripArcs(model, touching)', () => {
	it('draws the one trip the real data states: Driscoll, Geneva to Abu Dhabi', () => {
		const arcs = tripArcs(model);
		expect(arcs.map((a) => a.id)).toEqual(['geneva-talks>abu-dhabi-contacts']);
		expect(arcs[0]!.label).toBe('Dan Driscoll: Geneva (23 Nov) → Abu Dhabi (24–25 Nov)');
		expect(arcs[0]!.from).toMatchObject({ event: 'geneva-talks', place: 'geneva' });
		expect(arcs[0]!.to).toMatchObject({ event: 'abu-dhabi-contacts', place: 'abu-dhabi' });
	});
	const cases = [
		{ name: 'every trip, given null', touching: null, expected: ['a>b'] },
		{ name: 'the trips arriving at an event', touching: ['b'], expected: ['a>b'] },
		{ name: 'the trips leaving from an event', touching: ['a'], expected: ['a>b'] },
		{ name: 'none for an event no trip touches', touching: ['c'], expected: [] },
		{ name: 'none for no events', touching: [], expected: [] }
	];
	for (const c of cases)
		it(`gives ${c.name}`, () => {
			expect(tripArcs(tiny, c.touching).map((a) => a.id)).toEqual(c.expected);
			expect(tripIds(tiny.events, c.touching)).toEqual(c.expected);
		});
	it('names every traveller and each end’s days, without the year inside one year', () => {
		expect(tripArcs(tiny)[0]!.label).toBe(
			'Pat One and Quinn Two: Geneva (23 Nov) → Abu Dhabi (24–25 Nov)'
		);
	});
	it('keeps the years when a trip crosses New Year', () => {
		const events = tiny.events.map((e) =>
			e.id === 'a' ? { ...e, date: '2024-12-31' } : { ...e, date: '2025-01-01', end: undefined }
		);
		expect(tripArcs({ ...tiny, events })[0]!.route).toBe(
			'Geneva (31 Dec 2024) → Abu Dhabi (1 Jan 2025)'
		);
	});
	it('skips a trip whose ends are not one place each, rather than guess', () => {
		const events = tiny.events.map((e) => (e.id === 'a' ? { ...e, places: ['x', 'y'] } : e));
		expect(tripArcs({ ...tiny, events })).toEqual([]);
		expect(tripPlaces(events)).toEqual([]);
	});
});

describe('tripPlaces(events, touching)', () => {
	it('gives the places at both ends of the trips touching the events', () => {
		expect(tripPlaces(model.events, ['abu-dhabi-contacts'])).toEqual(['geneva', 'abu-dhabi']);
		expect(tripPlaces(model.events, ['kremlin-meeting'])).toEqual([]);
	});
});

describe('labelSpot(line)', () => {
	const cases = [
		{
			name: 'above-right of a line going south-east and bowing north (Geneva → Abu Dhabi)',
			line: greatCircle(GENEVA, ABU_DHABI),
			expected: 'bottom-left'
		},
		{
			name: 'above a line going east along a parallel (it bows north)',
			line: greatCircle([0, 50], [40, 50]),
			expected: 'bottom'
		},
		{
			name: 'above a line going west along a parallel',
			line: greatCircle([40, 50], [0, 50]),
			expected: 'bottom'
		},
		{
			name: 'to the right of a straight line running north along a meridian',
			line: greatCircle([30, 10], [30, 50]),
			expected: 'left'
		}
	];
	for (const c of cases)
		it(`puts the label ${c.name}`, () => expect(labelSpot(c.line).anchor).toBe(c.expected));
	it('sits on the arc’s middle point', () => {
		const line = greatCircle(GENEVA, ABU_DHABI);
		expect(labelSpot(line).at).toEqual(line[Math.floor(line.length / 2)]);
	});
});

describe('anchorOffset(anchor)', () => {
	const cases = [
		{ anchor: 'left', expected: [0.5, 0] },
		{ anchor: 'top', expected: [0, 0.5] },
		{ anchor: 'bottom', expected: [0, -0.5] },
		{ anchor: 'bottom-left', expected: [0.35, -0.35] }
	] as const;
	for (const c of cases)
		it(`moves text anchored ${c.anchor} away from its point by ${JSON.stringify(c.expected)} em`, () =>
			expect(anchorOffset(c.anchor)).toEqual(c.expected));
});

describe('arcsGeo(arcs)', () => {
	it('gives each arc a line and a two-line label point with its anchor', () => {
		const fc = arcsGeo(tripArcs(tiny));
		expect(fc.features.map((f) => [f.properties.kind, f.geometry.type])).toEqual([
			['line', 'LineString'],
			['label', 'Point']
		]);
		expect(fc.features[1]!.properties).toMatchObject({
			id: 'a>b',
			label: 'Pat One and Quinn Two\nGeneva (23 Nov) → Abu Dhabi (24–25 Nov)',
			anchor: 'bottom-left'
		});
	});
	it('is empty when there is nothing to draw', () => expect(arcsGeo([]).features).toEqual([]));
});

describe('warmUpGeo(bounds)', () => {
	it('is one `warm` line across the middle half of the view', () => {
		const fc = warmUpGeo([
			[20, 44],
			[40, 52]
		]);
		expect(fc.features).toHaveLength(1);
		expect(fc.features[0]!.properties.kind).toBe('warm');
		expect(fc.features[0]!.geometry).toEqual({
			type: 'LineString',
			coordinates: [
				[25, 48],
				[35, 48]
			]
		});
	});
});
