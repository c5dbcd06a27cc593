/**
 * Finds glossary terms and people's names in a slide's text, so that each can open its card.
 * The first mention of each entry is linked; longer names win over shorter ones they contain.
 */
import type { Lang } from '../data/schema/fields';
import { currentLang } from '../i18n/lang';

export interface TermRef {
	kind: 'term' | 'person';
	id: string;
}

export type Segment = { text: string; ref?: TermRef };

export interface Linkable {
	ref: TermRef;
	/** Every spelling that should link, e.g. the term and its aliases, a person's full name. */
	names: string[];
}

/** A letter of a Ukrainian ending, in either case. */
const ENDING = "[а-щьюяєіїґА-ЩЬЮЯЄІЇҐ'ʼ]";

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * How a name is found in running text. Ukrainian declines nouns and adjectives ("Донбас",
 * "Донбасу", "Донбасі"; "гарантії безпеки", "гарантій безпеки"), so there each word longer than an
 * abbreviation matches from its stem, without its last vowel, with up to three letters after: the
 * Ukrainian alphabet's (and the apostrophe's), not any letter, whose class compiles to thousands of
 * ranges in each of a hundred names.
 */
function namePattern(name: string, lang: Lang, fold: (s: string) => string): string {
	const literal = (s: string) => escape(fold(s));
	if (lang !== 'uk') return literal(name);
	return name
		.split(/(\s+)/)
		.map((word) => {
			if (/^\s+$/.test(word)) return '\\s+';
			if (word === word.toUpperCase()) return literal(word);
			// An adjective's ending ("тіньовий" → "тіньового"), else a final vowel ("гарантії").
			const stem = word.replace(/(?:[иі]й|[аяоеєиіїйьую])$/iu, '');
			return stem.length >= 4 ? `${literal(stem)}${ENDING}{0,3}` : literal(word);
		})
		.join('');
}
const same = (s: string) => s;
const lower = (s: string) => s.toLowerCase();

export function linkTerms(
	text: string,
	entries: Linkable[],
	lang: Lang = currentLang()
): Segment[] {
	const folded = text.toLowerCase();
	// Only the names whose first letters occur in the text can match: the pattern is made of
	// those few, not of every name in the glossary (compiling a hundred alternatives with Unicode
	// letter classes takes milliseconds, on a slide's first paint). A name's first letters are
	// literal in its pattern, whatever the language.
	const names = entries
		.flatMap((e) => e.names.filter((n) => n.length >= 4).map((name) => ({ name, ref: e.ref })))
		.filter(({ name }) => folded.includes(name.toLowerCase().split(/\s/)[0]!.slice(0, 3)))
		.sort((a, b) => b.name.length - a.name.length);
	if (names.length === 0) return [{ text }];
	// Case does not matter. The lower-cased text is matched against lower-cased names: the same
	// spans as a case-insensitive pattern, and quicker to compile. Where lower-casing changes the
	// text's length (a rare letter such as "İ"), the case-insensitive pattern is used.
	const folds = folded.length === text.length;
	// One group per name: the group that matched says which name it was.
	const pattern = new RegExp(
		`(?<![\\p{L}\\p{N}])(?:${names.map((n) => `(${namePattern(n.name, lang, folds ? lower : same)})`).join('|')})(?![\\p{L}\\p{N}])`,
		folds ? 'gu' : 'giu'
	);
	const used = new Set<string>();
	const out: Segment[] = [];
	let last = 0;
	for (const match of (folds ? folded : text).matchAll(pattern)) {
		const found = names[match.slice(1).findIndex((g) => g !== undefined)];
		if (!found) continue;
		const key = `${found.ref.kind}:${found.ref.id}`;
		if (used.has(key)) continue;
		used.add(key);
		const end = match.index + match[0].length;
		if (match.index > last) out.push({ text: text.slice(last, match.index) });
		out.push({ text: text.slice(match.index, end), ref: found.ref });
		last = end;
	}
	if (last < text.length) out.push({ text: text.slice(last) });
	return out;
}
