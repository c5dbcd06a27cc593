import { defineConfig } from '@playwright/test';

/** Debian's Chromium, flags that keep it off the network and give it software WebGL. */
export const chromiumArgs = [
	'--no-sandbox',
	'--enable-unsafe-swiftshader',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-quic'
];

/** The preview port; `PORT=4180 npm test` lets two checkouts test side by side. */
export const port = Number(process.env.PORT ?? 4173);

export default defineConfig({
	testDir: 'tests/e2e',
	// Maps the build's virtual site settings for the modules the tests import.
	tsconfig: './tests/tsconfig.e2e.json',
	testMatch: '**/*.e2e.ts',
	workers: 1,
	forbidOnly: !!process.env.CI,
	retries: 0,
	timeout: 60_000,
	reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		browserName: 'chromium',
		viewport: { width: 1280, height: 800 },
		screenshot: 'only-on-failure',
		trace: 'retain-on-failure',
		launchOptions: {
			executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
			args: chromiumArgs
		}
	},
	// Tests run against the built site (`npm run build` first), as it will be deployed.
	webServer: {
		command: `node node_modules/vite/bin/vite.js preview --host 127.0.0.1 --port ${port} --strictPort`,
		url: `http://127.0.0.1:${port}/`,
		reuseExistingServer: !process.env.CI,
		timeout: 60_000
	}
});
