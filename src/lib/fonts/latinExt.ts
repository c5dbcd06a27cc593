/**
 * Latin Extended is a large part of Noto Sans (56 kB per face) of which a story uses a handful of
 * letters ("ğ" in Erdoğan). The site ships only those: `npm run fonts` writes a small subset of
 * each Latin Extended face with the letters the content folder's files hold, and lists them in
 * `latin-ext.txt` beside the fonts; a test fails when the content gains a letter the list lacks.
 */

/** The code points of Noto Sans's Latin Extended file (its unicode-range in src/app.css). */
const RANGES: [number, number][] = [
	[0x0100, 0x02ba],
	[0x02bd, 0x02c5],
	[0x02c7, 0x02cc],
	[0x02ce, 0x02d7],
	[0x02dd, 0x02ff],
	[0x1d00, 0x1dbf],
	[0x1e00, 0x1e9f],
	[0x1ef2, 0x1eff],
	[0x2020, 0x2020],
	[0x20a0, 0x20ab],
	[0x20ad, 0x20c0],
	[0x2113, 0x2113],
	[0x2c60, 0x2c7f],
	[0xa720, 0xa7ff]
];

const inLatinExt = (c: number) => RANGES.some(([a, b]) => c >= a && c <= b);

/** The Latin Extended letters in some texts, sorted, each once. */
export function latinExtLetters(texts: Iterable<string>): string {
	const found = new Set<string>();
	for (const text of texts)
		for (const ch of text) if (inLatinExt(ch.codePointAt(0)!)) found.add(ch);
	return [...found].sort().join('');
}

/** The faces subset, as named in @fontsource/noto-sans. */
export const LATIN_EXT_FACES = ['400-normal', '400-italic', '700-normal'] as const;
