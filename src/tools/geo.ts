/**
 * `npm run geo [-- --check] [-- --out folder]`: rebuilds the map files in static/geo/ from the
 * inputs named in the content folder's geo.yaml (`data/`, or the folder named by
 * CHRONOMAP_DATA). With `--check` it writes nothing and exits 1 when a committed map file differs
 * from what the inputs give.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildGeo, readGeoConfig } from '../lib/map/tools/buildGeo';
import { contentDir } from '../lib/server/content';

const args = process.argv.slice(2);
const check = args.includes('--check');
const outAt = args.indexOf('--out');
const out = outAt >= 0 ? args[outAt + 1]! : join('static', 'geo');
const dir = contentDir();

const config = readGeoConfig(dir);
if (!config) {
	console.log(`${dir}/geo.yaml: none, so the map files in ${out}/ are left as they are.`);
	process.exit(0);
}
const files = buildGeo(dir, config);
let stale = 0;
for (const [name, text] of files) {
	const path = join(out, name);
	if (check) {
		const same = existsSync(path) && readFileSync(path, 'utf8') === text;
		if (!same) stale++;
		console.log(`${path}: ${same ? 'up to date' : `differs from what ${dir}/geo.yaml gives`}`);
	} else {
		mkdirSync(out, { recursive: true });
		writeFileSync(path, text);
		console.log(`wrote ${path} (${Math.round(text.length / 1000)} kB)`);
	}
}
if (stale) {
	console.error(`\n${stale} map file${stale === 1 ? '' : 's'} out of date: run \`npm run geo\`.`);
	process.exit(1);
}
