import { describe, expect, it } from 'vitest';
import { readBuild, slideDay } from '../../../src/lib/present/deck';
import { linkTerms } from '../../../src/lib/present/terms';
import { fixtureModel } from '../helpers';

const model = fixtureModel();

describe('the deck', () => {
	it('puts each slide at the latest day of its events, the title slide at the start', () => {
		const days = [0, 1, 2, 3, 4].map((i) =>
			slideDay(i, model.steps, model.events, model.story.period)
		);
		expect(days).toEqual(['1969-07-13', '1969-07-19', '1969-07-21', '1969-07-21', '1969-07-24']);
	});

	it('reads the build-up position from the URL leniently', () => {
		const read = (q: string) => readBuild(new URLSearchParams(q), 3);
		expect([read(''), read('build=2'), read('build=9'), read('build=-1'), read('build=x')]).toEqual(
			[0, 2, 3, 0, 0]
		);
	});
});

describe('linkTerms(text, entries)', () => {
	const entries = [
		{ ref: { kind: 'term' as const, id: 'donbas' }, names: ['Donbas', 'Donbass'] },
		{ ref: { kind: 'person' as const, id: 'putin' }, names: ['Vladimir Putin'] },
		{ ref: { kind: 'term' as const, id: 'kremlin' }, names: ['Kremlin'] }
	];
	it('links the first mention of each entry, whole words only', () => {
		const segs = linkTerms(
			'Vladimir Putin spoke of Donbas; Donbas again. Kremlinology aside.',
			entries
		);
		expect(segs.filter((s) => s.ref).map((s) => s.text)).toEqual(['Vladimir Putin', 'Donbas']);
		expect(segs.map((s) => s.text).join('')).toBe(
			'Vladimir Putin spoke of Donbas; Donbas again. Kremlinology aside.'
		);
	});
	it('returns the text whole when nothing matches', () => {
		expect(linkTerms('Nothing here.', entries)).toEqual([{ text: 'Nothing here.' }]);
	});
});
