// `npm run bench`: measures the /bench page (the real Timeline over seeded synthetic events) in
// headless Chromium for n = 25, 250, 2 500 and 10 000, prints PASS/FAIL per budget at 10 000
// and writes bench/results.json. Uses a running server at BENCH_BASE (default the preview port
// 4173); otherwise builds the site if needed and starts `vite preview` itself.
//
//   npm run bench                          5 cold loads per n
//   BENCH_RUNS=3 BENCH_N=250,10000 npm run bench
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { chromium } from 'playwright-core';
import { chromiumArgs } from '../../playwright.config.ts';
import { BASE, ensureServer, median, r1, sleep } from './common.mjs';

const SIZES = (process.env.BENCH_N ?? '25,250,2500,10000').split(',').map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const PRESSES = 20;
const BUDGETS = [
	{ key: 'readyMs', label: 'time to ready (median)', max: 500, unit: 'ms' },
	{ key: 'stepMs', label: 'next event: key to DOM updated (median)', max: 16, unit: 'ms' },
	{ key: 'stepToFrameMs', label: 'next event: key to next frame (median; info)', unit: 'ms' },
	{ key: 'zoomFps', label: 'frames per second while wheel-zooming', min: 55, unit: 'fps' },
	{ key: 'longestTaskMs', label: 'longest main-thread task (steps + zoom)', max: 50, unit: 'ms' },
	{ key: 'domNodes', label: 'DOM nodes', max: 3000, unit: '' }
];

// Runs in the page before its own scripts: stamps readiness, step and frame times.
function instrument() {
	const B = (window.__b = { keys: [], steps: [], frames: null, longtasks: [] });
	const afterFrame = (cb) =>
		requestAnimationFrame(() => {
			const ch = new MessageChannel();
			ch.port1.onmessage = () => cb(performance.now());
			ch.port2.postMessage(0);
		});
	let ready = false;
	Object.defineProperty(window, '__ready', {
		get: () => ready,
		set: (v) => {
			ready = v;
			if (v && B.readyAt === undefined) {
				B.readyAt = performance.now();
				afterFrame((t) => (B.readyFrameAt = t));
			}
		}
	});
	let nav;
	Object.defineProperty(window, '__navCount', {
		get: () => nav,
		set: (v) => {
			const changed = typeof nav === 'number' && v !== nav;
			nav = v;
			if (!changed) return;
			const key = B.keys.at(-1);
			const rec = {
				key,
				at: performance.now(),
				count: v,
				workAt: null,
				doneAt: null,
				frameAt: null
			};
			B.steps.push(rec);
			// The handler's own work: the update and the focus move run in the microtasks it queued.
			let hops = 0;
			const hop = () => (++hops < 8 ? queueMicrotask(hop) : (rec.workAt = performance.now()));
			queueMicrotask(hop);
			// A message runs after the handler and the microtasks it queued (the DOM update).
			const ch = new MessageChannel();
			ch.port1.onmessage = () => (rec.doneAt = performance.now());
			ch.port2.postMessage(0);
			afterFrame((t) => (rec.frameAt = t));
		}
	});
	addEventListener('keydown', (e) => B.keys.push(e.timeStamp), true);
	new PerformanceObserver((l) => {
		for (const e of l.getEntries()) B.longtasks.push({ start: e.startTime, dur: e.duration });
	}).observe({ type: 'longtask', buffered: true });
	B.startFrames = () => {
		const frames = (B.frames = []);
		let on = true;
		const loop = (t) => {
			frames.push(t);
			if (on) requestAnimationFrame(loop);
		};
		requestAnimationFrame(loop);
		B.stopFrames = () => ((on = false), frames);
	};
}

/** Longest RunTask on the page's renderer main thread in a Chrome trace, ms. */
function longestTask(traceBuffer) {
	const events = JSON.parse(traceBuffer.toString()).traceEvents ?? [];
	const mains = new Set(
		events
			.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
			.map((e) => `${e.pid}:${e.tid}`)
	);
	let longest = 0;
	for (const e of events) {
		if (e.name === 'RunTask' && e.ph === 'X' && mains.has(`${e.pid}:${e.tid}`))
			longest = Math.max(longest, e.dur / 1000);
	}
	return longest;
}

