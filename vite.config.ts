import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	// maplibre-gl is one ~1.1 MB chunk, loaded lazily by the map only.
	build: { chunkSizeWarningLimit: 1200 },
	server: { fs: { allow: ['data'] } },
	test: {
		expect: { requireAssertions: true },
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
