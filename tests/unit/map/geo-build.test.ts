import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
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
