import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { LATEST_MS, startAfterPaint } from '../../../src/lib/server/afterPaint';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

// The shape SvelteKit writes: a policy in the head, a start script at the end of the body.
const START = `
	{
		__sveltekit_x = { base: "" };
		const element = document.currentScript.parentElement;
		Promise.all([
			import("./_app/immutable/entry/start.A.js"),
			import("./_app/immutable/entry/app.B.js")
		]).then(([kit, app]) => {
			kit.start(app, element, { node_ids: [0, 2], data: [null, {"price":"$1"}] });
		});
	}
`;
const page = (script: string, policy = hash(script)) =>
	`<html><head><meta http-equiv="content-security-policy" content="script-src 'self' ${policy}; object-src 'none'"></head>` +
	`<body><div><p>Text</p><script>${script}</script></div></body></html>`;

const scriptOf = (html: string) => /<script>([\s\S]*?)<\/script>/.exec(html)![1]!;

describe('startAfterPaint', () => {
	it('starts the imports after the first contentful paint, or after the longest wait', () => {
		const out = scriptOf(startAfterPaint(page(START)));
		expect(out).toContain("getEntriesByName('first-contentful-paint')");
		expect(out).toContain(`setTimeout(once, ${LATEST_MS})`);
		expect(out).toMatch(
			/\.then\(\(\) => Promise\.all\(\[\s*import\("\.\/_app\/immutable\/entry\/start\.A\.js"\)/
		);
		// The element is still taken while the script runs, as document.currentScript needs.
		expect(out.indexOf('document.currentScript')).toBeLessThan(out.indexOf('PerformanceObserver'));
		// Data with "$" in it comes through as it was.
		expect(out).toContain('{"price":"$1"}');
	});

	it('updates the policy to the new script, and only that hash', () => {
		const html = startAfterPaint(page(START));
		const out = scriptOf(html);
		expect(html).toContain(hash(out));
		expect(html).not.toContain(hash(START));
		expect(html).toContain("object-src 'none'");
	});

	/** Runs the rewritten script with stand-ins for the browser; returns what it did. */
	function run(observer: 'paint' | 'unsupported') {
		const out = scriptOf(startAfterPaint(page(START)));
		const calls: string[] = [];
		const later = { frame: () => {}, paint: () => {}, timeout: () => {} };
		class Observer {
			constructor(callback: (list: unknown, o: unknown) => void) {
				if (observer === 'unsupported') throw new TypeError('not supported');
				later.paint = () =>
					callback({ getEntriesByName: (name: string) => (name ? [{ name }] : []) }, this);
			}
			observe() {}
			disconnect() {}
		}
		new Function(
			'document',
			'requestAnimationFrame',
			'setTimeout',
			'PerformanceObserver',
			'__import',
			out.replaceAll('import(', '__import(').replace('__sveltekit_x =', 'let __x =')
		)(
			{ currentScript: { parentElement: 'target' } },
			(f: () => void) => (later.frame = f),
			(f: () => void, ms: number) => (ms === 0 ? f() : (later.timeout = f)),
			Observer,
			async (path: string) => {
				calls.push(path);
				return { start: (_app: unknown, el: string) => calls.push(`start ${el}`) };
			}
		);
		const settle = () => new Promise((r) => setTimeout(r, 0));
		return { calls, later, settle };
	}
	const STARTED = [
		'./_app/immutable/entry/start.A.js',
		'./_app/immutable/entry/app.B.js',
		'start target'
	];

	it('runs: waits for the first contentful paint, then imports and starts, once', async () => {
		const { calls, later, settle } = run('paint');
		await settle();
		expect(calls).toEqual([]);
		later.paint();
		later.timeout();
		await settle();
		expect(calls).toEqual(STARTED);
	});

	it('runs: waits for the longest wait when nothing paints', async () => {
		const { calls, later, settle } = run('paint');
		later.timeout();
		await settle();
		expect(calls).toEqual(STARTED);
	});

	it('runs: waits for the next frame where paint timing is missing', async () => {
		const { calls, later, settle } = run('unsupported');
		await settle();
		expect(calls).toEqual([]);
		later.frame();
		await settle();
		expect(calls).toEqual(STARTED);
	});

	it('leaves a page without a start script, or without a policy to update, as it is', () => {
		const html = page('console.log(1)');
		expect(startAfterPaint(html)).toBe(html);
		const bare = `<html><body><script>${START}</script></body></html>`;
		expect(startAfterPaint(bare)).toBe(bare);
	});

	it('fails when the policy does not hash the start script', () => {
		expect(() => startAfterPaint(page(START, hash('something else')))).toThrow(/not hashed/);
	});
});