async function measure(browser, n, isFull) {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	const page = await context.newPage();
	const errors = [];
	page.on('pageerror', (e) => errors.push(String(e)));
	page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
	await page.addInitScript(instrument);
	await page.goto(`${BASE}/bench?n=${n}`);
	await page.waitForFunction(() => window.__b.readyFrameAt !== undefined, null, {
		timeout: 60_000
	});
	const r = await page.evaluate(() => ({
		readyAt: window.__b.readyAt,
		readyFrameAt: window.__b.readyFrameAt,
		longestLoadTask: Math.max(0, ...window.__b.longtasks.map((t) => t.dur))
	}));
	if (isFull) {
		await sleep(1000);
		const cdp = await context.newCDPSession(page);
		await cdp.send('HeapProfiler.collectGarbage');
		r.heapMiB = (await cdp.send('Runtime.getHeapUsage')).usedSize / 2 ** 20;
		r.domNodes = (await cdp.send('Memory.getDOMCounters')).nodes;
		r.elements = await page.evaluate(() => document.getElementsByTagName('*').length);
		r.mode = await page.evaluate(() => window.__benchInfo?.().mode ?? null);

		await browser.startTracing(page, {
			categories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline']
		});
		for (let i = 0; i < PRESSES; i++) {
			const before = await page.evaluate(() => window.__navCount);
			await page.keyboard.press('ArrowRight');
			await page.waitForFunction(
				(b) => window.__navCount > b && window.__b.steps.at(-1)?.frameAt !== null,
				before,
				{ timeout: 10_000 }
			);
		}
		const steps = await page.evaluate(() => window.__b.steps);
		r.stepMs = median(steps.map((s) => s.workAt - s.key));
		r.stepNextTaskMs = median(steps.map((s) => s.doneAt - s.key));
		r.stepMaxMs = Math.max(...steps.map((s) => s.workAt - s.key));
		r.stepToFrameMs = median(steps.map((s) => s.frameAt - s.key));
		r.stepsCounted = steps.length;
		// Of which: from the key event to our handler (input dispatch), and our handler + render.
		r.stepDispatchMs = median(steps.map((s) => s.at - s.key));
		r.stepWorkMs = median(steps.map((s) => s.workAt - s.at));

		const box = await page.locator('.timeline .zoom-area').boundingBox();
		await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
		await page.evaluate(() => window.__b.startFrames());
		// A plain wheel scrolls the page: zoom with Ctrl held, which d3 steps ten times as far, so
		// ±10 px is the same stretch per step as ±100 px was without it.
		await page.keyboard.down('Control');
		const t0 = Date.now();
		for (let i = 0; i < 10; i++) {
			const wait = t0 + i * 250 - Date.now();
			if (wait > 0) await sleep(wait);
			await page.mouse.wheel(0, i < 5 ? -10 : 10);
		}
		await page.keyboard.up('Control');
		await sleep(Math.max(0, t0 + 2500 + 1000 - Date.now()));
		const frames = await page.evaluate(() => window.__b.stopFrames());
		const gaps = frames.slice(1).map((f, i) => f - frames[i]);
		r.zoomFps = ((frames.length - 1) / (frames.at(-1) - frames[0])) * 1000;
		r.zoomWorstFrameMs = Math.max(...gaps);
		r.longestTaskMs = longestTask(await browser.stopTracing());
	}
	r.errors = errors;
	await context.close();
	return r;
}

const server = await ensureServer();
const browser = await chromium.launch({
	executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
	args: [...chromiumArgs, '--headless=new']
});
const results = {
	date: new Date().toISOString(),
	base: BASE,
	runs: RUNS,
	cpus: cpus().length,
	sizes: {}
};
try {
	for (const n of SIZES) {
		const runs = [];
		// Round 1 measures everything; the other cold loads only time to ready.
		for (let i = 0; i < RUNS; i++) runs.push(await measure(browser, n, i === 0));
		const full = runs[0];
		const row = {
			readyMs: r1(median(runs.map((r) => r.readyFrameAt))),
			readyAtMs: r1(median(runs.map((r) => r.readyAt))),
			readyRunsMs: runs.map((r) => r1(r.readyFrameAt)),
			longestLoadTaskMs: r1(median(runs.map((r) => r.longestLoadTask))),
			domNodes: full.domNodes,
			elements: full.elements,
			heapMiB: r1(full.heapMiB),
			stepMs: r1(full.stepMs),
			stepMaxMs: r1(full.stepMaxMs),
			stepNextTaskMs: r1(full.stepNextTaskMs),
			stepToFrameMs: r1(full.stepToFrameMs),
			stepDispatchMs: r1(full.stepDispatchMs),
			stepWorkMs: r1(full.stepWorkMs),
			stepsCounted: full.stepsCounted,
			zoomFps: r1(full.zoomFps),
			zoomWorstFrameMs: r1(full.zoomWorstFrameMs),
			longestTaskMs: r1(full.longestTaskMs),
			mode: full.mode,
			errors: [...new Set(runs.flatMap((r) => r.errors))],
			loadavg1: r1(loadavg()[0])
		};
		results.sizes[n] = row;
		console.log(`n=${n}`, JSON.stringify(row));
	}
} finally {
	await browser.close();
	server?.kill();
}

const top = results.sizes[10000];
if (top) {
	console.log('\nBudgets at n = 10 000:');
	results.budgets = BUDGETS.map((b) => {
		const value = top[b.key];
		if (b.max === undefined && b.min === undefined) {
			console.log(`INFO  ${b.label}: ${value} ${b.unit}`);
			return { ...b, value };
		}
		const pass = value != null && (b.max !== undefined ? value <= b.max : value >= b.min);
		const limit = b.max !== undefined ? `≤ ${b.max}` : `≥ ${b.min}`;
		console.log(
			`${pass ? 'PASS' : 'FAIL'}  ${b.label}: ${value} ${b.unit} (budget ${limit} ${b.unit})`
		);
		return { ...b, value, pass };
	});
}
mkdirSync('bench', { recursive: true });
writeFileSync('bench/results.json', JSON.stringify(results, null, '\t') + '\n');
console.log('\nWrote bench/results.json');
