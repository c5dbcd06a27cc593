/**
 * `npm run check:data` as an editor meets it: five different breakages of events.yaml give five
 * named errors with file and line, and the command exits 1.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { countInData } from '../helpers';

const dir = mkdtempSync(join(tmpdir(), 'content-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (target: string) =>
	spawnSync(
		process.execPath,
		['node_modules/tsx/dist/cli.mjs', 'src/tools/check-data.ts', target],
		{
			encoding: 'utf8'
		}
	);

it('passes on the real content', () => {
	const result = run('data');
	expect(result.stderr).toBe('');
	expect(result.stdout).toMatch(new RegExp(`OK — ${countInData('events', 'events')} events`));
	expect(result.status).toBe(0);
}, 30_000);

it('names five breakages of events.yaml with file and line and exits 1', () => {
	cpSync('data', dir, { recursive: true });
	const file = join(dir, 'events.yaml');
	const text = readFileSync(file, 'utf8')
		// 1. a date that is not in the calendar
		.replace(
			"  - id: geneva-talks\n    date: '2025-11-23'",
			"  - id: geneva-talks\n    date: '2025-11-31'"
		)
		// 2. an unknown place id
		.replace(/(- id: kremlin-meeting[\s\S]*?places: \[)moscow/, '$1moskow')
		// 3. a duplicate id
		.replace('- id: sybiha-response', '- id: putin-sea-threat')
		// 4. a missing source
		.replace(
			/(- id: yermak-resigns[\s\S]*?)sources:\n(\s+- outlet[\s\S]*?)(\n {2}- id: )/,
			'$1sources: []$3'
		)
		// 5. a value of the wrong type
		.replace(/(- id: florida-talks[\s\S]*?independentSources: )\d+/, '$1many');
	writeFileSync(file, text);
	const result = run(dir);
	expect(result.status).toBe(1);
	const lines = result.stderr.split('\n').filter((l) => l.includes('events.yaml:'));
	const expected = [
		/events\.yaml:\d+ event "geneva-talks" › date: "2025-11-31" is not a calendar date/,
		/events\.yaml:\d+ event "kremlin-meeting" › places\[0\]: unknown place "moskow" \(did you mean "moscow"\?\)/,
		/events\.yaml:\d+ event "putin-sea-threat" › id: id "putin-sea-threat" is already used/,
		/events\.yaml:\d+ event "yermak-resigns" › sources: needs at least one source/,
		/events\.yaml:\d+ event "florida-talks" › independentSources: "many" is not valid/
	];
	for (const pattern of expected)
		expect(
			lines.some((l) => pattern.test(l)),
			lines.join('\n')
		).toBe(true);
	expect(result.stderr).toMatch(/problems? in .* nothing was built/);
}, 30_000);
