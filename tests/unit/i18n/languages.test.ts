/**
 * A story's languages (site.yaml `languages`): `npm run check:data`, which the build runs, fails
 * while any text lacks a listed language, naming each as file:line; a story in one language is
 * not asked for another.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { storyLanguages } from '../../../src/lib/i18n/languages.js';

const dir = mkdtempSync(join(tmpdir(), 'languages-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const check = (target: string) =>
	spawnSync(
		process.execPath,
		['node_modules/tsx/dist/cli.mjs', 'src/tools/check-data.ts', target],
		{
			encoding: 'utf8'
		}
	);

it('a story without `languages` is English only, and is not asked for Ukrainian', () => {
	expect(storyLanguages('tests/fixtures/apollo')).toEqual(['en']);
	expect(check('tests/fixtures/apollo').status).toBe(0);
});

it('listing uk makes the check fail, naming every untranslated field by file and line', () => {
	cpSync('tests/fixtures/apollo', dir, { recursive: true });
	appendFileSync(join(dir, 'site.yaml'), '\nlanguages: [en, uk]\n');
	expect(storyLanguages(dir)).toEqual(['en', 'uk']);
	const result = check(dir);
	expect(result.status).toBe(1);
	expect(result.stderr).toMatch(
		/events\.yaml:\d+ event "[a-z0-9-]+" › title: has no "uk" text yet/
	);
	expect(result.stderr).toMatch(/text fields? in .* still lacks? "uk"/);
	// The filters name each tag: a tag without words in site.yaml › tags is untranslated too.
	expect(result.stderr).toMatch(
		/events\.yaml:\d+ event "luna-15-launch" › tags\[0\]: tag "probe" has no "uk" words in site\.yaml › tags yet/
	);
});

it('a language without interface messages is refused', () => {
	cpSync('tests/fixtures/apollo', dir, { recursive: true });
	appendFileSync(join(dir, 'site.yaml'), '\nlanguages: [en, fr]\n');
	expect(() => storyLanguages(dir)).toThrow(/"fr" has no interface messages/);
});
