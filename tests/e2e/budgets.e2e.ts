/**
 * Size budgets of the built site, read from build/ (sizes are deterministic, so they are tests;
 * timings are in `npm run bench`). Each page is measured as a host serves it: gzipped.
 */
import { test, expect } from './fixtures';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { isNeverCached, precacheList, startScripts } from '../../src/lib/offline';
import { storyLanguages } from '../../src/lib/i18n/languages.js';
import { readChronology } from '../../src/lib/server/content';

const BUILD = 'build';
const KB = 1000;
const gzipped = (path: string) => gzipSync(readFileSync(join(BUILD, path))).length;

function walk(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? walk(path) : [relative(BUILD, path)];
	});
}

const steps = readChronology().steps.map((s) => s.id);
/** Each further edition's pages live under its prefix: `uk.html`, `uk/explore.html`… */
const editions = storyLanguages().slice(1);
const pages = [
	'explore.html',
	'explore/places.html',
	'explore/sources.html',
	'present.html',
	'present/handout.html',
	'about.html',
	...steps.map((id) => `present/${id}.html`)
];
const budgeted = [
	'index.html',
	...pages,
	...editions.flatMap((l) => [`${l}.html`, ...pages.map((p) => `${l}/${p}`)])
];

test.describe('size budgets', () => {
	test('each page is at most 40 kB of HTML, gzipped', () => {
		const over = budgeted
			.map((file) => ({ file, kB: gzipped(file) / KB }))
			.filter((p) => p.kB > 40)
			.map((p) => `${p.file}: ${p.kB.toFixed(1)} kB`);
		expect(over).toEqual([]);
	});

	for (const home of ['index.html', ...editions.map((l) => `${l}.html`)])
		test(`the story page (${home}) starts with at most 80 kB of JavaScript, gzipped`, async () => {
			// What the page runs to start; the timeline's and the map's code are imported later, when
			// the reader reaches them.
			const build = walk(BUILD).map((f) => `/${f.replaceAll('\\', '/')}`);
			const scripts = (
				await startScripts(
					readFileSync(join(BUILD, home), 'utf8'),
					`http://localhost/${home}`,
					build,
					async (path) => readFileSync(join(BUILD, path.slice(1)), 'utf8')
				)
			).map((path) => path.slice(1));
			expect(scripts.length).toBeGreaterThan(0);
			const total = scripts.reduce((sum, s) => sum + gzipped(s), 0) / KB;
			expect(total, `${scripts.length} scripts`).toBeLessThanOrEqual(80);
			// The map engine is one chunk of over a megabyte: none of the first scripts comes near it.
			const largest = Math.max(...scripts.map((s) => statSync(join(BUILD, s)).size));
			expect(largest / KB, 'largest first script, kB before gzip').toBeLessThan(400);
		});

	test('a first visit stores at most 2 MB, and never the benchmark', async () => {
		const all = walk(BUILD).map((f) => f.replaceAll('\\', '/'));
		const fileOf = (path: string) =>
			path === '/'
				? 'index.html'
				: all.includes(path.slice(1))
					? path.slice(1)
					: `${path.slice(1)}.html`;
		const site = {
			build: all.filter((f) => f.startsWith('_app/')).map((f) => `/${f}`),
			files: all.filter((f) => !f.includes('/') && !f.endsWith('.html')).map((f) => `/${f}`),
			prerendered: []
		};
		const list = await precacheList(
			site,
			'',
			async (path) => readFileSync(join(BUILD, fileOf(path)), 'utf8'),
			editions.map((l) => `/${l}`)
		);
		expect(list).toContain('/');
		for (const l of editions) expect(list).toContain(`/${l}/data/model.json`);
		expect(list).toContain('/data/model.json');
		expect(list.some((p) => p.includes('bench'))).toBe(false);
		const bytes = list.reduce((sum, p) => sum + statSync(join(BUILD, fileOf(p))).size, 0);
		expect(bytes / 1e6, `${list.length} files`).toBeLessThanOrEqual(2);
	});

	test('the benchmark is built once, at /bench, in no other edition, and has no offline size', () => {
		const all = walk(BUILD).map((f) => f.replaceAll('\\', '/'));
		expect(all.filter((f) => /(^|\/)bench(\.html|\/)/.test(f))).toEqual(['bench.html']);
		for (const l of editions) expect(all).not.toContain(`${l}/bench.html`);
		const sizes = JSON.parse(readFileSync(join(BUILD, 'offline-sizes.json'), 'utf8')) as object;
		expect(Object.keys(sizes).filter(isNeverCached)).toEqual([]);
	});

	test('fonts ship as woff2 only', () => {
		const fonts = walk(BUILD).filter((f) => /\.(woff2?|ttf|otf)$/.test(f));
		expect(fonts.length).toBeGreaterThan(0);
		expect(fonts.filter((f) => !f.endsWith('.woff2'))).toEqual([]);
		expect(fonts.filter((f) => /devanagari|greek|vietnamese/.test(f))).toEqual([]);
	});
});
