import { describe, expect, it } from 'vitest';
import { linkTerms, type Linkable } from '../../../src/lib/present/terms';

const term = (id: string, ...names: string[]): Linkable => ({ ref: { kind: 'term', id }, names });
const linked = (text: string, entries: Linkable[], lang: 'en' | 'uk') =>
	linkTerms(text, entries, lang).flatMap((s) => (s.ref ? [`${s.ref.id}:${s.text}`] : []));

describe('linkTerms(text, entries, lang)', () => {
	it('links the first mention of each entry, the longest name first', () => {
		const entries = [term('plan', '28-point plan'), term('point', 'point')];
		expect(linked('The 28-point plan: point by point.', entries, 'en')).toEqual([
			'plan:28-point plan',
			'point:point'
		]);
	});

	it('in English, matches the name as written, not a longer word', () => {
		expect(linked('Donbass and Donbas', [term('donbas', 'Donbas')], 'en')).toEqual([
			'donbas:Donbas'
		]);
	});

	it('in Ukrainian, finds a name in its declined forms', () => {
		const entries = [
			term('donbas', 'Донбас'),
			term('guarantees', 'гарантії безпеки'),
			term('crimea', 'Крим'),
			term('nato', 'НАТО'),
			term('fleet', 'Тіньовий флот')
		];
		expect(
			linked(
				'Росія вимагає Донбасу, а Україна — гарантій безпеки; про Криму та НАТО окремо, про танкери тіньового флоту теж.',
				entries,
				'uk'
			)
		).toEqual([
			'donbas:Донбасу',
			'guarantees:гарантій безпеки',
			'crimea:Криму',
			'nato:НАТО',
			'fleet:тіньового флоту'
		]);
	});

	it('in Ukrainian, does not take a longer word that only starts like the name', () => {
		expect(linked('Кримінальна справа', [term('crimea', 'Крим')], 'uk')).toEqual([]);
	});

	it('ignores case, and links the words as the text writes them', () => {
		const entries = [term('guarantees', 'security guarantees'), term('donbas', 'Donbas')];
		expect(linked('Security Guarantees first; DONBAS later.', entries, 'en')).toEqual([
			'guarantees:Security Guarantees',
			'donbas:DONBAS'
		]);
	});

	it('keeps the spans right when lower-casing would change the text’s length', () => {
		// "İ" lower-cases to two code units.
		expect(linked('İstanbul, then the Donbas.', [term('donbas', 'Donbas')], 'en')).toEqual([
			'donbas:Donbas'
		]);
		expect(linkTerms('İ donbas', [term('donbas', 'Donbas')], 'en')).toEqual([
			{ text: 'İ ' },
			{ text: 'donbas', ref: { kind: 'term', id: 'donbas' } }
		]);
	});

	it('in Ukrainian, takes any space between words, and no name inside a word with an apostrophe', () => {
		const entries = [term('guarantees', 'гарантії безпеки'), term('union', 'єднання')];
		expect(linked('Про гарантії\u00a0безпеки та обʼєднання.', entries, 'uk')).toEqual([
			'guarantees:гарантії\u00a0безпеки'
		]);
	});

	it('takes the longer of two names that start at the same letter, and does not link inside it', () => {
		const entries = [term('shadow', 'Тіньовий'), term('fleet', 'тіньовий флот')];
		expect(linked('Тіньового флоту судна.', entries, 'uk')).toEqual(['fleet:Тіньового флоту']);
		expect(linked('Тіньового флоту судна, тіньового штабу.', entries, 'uk')).toEqual([
			'fleet:Тіньового флоту',
			'shadow:тіньового'
		]);
	});
});
