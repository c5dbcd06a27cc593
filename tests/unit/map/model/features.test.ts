import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { realModel } from '../../helpers';
import {
	describePlace,
	eventsForPlace,
	eventsForRegion,
	expandRegions,
	factDate,
	factsByRegion,
	groupsOf,
	isSummaryInFacts,
	nameInSentence,
	placeRank,
	screenOrder,
	selectedDay,
	shortRegionName,
	snapshotFor,
	snapshotLabelFor,
	sourceOfRegion,
	topicsFor
} from '../../../../src/lib/map/model/features';
import { regionGeo, type RegionTopology } from '../../../../src/lib/map/model/geo';

const model = realModel();
const topo = JSON.parse(readFileSync('static/geo/region.topo.json', 'utf8')) as RegionTopology;
const geo = regionGeo(topo);

describe('snapshotFor(day)', () => {
	const cases = [
		{ day: null, expected: '2025-12-02', name: 'no day shows the latest snapshot' },
		{ day: '2014-03-18', expected: 'pre-2022', name: 'a day before all snapshots shows the first' },
		{
			day: '2025-08-15',
			expected: 'pre-2022',
			name: 'a day between snapshots shows the earlier one'
		},
		{ day: '2025-11-20', expected: '2025-11-20', name: 'a snapshot’s own day shows it' },
		{ day: '2025-12-01', expected: '2025-11-20', name: 'the day before the last snapshot' },
		{ day: '2026-01-10', expected: '2025-12-02', name: 'a later day shows the latest' }
	];
	for (const c of cases) it(c.name, () => expect(snapshotFor(c.day)).toBe(c.expected));
});

describe('snapshotLabelFor(snapshot, day)', () => {
	it('names the latest snapshot as such when the day shown is later', () => {
		expect(snapshotLabelFor('2025-12-02', '2026-02-26')).toBe(
			'2 Dec 2025, the latest map used here'
		);
	});
	it('gives the plain date on or before the snapshot, for earlier snapshots and for no day', () => {
		expect(snapshotLabelFor('2025-12-02', '2025-12-02')).toBe('2 Dec 2025');
		expect(snapshotLabelFor('2025-11-20', '2026-02-26')).toBe('20 Nov 2025');
		expect(snapshotLabelFor('2025-12-02', null)).toBe('2 Dec 2025');
	});
});

describe('selectedDay(event, range)', () => {
	it('prefers the selected event, then the end of the range', () => {
		const range = { start: '2025-11-01', end: '2025-11-25' };
		expect(selectedDay({ date: '2025-11-23' }, range)).toBe('2025-11-23');
		expect(selectedDay(null, range)).toBe('2025-11-25');
		expect(selectedDay(null, null)).toBeNull();
	});
});

describe('region and place look-ups', () => {
	it('every region of the model is drawn by exactly one map feature', () => {
		const ids = {
			admin1: new Set(geo.admin1.features.map((f) => f.properties.id)),
			groups: new Set(geo.groups.features.map((f) => f.properties.id)),
			seas: new Set(geo.seas.features.map((f) => f.properties.id)),
			places: new Set()
		};
		for (const r of model.regions) expect(ids[sourceOfRegion(r)].has(r.id), r.id).toBe(true);
		expect(ids.admin1.size).toBe(27);
	});
	it('groups are the model’s groups, with the same members', () => {
		for (const r of model.regions.filter((x) => x.kind === 'group')) {
			expect(
				geo.groups.features.some((f) => f.properties.id === r.id),
				r.id
			).toBe(true);
		}
		expect(groupsOf('UA-14', model.regions).map((g) => g.id)).toEqual(['donbas']);
		expect(groupsOf('UA-40', model.regions).map((g) => g.id)).toEqual(['crimea']);
	});
	it('expandRegions adds a group’s members', () => {
		expect(expandRegions(['donbas', 'black-sea'], model.regions).sort()).toEqual(
			['UA-09', 'UA-14', 'black-sea', 'donbas'].sort()
		);
	});
	it('events of Donetsk include those filed under Donbas; events of Donbas those of Donetsk', () => {
		const donetsk = eventsForRegion(model, 'UA-14').map((e) => e.id);
		const donbas = eventsForRegion(model, 'donbas').map((e) => e.id);
		for (const e of model.events) {
			if (e.regions.includes('donbas')) expect(donetsk).toContain(e.id);
			if (e.regions.includes('UA-14')) expect(donbas).toContain(e.id);
		}
		expect(eventsForRegion(model, 'no-such-region')).toEqual([]);
	});
	it('events of a place are those that name it', () => {
		const geneva = eventsForPlace(model, 'geneva');
		expect(geneva.length).toBeGreaterThan(0);
		expect(geneva.every((e) => e.places.includes('geneva'))).toBe(true);
	});
	it('plan topics reach a region through its group', () => {
		const topics = topicsFor(model.plans, { kind: 'region', id: 'UA-14' }, model.regions);
		expect(topics.map((t) => t.id)).toContain('territory-recognition');
		expect(topicsFor(null, { kind: 'region', id: 'UA-14' }, model.regions)).toEqual([]);
		const geneva = topicsFor(model.plans, { kind: 'place', id: 'geneva' }, model.regions);
		expect(geneva.every((t) => t.places.includes('geneva'))).toBe(true);
	});
});

