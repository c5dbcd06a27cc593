import { isMap, isScalar, isSeq, parseDocument, visit, type Node } from 'yaml';
import { expect, it } from 'vitest';
import { ChronologyError } from '../../../src/lib/data/errors';
import { loadChronology, type ContentFiles } from '../../../src/lib/data/load';
import { FILE_KINDS } from '../../../src/lib/data/schema';
import { fixtureFiles, seeded } from '../helpers';

const JUNK: unknown[] = [
	null,
	0,
	-1,
	1e9,
	true,
	'',
	' ',
	'x',
	'2025-02-30',
	'99:99',
	[],
	{},
	['a'],
	{ a: 1 },
	'UA-14',
	'https://',
	'http://a.b/c',
	'1969-07-20'
];

/** One random structural or textual change to one file. */
function mutate(content: ContentFiles, rand: () => number): void {
	const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
	const kinds = FILE_KINDS.filter((k) => content.files[k] !== undefined);
	const kind = pick(kinds);
	const text = content.files[kind]!;
	const doc = parseDocument(text);
	if (rand() < 0.15 || doc.errors.length > 0) {
		// Text-level damage: YAML that may not even parse.
		const at = Math.floor(rand() * text.length);
		const bits = ['', ':', '- ', '{', '"', '\n  ', '\t', '&a', '*a', '? '];
		content.files[kind] = text.slice(0, at) + pick(bits) + text.slice(at + Math.floor(rand() * 5));
		return;
	}
	const nodes: Node[] = [];
	visit(doc, {
		Scalar: (_, n) => void nodes.push(n),
		Map: (_, n) => void nodes.push(n),
		Seq: (_, n) => void nodes.push(n)
	});
	const target = pick(nodes);
	const action = rand();
	if (isScalar(target)) {
		const value = pick(JUNK);
		target.value = value !== null && typeof value === 'object' ? String(value) : value;
	} else if (isMap(target) && target.items.length && action < 0.5) {
		target.items.splice(Math.floor(rand() * target.items.length), 1);
	} else if (isMap(target)) {
		target.set(
			pick(['id', 'date', 'sources', 'extra', 'places', 'end', 'quote']),
			doc.createNode(pick(JUNK))
		);
	} else if (isSeq(target) && target.items.length && action < 0.4) {
		target.items.push(target.items[Math.floor(rand() * target.items.length)]!);
	} else if (isSeq(target) && target.items.length) {
		target.items.splice(Math.floor(rand() * target.items.length), 1);
	} else if (isSeq(target)) {
		target.items.push(doc.createNode(pick(JUNK)));
	}
	content.files[kind] = doc.toString();
}

it('content damaged in 1 200 seeded random ways yields validation errors, never another exception', () => {
	const rand = seeded(20251202);
	let failures = 0;
	for (let i = 0; i < 1200; i++) {
		const content = fixtureFiles();
		const changes = 1 + Math.floor(rand() * 3);
		for (let c = 0; c < changes; c++) mutate(content, rand);
		try {
			loadChronology(content);
		} catch (err) {
			if (!(err instanceof ChronologyError)) {
				throw new Error(`mutation run ${i} threw ${String(err)}`, { cause: err });
			}
			failures++;
			for (const e of err.errors) {
				expect(e.line).toBeGreaterThanOrEqual(1);
				expect(e.file).toMatch(/\.yaml$/);
				expect(e.message.length).toBeGreaterThan(3);
			}
		}
	}
	// Most random damage must be caught; the rest changed something harmless (e.g. a summary).
	expect(failures).toBeGreaterThan(600);
}, 60_000);
