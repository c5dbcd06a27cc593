import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { storyLanguages } from './src/lib/i18n/languages.js';

const base = (process.env.BASE_PATH ?? '').replace(/\/$/, '');
if (base && !base.startsWith('/')) {
	throw new Error(`BASE_PATH must start with "/" (got "${base}"), e.g. BASE_PATH=/chronomap`);
}

// CHRONOMAP_OUT names the output folder (`build` by default), so that a second story can be built
// beside the main one without touching it; its SvelteKit working files get their own folder too.
const out = process.env.CHRONOMAP_OUT ?? 'build';
if (!/^[\w.-]+$/.test(out) || out.startsWith('.')) {
	throw new Error(`CHRONOMAP_OUT must be a folder name such as build-apollo (got "${out}")`);
}

// Each language after the first is an edition at /<lang>/ (site.yaml `languages`). Its pages are
// found by following links from its home page; its data files are read by scripts, not linked.
const editions = storyLanguages()
	.slice(1)
	.flatMap((lang) => [
		`/${lang}`,
		...['model', 'plans', 'twin', 'locator'].map((kind) => `/${lang}/data/${kind}.json`)
	]);

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: {
		runes: ({ filename }) => (filename.split(/[/\\]/).includes('node_modules') ? undefined : true)
	},
	kit: {
		// 404.html: static hosts (GitHub Pages among them) serve it for unknown paths.
		adapter: adapter({ pages: out, assets: out, strict: true, fallback: '404.html' }),
		outDir: out === 'build' ? '.svelte-kit' : `.svelte-kit-${out}`,
		paths: { base, relative: true },
		inlineStyleThreshold: 20000,
		// Registered by the story pages themselves (StoryProvider), not by the benchmark page.
		serviceWorker: { register: false },
		prerender: {
			handleHttpError: 'fail',
			handleMissingId: 'fail',
			entries: ['*', ...editions],
			// A story without photographs has no image files for /media/ to write; any other
			// route that is never written still fails the build.
			handleUnseenRoutes: ({ routes, message }) => {
				if (routes.some((route) => route !== '/media/[...file]')) throw new Error(message);
			}
		},
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				// MapLibre's worker is a same-origin module file (load.ts setWorkerUrl), started
				// with `new Worker(url)`: it needs neither blob: nor data: (those only for a worker
				// on another origin, or a page whose origin is opaque).
				'script-src': ['self'],
				'worker-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				// The site has no forms that submit anywhere.
				'form-action': ['none']
				// frame-ancestors cannot be set in a meta tag: the host sends it (README, Deploy).
			}
		}
	}
};

export default config;