describe('labels and ranks', () => {
	it('meeting cities and capitals rank first', () => {
		expect(placeRank(['talks'])).toBe(1);
		expect(placeRank(['capital'])).toBe(1);
		expect(placeRank(['port'])).toBe(2);
		expect(placeRank(['frontline'])).toBe(3);
	});
	it('short names drop "Oblast"', () => {
		expect(shortRegionName('Donetsk Oblast')).toBe('Donetsk');
		expect(shortRegionName('Autonomous Republic of Crimea')).toBe('AR Crimea');
		expect(shortRegionName('Донецька область')).toBe('Донецька');
		expect(shortRegionName('Автономна Республіка Крим')).toBe('АР Крим');
	});
	it('describes a place from its kinds', () => {
		expect(describePlace(['talks'])).toBe('Talks venue');
		expect(describePlace([])).toBe('Place');
	});
	it('screenOrder reads north to south, then west to east', () => {
		const items = [
			{ id: 'odesa', lng: 30.7, lat: 46.5 },
			{ id: 'kyiv', lng: 30.5, lat: 50.45 },
			{ id: 'lviv', lng: 24, lat: 49.8 }
		];
		expect(screenOrder(items, 1.5).map((x) => x.id)).toEqual(['lviv', 'kyiv', 'odesa']);
	});
});

describe('what a region panel lists', () => {
	const region = (id: string) => model.regions.find((r) => r.id === id)!;
	it('puts each member’s facts under its own name in a group (Donbas)', () => {
		const groups = factsByRegion(region('donbas'), model.regions);
		expect(groups.map((g) => g.region.id)).toEqual(['UA-14', 'UA-09']);
		expect(groups[1]!.facts.map((f) => f.id)).toEqual(['luhansk-share', 'luhansk-share-2026']);
		expect(groups.every((g) => g.facts.length > 0)).toBe(true);
	});
	it('keeps members with no facts, so that the panel can say so (Crimea)', () => {
		const groups = factsByRegion(region('crimea'), model.regions);
		expect(groups.map((g) => [g.region.id, g.facts.length])).toEqual([
			['UA-43', 0],
			['UA-40', 0]
		]);
	});
	it('gives a single region its own facts', () => {
		expect(factsByRegion(region('UA-09'), model.regions)).toEqual([
			{ region: region('UA-09'), facts: region('UA-09').facts }
		]);
	});
	it('drops a summary that only repeats a listed fact', () => {
		const luhansk = region('UA-09');
		expect(isSummaryInFacts(luhansk.summary!, luhansk.facts)).toBe(true);
		expect(isSummaryInFacts(region('donbas').summary!, luhansk.facts)).toBe(false);
	});
	it('dates a fact, or says the sources give no date', () => {
		const fmt = (d: string) => `<${d}>`;
		expect(factDate('2025-12-04', fmt)).toBe('<2025-12-04>');
		expect(factDate(null, fmt)).toBe('no date given in the sources');
	});
	it('names seas and the autonomous republic with “the” inside a sentence', () => {
		expect(nameInSentence(region('sea-of-azov'))).toBe('the Sea of Azov');
		expect(nameInSentence(region('UA-43'))).toBe('the Autonomous Republic of Crimea');
		expect(nameInSentence(region('UA-14'))).toBe('Donetsk Oblast');
	});
});
