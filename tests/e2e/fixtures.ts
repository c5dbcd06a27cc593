/**
 * The test fixture every end-to-end test uses, automatically: requests to any host other than the
 * local server are aborted and recorded, and console errors and uncaught exceptions of every page
 * the test opens are collected. After each test both lists must be empty. A test that provokes an
 * error on purpose says which with `guard.allow(pattern)`.
 */
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';

export interface Guard {
	/** Requests that tried to leave the local server. */
	external: string[];
	/** Console errors and uncaught exceptions. */
	errors: string[];
	/** Accepts console errors matching `pattern` for the rest of the test. */
	allow: (pattern: RegExp) => void;
}

// E2E_PORT: set by playwright.story.config.ts, whose server runs on a port of its own.
const port = Number(process.env.E2E_PORT ?? process.env.PORT ?? 4173);
export const LOCAL = new RegExp(`^(http://127\\.0\\.0\\.1:${port}/|data:|blob:)`);

function watch(page: Page, guard: Guard, allowed: RegExp[]) {
	const record = (text: string) => {
		if (!allowed.some((p) => p.test(text))) guard.errors.push(`${page.url()}: ${text}`);
	};
	page.on('console', (m) => {
		if (m.type() === 'error') record(m.text());
	});
	page.on('pageerror', (e) => record(e.message));
}

/** Guards a context: every page in it, now and later. */
export async function guardContext(context: BrowserContext): Promise<Guard> {
	const allowed: RegExp[] = [];
	const guard: Guard = { external: [], errors: [], allow: (p) => void allowed.push(p) };
	await context.route(
		(url) => !LOCAL.test(url.href),
		(route) => {
			guard.external.push(route.request().url());
			return route.abort('blockedbyclient');
		}
	);
	for (const page of context.pages()) watch(page, guard, allowed);
	context.on('page', (page) => watch(page, guard, allowed));
	return guard;
}

/** Guards one page's context (for contexts a test makes itself). */
export const guardPage = (page: Page) => guardContext(page.context());

export const test = base.extend<{ guard: Guard }>({
	guard: [
		async ({ context }, use) => {
			const guard = await guardContext(context);
			await use(guard);
			expect(guard.external, 'requests to other hosts').toEqual([]);
			expect(guard.errors, 'console errors').toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };

/** Opens a path and waits until the page has hydrated (its keyboard handlers are in place). */
export async function open(page: Page, path: string) {
	const response = await page.goto(path);
	await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');
	return response;
}
