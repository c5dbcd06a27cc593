/**
 * After the build: writes build/offline-sizes.json (or CHRONOMAP_OUT's), the size in bytes of every file the site
 * serves but the benchmark's, by its path (a page by its clean URL). The presentation's "Save for offline use" reads
 * it to say how much it will download before it starts, whatever the host says of its files.
 */
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isNeverCached } from '../lib/offline';

/** The output folder: `build`, or the one CHRONOMAP_OUT names (svelte.config.js). */
const BUILD = process.env.CHRONOMAP_OUT ?? 'build';
const PREVIEW =
	BUILD === 'build' ? '.svelte-kit/output/client' : `.svelte-kit-${BUILD}/output/client`;

function walk(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? walk(path) : [path];
	});
}

const sizes: Record<string, number> = {};
for (const file of walk(BUILD)) {
	const path = `/${relative(BUILD, file).replaceAll('\\', '/')}`;
	// The benchmark is never saved for offline use: its size is never asked for.
	if (isNeverCached(path)) continue;
	const size = statSync(file).size;
	sizes[path] = size;
	// Pages are also asked for by their clean URL.
	if (path.endsWith('.html') && path !== '/404.html')
		sizes[path === '/index.html' ? '/' : path.replace(/(\/index)?\.html$/, '')] = size;
}
const json = JSON.stringify(sizes);
writeFileSync(join(BUILD, 'offline-sizes.json'), json);
// `vite preview` serves the build's client output rather than build/: the same file there.
if (existsSync(PREVIEW)) writeFileSync(join(PREVIEW, 'offline-sizes.json'), json);
console.log(`offline-sizes.json: ${Object.keys(sizes).length} paths`);
