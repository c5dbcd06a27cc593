import { describe, expect, it } from 'vitest';
import { activeChips, matchesFilters, tagList } from '../../../../src/lib/timeline/model/filters';
import type { Filters } from '../../../../src/lib/state/url';

const event = {
	title: 'US and Ukrainian delegations meet in Geneva',
	summary: 'Talks on the 28-point plan.',
	location: 'Geneva',
	sides: ['us', 'ukraine'],
	tags: ['geneva', 'negotiation'],
	confidence: 'confirmed' as const
};
const none: Filters = { sides: [], tags: [], confidence: [], q: '' };

describe('matchesFilters(event, filters)', () => {
	const cases: { name: string; filters: Partial<Filters>; expected: boolean }[] = [
		{ name: 'passes with no filters', filters: {}, expected: true },
		{
			name: 'passes when one of its sides is chosen',
			filters: { sides: ['ukraine', 'russia'] },
			expected: true
		},
		{
			name: 'fails when none of its sides is chosen',
			filters: { sides: ['russia'] },
			expected: false
		},
		{ name: 'passes a chosen tag', filters: { tags: ['geneva'] }, expected: true },
		{ name: 'fails another tag', filters: { tags: ['sanctions'] }, expected: false },
		{ name: 'fails another confidence', filters: { confidence: ['conflicting'] }, expected: false },
		{
			name: 'finds words in the summary, ignoring case',
			filters: { q: '28-POINT' },
			expected: true
		},
		{ name: 'finds the location', filters: { q: 'genev' }, expected: true },
		{ name: 'fails a search that is not there', filters: { q: 'Moscow' }, expected: false }
	];
	for (const c of cases)
		it(c.name, () => expect(matchesFilters(event, { ...none, ...c.filters })).toBe(c.expected));
});

describe('activeChips(filters)', () => {
	it('lists one removable chip per active filter, in a stable order', () => {
		const chips = activeChips(
			{ sides: ['russia'], tags: ['peace-plan'], confidence: ['conflicting'], q: 'Putin' },
			new Map([['russia', 'Russia']])
		);
		expect(chips.map((c) => c.label)).toEqual([
			'Side: Russia',
			'Tag: peace plan',
			'Sources conflict',
			'Search: “Putin”'
		]);
		expect(chips[0]!.without).toEqual({ sides: [] });
		expect(chips[3]!.without).toEqual({ q: '' });
	});
	it('is empty without filters', () => expect(activeChips(none, new Map())).toEqual([]));
	it('cuts a long search short and drops direction controls from its chip', () => {
		const [chip] = activeChips({ ...none, q: `\u202E${'w'.repeat(200)}` }, new Map());
		expect(chip!.label).toBe(`Search: “${'w'.repeat(40)}…”`);
	});
});

describe('tagList(events)', () => {
	it('puts the most used tags first, then by name', () =>
		expect(tagList([{ tags: ['b', 'a'] }, { tags: ['b', 'c'] }])).toEqual(['b', 'a', 'c']));
});
