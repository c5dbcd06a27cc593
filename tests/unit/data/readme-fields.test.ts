/**
 * data/README.md documents every field of every content file: for each JSON Schema in
 * data/schema/, every property path has a row in the README's section for that file (or, for the
 * shapes shared by several files, in "Shared fields"), with an example and the schema's
 * "required"; and no row names a field that no schema has.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { schemaFields, type SchemaField } from './schemaFields';

interface Row {
	path: string;
	required: string;
	example: string;
	line: number;
}

/** The README's `### ` sections: their heading, and the field rows of their tables. */
function sections(markdown: string): { heading: string; rows: Row[] }[] {
	const out: { heading: string; rows: Row[] }[] = [];
	markdown.split('\n').forEach((text, i) => {
		if (text.startsWith('## ')) out.push({ heading: '', rows: [] });
		else if (text.startsWith('### ')) out.push({ heading: text.slice(4).trim(), rows: [] });
		const cells = text.startsWith('|') ? text.split('|').map((c) => c.trim()) : [];
		const path = /^`([^`]+)`$/.exec(cells[1] ?? '')?.[1];
		if (path && out.length)
			out.at(-1)!.rows.push({ path, required: cells[2]!, example: cells[4] ?? '', line: i + 1 });
	});
	return out;
}

const readme = readFileSync(join('data', 'README.md'), 'utf8');
const all = sections(readme);
const shared = all.find((s) => s.heading === 'Shared fields')?.rows ?? [];
const schemaNames = readdirSync(join('data', 'schema')).filter((f) => f.endsWith('.json'));
const fieldsOf = (name: string): SchemaField[] =>
	schemaFields(JSON.parse(readFileSync(join('data', 'schema', name), 'utf8')));
const sectionOf = (file: string) => all.find((s) => s.heading === `\`${file}\``);
const yes = (required: boolean) => (required ? 'yes' : 'no');

describe('data/README.md documents every field of every content file', () => {
	it('has a "Shared fields" section', () => {
		expect(shared.length).toBeGreaterThan(0);
	});

	for (const name of schemaNames) {
		const file = name.replace(/\.json$/, '.yaml');
		it(`${file}: every field has a row with an example and the schema's "required"`, () => {
			const section = sectionOf(file);
			expect(section, `data/README.md has no section "### \`${file}\`"`).toBeDefined();
			const problems: string[] = [];
			for (const field of fieldsOf(name)) {
				const own = section!.rows.find((r) => r.path === field.path);
				const rows = own ? [own] : shared.filter((r) => field.path.endsWith(`.${r.path}`));
				if (rows.length === 0) {
					problems.push(`${file} › ${field.path}: not documented`);
					continue;
				}
				for (const row of rows) {
					if (row.example === '')
						problems.push(`${file} › ${field.path}: no example (data/README.md:${row.line})`);
					if (row.required !== yes(field.required))
						problems.push(
							`${file} › ${field.path}: required is "${yes(field.required)}" in the schema, "${row.required}" in data/README.md:${row.line}`
						);
				}
			}
			expect(problems).toEqual([]);
		});

		it(`${file}: every row names a field of the schema`, () => {
			const paths = new Set(fieldsOf(name).map((f) => f.path));
			const stale = (sectionOf(file)?.rows ?? [])
				.filter((r) => !paths.has(r.path))
				.map((r) => `data/README.md:${r.line} ${file} › ${r.path}: no such field`);
			expect(stale).toEqual([]);
		});
	}

	it('every shared row is a field of some schema', () => {
		const paths = schemaNames.flatMap((n) => fieldsOf(n).map((f) => f.path));
		const unused = shared
			.filter((r) => !paths.some((p) => p.endsWith(`.${r.path}`)))
			.map((r) => `data/README.md:${r.line} ${r.path}: no schema has it`);
		expect(unused).toEqual([]);
	});
});
