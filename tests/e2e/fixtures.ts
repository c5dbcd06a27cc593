/**
 * The test fixture every end-to-end test uses: a page whose requests to any host other than the
 * local server are aborted and recorded, and whose console errors are collected. Each test ends
 * by asserting that both lists are empty.
 */
import { test as base, expect, type Page } from '@playwright/test';

export interface Guard {
	/** Requests that tried to leave the local server. */
	external: string[];
	/** Console errors and uncaught exceptions. */
	errors: string[];
}

const port = Number(process.env.PORT ?? 4173);
export const LOCAL = new RegExp(`^(http://127\\.0\\.0\\.1:${port}/|data:|blob:)`);

export async function guardPage(page: Page): Promise<Guard> {
	const guard: Guard = { external: [], errors: [] };
	await page.context().route(
		(url) => !LOCAL.test(url.href),
		(route) => {
			guard.external.push(route.request().url());
			return route.abort('blockedbyclient');
		}
	);
	page.on('console', (m) => {
		if (m.type() === 'error') guard.errors.push(m.text());
	});
	page.on('pageerror', (e) => guard.errors.push(e.message));
	return guard;
}

export const test = base.extend<{ guard: Guard }>({
	guard: async ({ page }, use) => {
		const guard = await guardPage(page);
		await use(guard);
		expect(guard.external, 'requests to other hosts').toEqual([]);
		expect(guard.errors, 'console errors').toEqual([]);
	}
});

export { expect };

/** Opens a path and waits until the page has hydrated (its keyboard handlers are in place). */
export async function open(page: Page, path: string) {
	const response = await page.goto(path);
	await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');
	return response;
}
