/**
 * Finds glossary terms and people's names in a slide's text, so that each can open its card.
 * The first mention of each entry is linked; longer names win over shorter ones they contain.
 */
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

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function linkTerms(text: string, entries: Linkable[]): Segment[] {
	const names = entries
		.flatMap((e) => e.names.filter((n) => n.length >= 4).map((name) => ({ name, ref: e.ref })))
		.sort((a, b) => b.name.length - a.name.length);
	if (names.length === 0) return [{ text }];
	const pattern = new RegExp(
		`(?<![\\p{L}\\p{N}])(${names.map((n) => escape(n.name)).join('|')})(?![\\p{L}\\p{N}])`,
		'giu'
	);
	const used = new Set<string>();
	const out: Segment[] = [];
	let last = 0;
	for (const match of text.matchAll(pattern)) {
		const found = names.find((n) => n.name.toLowerCase() === match[0].toLowerCase());
		if (!found) continue;
		const key = `${found.ref.kind}:${found.ref.id}`;
		if (used.has(key)) continue;
		used.add(key);
		if (match.index > last) out.push({ text: text.slice(last, match.index) });
		out.push({ text: match[0], ref: found.ref });
		last = match.index + match[0].length;
	}
	if (last < text.length) out.push({ text: text.slice(last) });
	return out;
}
