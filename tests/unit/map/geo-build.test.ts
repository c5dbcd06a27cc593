import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { buildGeo, readGeoConfig } from '../../../src/lib/map/tools/buildGeo';

const sha256 = (text: string | Buffer) => createHash('sha256').update(text).digest('hex');

it('`npm run geo` rebuilds the committed map files in static/geo/ byte for byte from data/geo.yaml', () => {
	const config = readGeoConfig('data');
	expect(config).not.toBeNull();
	const files = buildGeo('data', config!);
	expect([...files.keys()].sort()).toEqual(['region.topo.json', 'world.topo.json']);
	for (const [name, text] of files) {
		expect(sha256(text), name).toBe(sha256(readFileSync(join('static', 'geo', name))));
	}
}, 30_000);

it('a folder without geo.yaml has no map inputs', () => {
	expect(readGeoConfig(join('tests', 'fixtures', 'apollo'))).toBeNull();
});

it('`npm run geo -- --check` passes on the committed files and fails, naming it, on a changed one', () => {
	const dir = mkdtempSync(join(tmpdir(), 'chronomap-geo-'));
	try {
		for (const name of ['region.topo.json', 'world.topo.json'])
			copyFileSync(join('static', 'geo', name), join(dir, name));
		const run = () =>
			spawnSync(
				join('node_modules', '.bin', 'tsx'),
				['src/tools/geo.ts', '--check', '--out', dir],
				{
					encoding: 'utf8'
				}
			);
		expect(run().status).toBe(0);
		writeFileSync(join(dir, 'world.topo.json'), '{}');
		const stale = run();
		expect(stale.status).toBe(1);
		expect(stale.stdout).toMatch(/world\.topo\.json: differs/);
		expect(stale.stdout).toMatch(/region\.topo\.json: up to date/);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}, 60_000);
