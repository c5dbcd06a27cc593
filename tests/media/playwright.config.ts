import { defineConfig } from '@playwright/test';
import { chromiumArgs, port } from '../../playwright.config';

/**
 * The media of the Apollo test story, on its own build: the story is built into build-apollo/
 * (CHRONOMAP_OUT), beside the main build, and served as plain files. `npm run test:e2e:media`.
 * The build also replaces what `vite preview` serves (.svelte-kit/output): build the main story
 * again before `npm run test:e2e`.
 */
export default defineConfig({
	testDir: '.',
	testMatch: '*.e2e.ts',
	workers: 1,
	forbidOnly: !!process.env.CI,
	retries: 0,
	timeout: 60_000,
	reporter: [['list']],
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		browserName: 'chromium',
		viewport: { width: 1280, height: 800 },
		trace: 'retain-on-failure',
		launchOptions: {
			executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
			args: chromiumArgs
		}
	},
	webServer: {
		command:
			`CHRONOMAP_DATA=tests/fixtures/apollo CHRONOMAP_OUT=build-apollo npm run --silent build >/dev/null && ` +
			`node tests/media/serve.mjs build-apollo ${port}`,
		cwd: '../..',
		url: `http://127.0.0.1:${port}/`,
		// Never the main story's preview, which may be listening on the same port.
		reuseExistingServer: false,
		timeout: 300_000
	}
});
