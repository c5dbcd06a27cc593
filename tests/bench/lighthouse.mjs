// Lighthouse in its default mobile mode (simulated slow 4G, 4× slower CPU) on the built site,
// served gzipped as any real host serves it. Median of 3 runs for each page; writes
// bench/lighthouse-results.json. Lighthouse is installed once into a scratch folder (it is large
// and only the benchmark uses it).
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createGzip } from 'node:zlib';
import { median, r1 } from './common.mjs';

const VERSION = '12.2.3';
const RUNS = Number(process.env.LH_RUNS ?? 3);
/** A single Lighthouse run takes 20–40 s here. */
const RUN_TIMEOUT_MS = Number(process.env.LH_RUN_TIMEOUT_MS ?? 180_000);
const PAGES = ['/', '/explore', '/present/geneva'];
const work = join(tmpdir(), 'chronomap-lighthouse');

if (!existsSync(join(work, 'node_modules/lighthouse/package.json'))) {
	mkdirSync(work, { recursive: true });
	writeFileSync(join(work, 'package.json'), '{"private":true}');
	console.log(`Installing lighthouse@${VERSION} into ${work} …`);
	const r = spawnSync('npm', ['i', '-E', `lighthouse@${VERSION}`, '--no-audit', '--no-fund'], {
		cwd: work,
		stdio: 'inherit'
	});
	if (r.status !== 0) throw new Error('could not install lighthouse');
}
if (!existsSync('build/index.html')) {
	const b = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
	if (b.status !== 0) throw new Error('npm run build failed');
}

const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.mjs': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.woff2': 'font/woff2',
	'.png': 'image/png',
	'.csv': 'text/csv'
};
const COMPRESS = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.csv']);

/** A static host for build/: clean URLs, gzip for text, long caching for hashed files. */
function serve(root) {
	return createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://x');
		let path = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, '');
		const candidates = [
			join(root, path),
			join(root, `${path}.html`),
			join(root, path, 'index.html')
		];
		const file = candidates.find((f) => existsSync(f) && statSync(f).isFile());
		if (!file) {
			res.writeHead(404, { 'content-type': TYPES['.html'] });
			return createReadStream(join(root, '404.html')).pipe(res);
		}
		const ext = extname(file);
		const headers = { 'content-type': TYPES[ext] ?? 'application/octet-stream' };
		if (file.includes('/_app/immutable/'))
			headers['cache-control'] = 'public, max-age=31536000, immutable';
		const gzip = COMPRESS.has(ext) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
		if (gzip) headers['content-encoding'] = 'gzip';
		res.writeHead(200, headers);
		const stream = createReadStream(file);
		(gzip ? stream.pipe(createGzip()) : stream).pipe(res);
	});
}

const server = serve('build');
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;

const { default: lighthouse } = await import(
	pathToFileURL(join(work, 'node_modules/lighthouse/core/index.js')).href
);
const chromeLauncher = await import(
	pathToFileURL(join(work, 'node_modules/chrome-launcher/dist/index.js')).href
);

const results = [];
try {
	for (const page of PAGES) {
		const runs = [];
		// A run that hangs (Chrome can, on a loaded machine) is given up, its Chrome closed so that
		// it does not load the runs after it, and tried again, twice at most per page.
		for (let attempt = 0; runs.length < RUNS && attempt < RUNS + 2; attempt++) {
			const chrome = await chromeLauncher.launch({
				chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
				chromeFlags: [
					'--headless=new',
					'--no-sandbox',
					'--disable-background-networking',
					'--disable-component-update',
					'--disable-sync',
					'--no-first-run',
					'--disable-quic'
				]
			});
			try {
				const run = lighthouse(`${base}${page}`, {
					port: chrome.port,
					output: 'json',
					logLevel: 'error',
					onlyCategories: ['performance', 'accessibility']
				});
				let timer;
				const late = new Promise((resolve) => (timer = setTimeout(resolve, RUN_TIMEOUT_MS)));
				const r = await Promise.race([run, late]);
				clearTimeout(timer);
				if (!r) {
					run.catch(() => {});
					console.warn(`${page}: a run took over ${RUN_TIMEOUT_MS / 1000} s; given up`);
					continue;
				}
				const a = r.lhr.audits;
				runs.push({
					performance: Math.round(r.lhr.categories.performance.score * 100),
					accessibility: Math.round(r.lhr.categories.accessibility.score * 100),
					lcpMs: a['largest-contentful-paint'].numericValue,
					tbtMs: a['total-blocking-time'].numericValue,
					fcpMs: a['first-contentful-paint'].numericValue,
					cls: a['cumulative-layout-shift'].numericValue
				});
			} finally {
				await chrome.kill();
			}
		}
		const row = {
			page,
			performance: median(runs.map((x) => x.performance)),
			accessibility: median(runs.map((x) => x.accessibility)),
			lcpMs: Math.round(median(runs.map((x) => x.lcpMs))),
			tbtMs: Math.round(median(runs.map((x) => x.tbtMs))),
			fcpMs: Math.round(median(runs.map((x) => x.fcpMs))),
			cls: r1(median(runs.map((x) => x.cls)) * 100) / 100,
			runs
		};
		results.push(row);
		console.log(
			`${page.padEnd(18)} performance ${row.performance}  accessibility ${row.accessibility}  LCP ${row.lcpMs} ms  TBT ${row.tbtMs} ms  CLS ${row.cls}`
		);
	}
} finally {
	server.close();
}

mkdirSync('bench', { recursive: true });
writeFileSync(
	'bench/lighthouse-results.json',
	JSON.stringify(
		{ date: new Date().toISOString(), lighthouse: VERSION, runs: RUNS, results },
		null,
		'\t'
	) + '\n'
);
const budgets = results.every(
	(r) => r.performance >= 90 && r.accessibility === 100 && r.lcpMs <= 2500 && r.tbtMs <= 300
);
console.log(
	budgets
		? 'Lighthouse budgets hold.'
		: 'A Lighthouse budget is missed (aim: performance ≥ 90, accessibility 100, LCP ≤ 2.5 s, TBT ≤ 300 ms).'
);
process.exitCode = budgets ? 0 : 1;
