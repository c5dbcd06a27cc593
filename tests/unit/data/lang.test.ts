/**
 * Text in two languages: a text field is a string or `{ en, uk }`; the loader resolves each to a
 * plain string for the language it builds, and `npm run check:data -- --lang uk` lists what is
 * still untranslated.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { loadChronology, untranslated, type ContentFiles } from '../../../src/lib/data/load';
import { fixtureFiles, realFiles } from '../helpers';

/** Place and region names keep their own `{ en, uk }` shape: the model holds both. */
const keepsBoth = (path: string[]) =>
	path.length === 3 && ['places', 'regions'].includes(path[0]!) && path[2] === 'name';

/** The same content with every `{ en, uk }` text written as its plain English string. */
function englishOnly(content: ContentFiles): ContentFiles {
	const walk = (v: unknown, path: string[]): unknown => {
		if (Array.isArray(v)) return v.map((x, i) => walk(x, [...path, String(i)]));
		if (v === null || typeof v !== 'object') return v;
		const keys = Object.keys(v);
		const o = v as Record<string, unknown>;
		if (!keepsBoth(path) && keys.includes('en') && keys.every((k) => k === 'en' || k === 'uk'))
			return o.en;
		return Object.fromEntries(keys.map((k) => [k, walk(o[k], [...path, k])]));
	};
	const files: ContentFiles['files'] = {};
	for (const [kind, text] of Object.entries(content.files) as [keyof typeof files, string][])
		files[kind] = stringify(walk(parse(text), []));
	return { ...content, files };
}

describe('text in two languages', () => {
	it('leaves the English model of the real story exactly as the English-only text gives it', () => {
		const content = realFiles();
		expect(JSON.stringify(loadChronology(content))).toBe(
			JSON.stringify(loadChronology(englishOnly(content)))
		);
	}, 60_000);

	it('resolves { en, uk } to one language, and an untranslated field to English', () => {
		const content = fixtureFiles();
		content.files.story = content.files
			.story!.replace(
				"title: 'Apollo 11: the first crewed Moon landing, July 1969'",
				"title:\n  en: 'Apollo 11'\n  uk: 'Аполлон-11'"
			)
			.replace('    title: Lift-off\n', '    title:\n      en: Lift-off\n      uk: Старт\n');
		const en = loadChronology(content);
		const uk = loadChronology(content, 'uk');
		expect(en.story.title).toBe('Apollo 11');
		expect(uk.story.title).toBe('Аполлон-11');
		expect(en.steps[0]!.title).toBe('Lift-off');
		expect(uk.steps[0]!.title).toBe('Старт');
		expect(uk.story.standfirst).toBe(en.story.standfirst);
		expect(uk.places[0]!.name).toEqual(en.places[0]!.name);
	});

	it('checks each language of a field as it checks a plain string', () => {
		const content = fixtureFiles();
		content.files.story = content.files.story!.replace(
			'    title: Lift-off\n',
			'    title:\n      en: Lift-off\n      uk: ""\n'
		);
		expect(() => loadChronology(content)).toThrow(/step "launch" › title\.uk: .*must not be empty/);
	});

	it('lists every field without uk, with file, line, entry and field', () => {
		const content = fixtureFiles();
		const before = untranslated(content, 'uk');
		expect(untranslated(content, 'en')).toEqual([]);
		expect(before.length).toBeGreaterThan(0);
		const step = before.find((e) => e.entry === 'step "launch"' && e.field === 'title');
		expect(step?.line).toBe(content.files.story!.split('\n').indexOf('    title: Lift-off') + 1);
		content.files.story = content.files.story!.replace(
			'    title: Lift-off\n',
			'    title:\n      en: Lift-off\n      uk: Старт\n'
		);
		const after = untranslated(content, 'uk');
		expect(after).toHaveLength(before.length - 1);
		expect(after.some((e) => e.entry === 'step "launch"' && e.field === 'title')).toBe(false);
	});
});

describe('npm run check:data -- --lang uk', () => {
	const dir = mkdtempSync(join(tmpdir(), 'content-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));
	cpSync('tests/fixtures/apollo', dir, { recursive: true });
	const run = (...args: string[]) =>
		spawnSync(
			process.execPath,
			['node_modules/tsx/dist/cli.mjs', 'src/tools/check-data.ts', ...args],
			{
				encoding: 'utf8'
			}
		);

	it('passes as before without --lang', () => {
		const result = run(dir);
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
	}, 30_000);

	it('lists each untranslated field as file:line entry › field, with a total, and exits 1', () => {
		const result = run(dir, '--lang', 'uk');
		const lines = result.stderr.trim().split('\n');
		const total = Number(/^(\d+) text fields? in .* still lack "uk"\.$/.exec(lines.at(-1)!)?.[1]);
		const listed = lines.filter((l) => /^\S+\.yaml:\d+ \S/.test(l));
		expect(listed).toHaveLength(total);
		expect(listed).toContainEqual(
			expect.stringMatching(/story\.yaml:\d+ step "launch" › title: has no "uk" text yet$/)
		);
		expect(result.status).toBe(1);
	}, 30_000);

	it('takes the folder before or after --lang, and refuses an unknown language', () => {
		expect(run('--lang', 'uk', dir).status).toBe(1);
		const wrong = run('--lang', 'xx', dir);
		expect(wrong.stderr).toMatch(/--lang expects one of en, uk/);
		expect(wrong.status).toBe(2);
	}, 30_000);
});
