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

/** The letters a declined Ukrainian word can end in (lower case), and the apostrophes. */
const ENDING = new Set("абвгґдеєжзиіїйклмнопрстуфхцчшщьюя'ʼ");

/**
 * A letter or a digit, which a name may not touch: any letter with a case (the story's languages
 * all have one), the modifier apostrophe that Ukrainian writes inside words, and digits.
 */
const isWordChar = (ch: string | undefined) =>
	ch !== undefined &&
	(ch.toLowerCase() !== ch.toUpperCase() || ch === 'ʼ' || (ch >= '0' && ch <= '9'));

const isSpace = (ch: string | undefined) => ch !== undefined && /\s/.test(ch);

/** One word of a name as it is found: its letters (lower case), then up to three of an ending. */
interface Piece {
	letters: string;
	isDeclined: boolean;
}

/**
 * How a name is found in running text, case aside. Ukrainian declines nouns and adjectives
 * ("Донбас", "Донбасу", "Донбасі"; "гарантії безпеки", "гарантій безпеки"), so there each word
 * longer than an abbreviation matches from its stem, without its last vowel, with up to three
 * letters of an ending after it, and words are apart by any space. Elsewhere the name is matched
 * as it is written.
 */
function piecesOf(name: string, lang: Lang): Piece[] {
	if (lang !== 'uk') return [{ letters: name.toLowerCase(), isDeclined: false }];
	return name
		.split(/\s+/)
		.filter(Boolean)
		.map((word) => {
			if (word === word.toUpperCase()) return { letters: word.toLowerCase(), isDeclined: false };
			// An adjective's ending ("тіньовий" → "тіньового"), else a final vowel ("гарантії").
			const stem = word.replace(/(?:[иі]й|[аяоеєиіїйьую])$/iu, '');
			return stem.length >= 4
				? { letters: stem.toLowerCase(), isDeclined: true }
				: { letters: word.toLowerCase(), isDeclined: false };
		});
}

/** Where a name found at `at` ends, or -1: the pieces in turn, and no letter right after. */
function endOf(text: string, at: number, pieces: Piece[]): number {
	let i = at;
	for (const [n, piece] of pieces.entries()) {
		if (n > 0) {
			const from = i;
			while (isSpace(text[i])) i += 1;
			if (i === from) return -1;
		}
		if (text.slice(i, i + piece.letters.length).toLowerCase() !== piece.letters) return -1;
		i += piece.letters.length;
		// Greedy, as the ending can only be followed by a space or a mark, never a letter.
		for (let k = 0; piece.isDeclined && k < 3 && ENDING.has(text[i]?.toLowerCase() ?? ''); k++)
			i += 1;
	}
	return isWordChar(text[i]) ? -1 : i;
}

export function linkTerms(
	text: string,
	entries: Linkable[],
	lang: Lang = currentLang()
): Segment[] {
	// Longer names first: where two start at the same letter, the longer one is taken.
	const names = entries
		.flatMap((e) => e.names.filter((n) => n.length >= 4).map((name) => ({ name, ref: e.ref })))
		.sort((a, b) => b.name.length - a.name.length);
	// Every place each name is found, by its first word's letters, then checked in full. No
	// pattern is compiled: one of a hundred names with Unicode letter classes took milliseconds
	// to compile (in Ukrainian, most of a second) on a slide's first paint.
	const folded = text.toLowerCase();
	// Where lower-casing changes the text's length (a rare letter such as "İ"), every position.
	const folds = folded.length === text.length;
	const found: { start: number; end: number; order: number }[] = [];
	for (const [order, { name }] of names.entries()) {
		const pieces = piecesOf(name, lang);
		const first = pieces[0]?.letters;
		if (!first) continue;
		for (let at = folds ? folded.indexOf(first) : 0; at >= 0 && at < text.length;) {
			const end = isWordChar(text[at - 1]) ? -1 : endOf(text, at, pieces);
			if (end > at) found.push({ start: at, end, order });
			at = folds ? folded.indexOf(first, at + 1) : at + 1;
		}
	}
	// Read from the start, as a reader would: at each place the first name found there (the
	// longest), and the next search after its end. Only the first mention of an entry is linked.
	found.sort((a, b) => a.start - b.start || a.order - b.order);
	const used = new Set<string>();
	const out: Segment[] = [];
	let last = 0;
	let next = 0;
	for (const { start, end, order } of found) {
		if (start < next) continue;
		next = end;
		const { ref } = names[order]!;
		const key = `${ref.kind}:${ref.id}`;
		if (used.has(key)) continue;
		used.add(key);
		if (start > last) out.push({ text: text.slice(last, start) });
		out.push({ text: text.slice(start, end), ref });
		last = end;
	}
	if (last < text.length) out.push({ text: text.slice(last) });
	return out;
}
