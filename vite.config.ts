import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import { fileURLToPath } from 'node:url';
import { forBrowser, readSiteSettings } from './src/lib/server/siteSettings';
import { storyLanguages } from './src/lib/i18n/languages.js';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * `virtual:chronomap-content` is the content reader (src/lib/server/payload.ts) when a page is
 * prerendered, and a fetch of the prerendered JSON (src/lib/data/payload.browser.ts) in the
 * browser: the pages render the content without carrying it in their HTML.
 */
function contentSource(): Plugin {
	const file = (path: string) => fileURLToPath(new URL(path, import.meta.url));
	return {
		name: 'chronomap-content-source',
		enforce: 'pre',
		resolveId(id, _importer, options) {
			if (id !== 'virtual:chronomap-content') return null;
			return options?.ssr
				? file('./src/lib/server/payload.ts')
				: file('./src/lib/data/payload.browser.ts');
		}
	};
}

/**
 * `virtual:chronomap-site` is the story's `site.yaml` (the folder CHRONOMAP_DATA names, else
 * data/), validated, as one constant of the build per language (src/lib/server/siteSettings.ts):
 * the map's views, layers and credits, which the map modules read where they are declared. `npm run check:data` reports its errors by file,
 * entry and field before the build gets here; a folder without the file gets the defaults.
 */
function storySite(): Plugin {
	const id = 'virtual:chronomap-site';
	return {
		name: 'chronomap-site',
		enforce: 'pre',
		resolveId: (source) => (source === id ? `\0${id}` : null),
		load(source, options) {
			if (source !== `\0${id}`) return null;
			const sites = readSiteSettings(undefined, (path) => this.addWatchFile(path));
			// The browser gets what its pages run with: the About page's texts come with that page's
			// data, and the tags' words with the model, each in the page's language only.
			return `export default ${JSON.stringify(options?.ssr ? sites : forBrowser(sites))};`;
		}
	};
}

/**
 * The interface's messages (messages/<lang>.json), compiled to one function per message, so a
 * page's JavaScript holds only the messages it uses. The language of a page is its URL's: the
 * story's first language at `/`, each other one at `/<lang>/` (site.yaml `languages`).
 */
function messages() {
	const base = (process.env.BASE_PATH ?? '').replace(/\/$/, '');
	const [first, ...others] = storyLanguages();
	const origin = ':protocol://:domain(.*)::port?';
	// Paraglide's own patterns (the base language at `/`, the others at `/<lang>/`) need no URL
	// pattern code in the page; only a base path or another first language need patterns of our own.
	const isDefault = !base && first === 'en';
	return paraglideVitePlugin({
		project: './project.inlang',
		outdir: './src/lib/paraglide',
		strategy: ['url', 'baseLocale'],
		urlPatterns: isDefault
			? undefined
			: ([
					{
						pattern: `${origin}${base}/:path(.*)?`,
						localized: [
							...others.map((l): [string, string] => [l, `${origin}${base}/${l}/:path(.*)?`]),
							[first!, `${origin}${base}/:path(.*)?`]
						]
					}
				] as never),
		emitGitIgnore: true,
		emitPrettierIgnore: true
	});
}

export default defineConfig({
	// Tests run on messages compiled beforehand (npm run i18n), without the compiler's watcher.
	plugins: [...(process.env.VITEST ? [] : [messages()]), contentSource(), storySite(), sveltekit()],
	// maplibre-gl is one ~1.1 MB chunk, loaded lazily by the map only.
	build: {
		// Fonts stay files, never data: URLs, which the pages' Content-Security-Policy (font-src
		// 'self') refuses: the small Latin Extended subsets would otherwise be inlined.
		assetsInlineLimit: (file: string) => (file.endsWith('.woff2') ? false : undefined),
		chunkSizeWarningLimit: 1200,
		// A module imported later (a page's code, the timeline, the map) brings its styles along, but
		// its scripts are not announced with <link rel="modulepreload"> tags: adding those tags while
		// the page starts cost more main-thread time on a phone than the round trips they save.
		modulePreload: { resolveDependencies: (_file, deps) => deps.filter((d) => d.endsWith('.css')) },
		// Named, so the service worker can tell the map engine from the pages' code (lib/offline.ts).
		rollupOptions: {
			output: {
				manualChunks: (id) => (id.includes('/node_modules/maplibre-gl/') ? 'maplibre' : undefined)
			}
		}
	},
	server: { fs: { allow: ['data'] } },
	test: {
		expect: { requireAssertions: true },
		// The real and the fixture content, parsed once per run and injected into the tests.
		globalSetup: ['tests/unit/setup/content.ts'],
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					environment: 'node',
					include: ['tests/unit/**/*.test.ts'],
					exclude: ['tests/unit/**/*.dom.test.ts', 'tests/unit/**/*.browser.test.ts']
				}
			},
			{
				extends: true,
				plugins: [svelteTesting()],
				test: {
					name: 'dom',
					environment: 'happy-dom',
					include: ['tests/unit/**/*.dom.test.ts']
				}
			},
			{
				// Real Chromium with software WebGL, for the map (TOOLCHAIN.md §3).
				extends: true,
				// Bundled before the tests start: a dependency found mid-run reloads the page under test.
				optimizeDeps: { include: ['maplibre-gl', 'd3-geo', 'topojson-client'] },
				test: {
					name: 'browser',
					include: ['tests/unit/**/*.browser.test.ts'],
					browser: {
						enabled: true,
						headless: true,
						instances: [{ browser: 'chromium' }],
						provider: (await import('@vitest/browser-playwright')).playwright({
							launchOptions: {
								executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
								args: [
									'--no-sandbox',
									'--enable-unsafe-swiftshader',
									'--disable-background-networking',
									'--disable-component-update',
									'--disable-sync',
									'--no-first-run',
									'--disable-quic'
								]
							}
						})
					}
				}
			}
		]
	}
});
