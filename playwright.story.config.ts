import { defineConfig } from '@playwright/test';
import { chromiumArgs } from './playwright.config';

/**
 * The end-to-end checks of a second story, built into its own folder:
 * `CHRONOMAP_DATA=tests/fixtures/apollo CHRONOMAP_OUT=build-apollo npm run build`, then
 * `npx playwright test -c playwright.story.config.ts`. The folder is served as a static host
 * would serve it, on its own port (STORY_PORT, else PORT + 2), so it can run beside the main
 * story's preview.
 */
export const storyOut = process.env.CHRONOMAP_OUT ?? 'build-apollo';
export const storyPort = Number(process.env.STORY_PORT ?? Number(process.env.PORT ?? 4173) + 2);
// The guard in tests/e2e/fixtures.ts treats this server as the local one.
process.env.E2E_PORT = String(storyPort);

export default defineConfig({
	testDir: 'tests/story',
	// Maps the build's virtual site settings for the modules the tests import.
	tsconfig: './tests/tsconfig.e2e.json',
	testMatch: '**/*.story.ts',
	workers: 1,
	forbidOnly: !!process.env.CI,
	retries: 0,
	timeout: 60_000,
	reporter: [['list']],
	use: {
		baseURL: `http://127.0.0.1:${storyPort}`,
		browserName: 'chromium',
		viewport: { width: 1280, height: 800 },
		screenshot: 'only-on-failure',
		launchOptions: {
			executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
			args: chromiumArgs
		}
	},
	webServer: {
		command: `node tests/story/serve.mjs ${storyOut} ${storyPort}`,
		url: `http://127.0.0.1:${storyPort}/`,
		reuseExistingServer: false,
		timeout: 30_000
	}
});
