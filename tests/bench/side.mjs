// `npm run bench:side`: our timeline side by side with TimelineJS, in the shared harness
// (`../shared/bench-anchor`, or BENCH_ANCHOR). One session, one after the other: TimelineJS at
// 2 500 events, then our /bench at 10 000, the same cold-profile method for both. Prints both
// headline figures (ready after the next frame) and their ratio, and writes
// bench/side-results.json. The harness is copied to a scratch folder first (the shared one may
// be read-only) and its packages installed there once.
//
//   npm run bench:side                 3 runs each
//   BENCH_SIDE_RUNS=5 npm run bench:side
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { BASE, ensureServer, r1 } from './common.mjs';

const ANCHOR = resolve(process.env.BENCH_ANCHOR ?? '../shared/bench-anchor');
const RUNS = process.env.BENCH_SIDE_RUNS ?? '3';
const AIM = 30;
const THEIRS = { label: 'timelinejs', n: 2500 };
const OURS = { label: 'chronomap', n: 10000 };

if (!existsSync(join(ANCHOR, 'run.mjs'))) {
	console.error(`No harness at ${ANCHOR}: set BENCH_ANCHOR to the bench-anchor folder.`);
	process.exit(2);
}
const work = join(tmpdir(), 'chronomap-bench-anchor');
cpSync(ANCHOR, work, {
	recursive: true,
	filter: (from) => !['node_modules', 'results'].includes(basename(from))
});
if (!existsSync(join(work, 'node_modules'))) {
	console.log(`Installing the harness's packages in ${work} …`);
	// Its own settings, not this project's (`npm run` passes ours on, engine-strict among them).
	const env = Object.fromEntries(
		Object.entries(process.env).filter(([k]) => !k.toLowerCase().startsWith('npm_config_'))
	);
	if (spawnSync('npm', ['ci'], { cwd: work, stdio: 'inherit', env }).status !== 0)
		throw new Error('npm ci failed in the harness copy');
}

/** Runs the harness with the given arguments; resolves to the path of its raw results. */
function harness(args) {
	return new Promise((done, fail) => {
		const child = spawn(process.execPath, ['run.mjs', ...args], { cwd: work });
		let out = '';
		child.stdout.on('data', (b) => {
			out += b;
			process.stdout.write(b);
		});
		child.stderr.on('data', (b) => process.stderr.write(b));
		child.on('close', (code) => {
			const raw = /raw results: (\S+\.json)/.exec(out)?.[1];
			if (code === 0 && raw) done(resolve(work, raw));
			else fail(new Error(`the harness failed (exit ${code}): node run.mjs ${args.join(' ')}`));
		});
	});
}

/** The harness's summary for one size: the figures this comparison reports. */
function figures(path, n) {
	const s = JSON.parse(readFileSync(path, 'utf8')).summary[n];
	if (!s?.ok) throw new Error(`no successful run at n = ${n} in ${path}`);
	const pick = (k) =>
		s[k] ? { median: r1(s[k].median), min: r1(s[k].min), max: r1(s[k].max) } : null;
	return {
		n,
		runs: s.ok,
		readyFrameMs: pick('readyFrameMs'),
		nextEventMs: r1(s.navMedianMs?.median ?? null),
		zoomFps: r1(s.zoomFps?.median ?? null)
	};
}

const server = await ensureServer();
try {
	const at = new Date().toISOString();
	const theirs = figures(
		await harness(['--n', String(THEIRS.n), '--runs', RUNS, '--label', THEIRS.label]),
		THEIRS.n
	);
	const ours = figures(
		await harness([
			'--url',
			`${BASE}/bench?n={n}`,
			'--label',
			OURS.label,
			'--n',
			String(OURS.n),
			'--runs',
			RUNS
		]),
		OURS.n
	);
	const ratio = theirs.readyFrameMs.median / ours.readyFrameMs.median;
	const fmt = (f) =>
		`${f.readyFrameMs.median} ms (${f.readyFrameMs.min}–${f.readyFrameMs.max}, ${f.runs} runs), ` +
		`next event ${f.nextEventMs} ms, zoom ${f.zoomFps} fps`;
	console.log(`\nTimelineJS, ${THEIRS.n} events: ${fmt(theirs)}`);
	console.log(`Chronomap,  ${OURS.n} events: ${fmt(ours)}`);
	console.log(
		`Ready ${r1(ratio)} times sooner with four times the events ` +
			`(aim ${AIM} times: ${r1(theirs.readyFrameMs.median / AIM)} ms) — ` +
			(ratio >= AIM ? 'met' : 'not met')
	);
	mkdirSync('bench', { recursive: true });
	writeFileSync(
		'bench/side-results.json',
		JSON.stringify(
			{
				at,
				machine: { cpus: cpus().length, loadavg: loadavg().map(r1) },
				measure: 'ready after the next frame, cold profile (shared harness, readyFrameMs)',
				timelinejs: theirs,
				chronomap: ours,
				ratio: r1(ratio),
				aim: AIM
			},
			null,
			'\t'
		) + '\n'
	);
	console.log('Wrote bench/side-results.json');
} finally {
	server?.kill();
}
