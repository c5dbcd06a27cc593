// What the bench scripts share: the base URL, small number helpers, and a server for the built
// site (the one already answering at BENCH_BASE, or `vite preview` started here).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const BASE = process.env.BENCH_BASE ?? 'http://127.0.0.1:4173';
export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
export const r1 = (x) => (x == null ? null : Math.round(x * 10) / 10);
export const max = (xs) => (xs.length ? Math.max(...xs) : 0);
export const median = (xs) => {
	const s = xs.filter((x) => typeof x === 'number').sort((a, b) => a - b);
	if (!s.length) return null;
	const m = s.length >> 1;
	return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** 200 when the bench page is served, another status when something else answers, or 0. */
async function status() {
	try {
		return (await fetch(`${BASE}/bench`)).status;
	} catch {
		return 0;
	}
}
const serverUp = async () => (await status()) === 200;

/**
 * Makes sure the built site answers at BASE: returns null when it already does, else builds it
 * if needed and returns the `vite preview` process it started (kill it when done).
 */
export async function ensureServer() {
	const now = await status();
	if (now === 200) return null;
	if (now !== 0)
		throw new Error(
			`${BASE} answers ${now} for /bench: run npm run build, then restart the server`
		);
	if (!existsSync('build/bench.html')) {
		console.log('No build found: running npm run build …');
		const b = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
		if (b.status !== 0) throw new Error('npm run build failed');
	}
	const { port, hostname } = new URL(BASE);
	const child = spawn(
		process.execPath,
		[
			'node_modules/vite/bin/vite.js',
			'preview',
			'--host',
			hostname,
			'--port',
			port,
			'--strictPort'
		],
		{ stdio: 'ignore' }
	);
	for (let i = 0; i < 100 && !(await serverUp()); i++) await sleep(200);
	if (!(await serverUp())) throw new Error(`preview server did not start on ${BASE}`);
	return child;
}
