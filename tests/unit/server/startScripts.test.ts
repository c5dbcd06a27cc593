import { describe, expect, it } from 'vitest';
import { precacheList, startScripts } from '../../../src/lib/offline';

// A built site in miniature: two entries, route nodes, static and dynamic imports.
const FILES: Record<string, string> = {
	'/_app/immutable/entry/start.A.js': 'import{a}from"../chunks/runtime.js";export{a};',
	'/_app/immutable/entry/app.B.js':
		'import"../chunks/runtime.js";const n=[()=>import("../nodes/0.C.js"),()=>import("../nodes/3.D.js")];',
	'/_app/immutable/nodes/0.C.js': 'import{x}from"../chunks/layout.js";',
	'/_app/immutable/nodes/3.D.js':
		'import{y}from"../chunks/page.js";const map=()=>import(`../chunks/maplibre.js`);',
	'/_app/immutable/nodes/5.E.js': 'import"../chunks/other.js";',
	'/_app/immutable/chunks/runtime.js': '',
	'/_app/immutable/chunks/layout.js': 'import{r}from"./runtime.js";',
	'/_app/immutable/chunks/page.js': 'import{r}from"./runtime.js";import"./shared.js";',
	'/_app/immutable/chunks/shared.js': '',
	'/_app/immutable/chunks/maplibre.js': '',
	'/_app/immutable/chunks/other.js': ''
};
const build = [...Object.keys(FILES), '/_app/immutable/assets/noto-sans-latin-400-normal.X.woff2'];
const HTML = `<html><head><link href="./_app/immutable/assets/0.css" rel="stylesheet"></head><body>
<script>{ const element = document.currentScript.parentElement;
Promise.all([import("./_app/immutable/entry/start.A.js"), import("./_app/immutable/entry/app.B.js")])
.then(([kit, app]) => { kit.start(app, element, { node_ids: [0, 3], data: [] }); }); }</script></body></html>`;
const textOf = async (path: string) => FILES[path] ?? (path.endsWith('.js') ? null : HTML);

describe('startScripts', () => {
	it('follows the entries and the hydrated nodes through their static imports only', async () => {
		const scripts = await startScripts(HTML, 'http://localhost/', build, textOf);
		expect(scripts.sort()).toEqual(
			[
				'/_app/immutable/entry/start.A.js',
				'/_app/immutable/entry/app.B.js',
				'/_app/immutable/nodes/0.C.js',
				'/_app/immutable/nodes/3.D.js',
				'/_app/immutable/chunks/runtime.js',
				'/_app/immutable/chunks/layout.js',
				'/_app/immutable/chunks/page.js',
				'/_app/immutable/chunks/shared.js'
			].sort()
		);
	});

	it('gives a first visit the scripts its shell pages start with', async () => {
		const list = await precacheList({ build, files: [], prerendered: [] }, '', textOf);
		expect(list).toContain('/_app/immutable/chunks/shared.js');
		expect(list).toContain('/_app/immutable/assets/0.css');
		expect(list).not.toContain('/_app/immutable/chunks/maplibre.js');
		expect(list).not.toContain('/_app/immutable/nodes/5.E.js');
	});
});
