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
					exclude: ['tests/unit/**/*.dom.test.ts']
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
			}
		]
	}
});
