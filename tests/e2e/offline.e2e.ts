import type { Page } from '@playwright/test';
import { readChronology } from '../../src/lib/server/content';
import { expect, guardContext, open, test } from './fixtures';

const ROUTES = ['/', '/explore', '/present', '/present/geneva', '/present/speaker', '/about'];
const steps = readChronology().steps.map((s) => s.id);

async function workerInControl(page: Page) {
	await page.evaluate(async () => {
		const registration = await navigator.serviceWorker.ready;
		if (registration.active?.state !== 'activated') {
			await new Promise<void>((done) =>
				registration.active?.addEventListener('statechange', () => done())
			);
		}
	});
	await expect
		.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), {
			timeout: 30_000
		})
		.toBe(true);
}

/** Bytes stored in the site's caches, as the browser holds them, but for the paths in `leave`. */
const storedBytes = (page: Page, leave: readonly string[] = []) =>
	page.evaluate(async (leave) => {
		let total = 0;
		for (const name of await caches.keys()) {
			const cache = await caches.open(name);
			for (const request of await cache.keys()) {
				if (leave.includes(new URL(request.url).pathname)) continue;
				const response = await cache.match(request);
				total += (await response?.blob())?.size ?? 0;
			}
		}
		return total;
	}, leave);

test('a first visit stores at most 2 MB as the worker installs', async ({ page, context }) => {
	// What the page fetches once the worker is in control is stored as it is used, not by the
	// install: the story's map, started in a quiet moment, may fetch its engine (2.5 MB) just
	// then. The context sees the map's own worker fetching its script too.
	const used: string[] = [];
	context.on('response', (r) => {
		if (r.fromServiceWorker()) used.push(new URL(r.url()).pathname);
	});
	await open(page, '/');
	await workerInControl(page);
	const bytes = await storedBytes(page, used);
	expect(bytes).toBeGreaterThan(100_000);
	expect(bytes / 1e6).toBeLessThanOrEqual(2);
});

test('the worker is registered once the page has loaded and settled, not while it starts', async ({
	page
}) => {
	await open(page, '/');
	await page.waitForFunction(() => document.readyState === 'complete');
	// Its install stores the app shell: on a phone that would slow the page's own first seconds.
	expect(await page.evaluate(() => navigator.serviceWorker.getRegistration())).toBeUndefined();
	await workerInControl(page);
});

test('every route seen once reloads with the network off', async ({ page, context, guard }) => {
	test.setTimeout(120_000);
	// The page never seen below answers 404 on purpose.
	guard.allow(/status of 404/);
	await open(page, '/');
	await workerInControl(page);
	// A reader's visit: each page once, online.
	for (const route of ROUTES) await open(page, route);
	await context.setOffline(true);
	for (const route of ROUTES) {
		const response = await page.goto(route);
		expect(response?.ok(), route).toBe(true);
		await expect(page.locator('h1').first(), route).not.toBeEmpty();
	}
	// A page never seen answers with the not-found page, not with another page.
	const unseen = await page.goto('/no-such-page');
	expect(unseen?.status()).toBe(404);
	await expect(page.locator('h1')).toHaveText(/does not exist/);
	await context.setOffline(false);
});

/** Whether the site's caches hold `path`. */
const isStored = (page: Page, path: string) =>
	page.evaluate(async (p) => {
		for (const name of await caches.keys()) {
			if (await (await caches.open(name)).match(p)) return true;
		}
		return false;
	}, path);

const donbas = /withdrawal from the rest of Donetsk/i;

test('Explore seen once keeps its plan table working offline, unscrolled to', async ({
	page,
	context,
	guard
}) => {
	test.setTimeout(90_000);
	// The live map was not wanted before the network went: its engine is not stored, and the
	// drawn map stays.
	guard.allow(/status of 503/);
	await open(page, '/');
	await workerInControl(page);
	// The table's plans are fetched on demand; a quiet moment after the page has loaded, anyway.
	await open(page, '/explore');
	await expect.poll(() => isStored(page, '/data/plans.json'), { timeout: 30_000 }).toBe(true);
	await context.setOffline(true);
	await open(page, '/explore');
	await page.getByRole('rowheader').getByRole('button', { name: donbas }).click();
	await expect(page).toHaveURL(/topic=donetsk-withdrawal-buffer-zone/);
	await context.setOffline(false);
});

test('a plan table whose plans cannot be had stays readable, says so, and tries again', async ({
	browser
}) => {
	const context = await browser.newContext({ serviceWorkers: 'block' });
	const guard = await guardContext(context);
	guard.allow(/Failed to load resource|Failed to fetch|ERR_INTERNET_DISCONNECTED/);
	const page = await context.newPage();
	let isDown = true;
	await page.route('**/data/plans.json', (route) =>
		isDown ? route.abort('internetdisconnected') : route.continue()
	);
	await open(page, '/explore');
	const row = page.getByRole('rowheader').getByRole('button', { name: donbas });
	await row.click();
	await expect(page.getByRole('status').filter({ hasText: 'shown as text' }).first()).toBeVisible();
	// The server's table is all there to read.
	await expect(
		page.locator('section[aria-labelledby="plans-title"] tbody tr').first()
	).toBeVisible();
	await expect(page).not.toHaveURL(/topic=/);
	isDown = false;
	await row.click();
	await expect(page).toHaveURL(/topic=donetsk-withdrawal-buffer-zone/);
	// The positions below it are still waiting; the table's note is gone.
	await expect(
		page.locator('section[aria-labelledby="plans-title"]').getByText('shown as text')
	).toHaveCount(0);
	expect(guard.external).toEqual([]);
	expect(guard.errors).toEqual([]);
	await context.close();
});

test('"Save for offline use" stores the whole presentation ahead of a lesson', async ({
	page,
	context
}) => {
	test.setTimeout(180_000);
	await open(page, '/present');
	await workerInControl(page);
	await page.reload();
	const save = page.getByRole('button', { name: 'Save for offline use' });
	await expect(save).toBeVisible({ timeout: 30_000 });
	// The size is said before anything is downloaded.
	await expect(page.getByText(/\d+ files, about [\d.]+ MB to download/)).toBeVisible();
	await save.click();
	await expect(page.getByText('Saved: the whole presentation works')).toBeVisible({
		timeout: 120_000
	});
	await context.setOffline(true);
	for (const id of [steps.at(-1)!, steps[0]!]) {
		const response = await page.goto(`/present/${id}`);
		expect(response?.ok(), id).toBe(true);
	}
	const handout = await page.goto('/present/handout');
	expect(handout?.ok()).toBe(true);
	await open(page, `/present/${steps[1]}`);
	await page.keyboard.press('ArrowRight');
	await expect(page).toHaveURL(new RegExp(`/present/${steps[2]}`));
	await context.setOffline(false);
});

test('a newer version that takes over says so, and a reload uses it', async ({ page }) => {
	test.setTimeout(90_000);
	await open(page, '/present');
	await workerInControl(page);
	// A first visit's worker taking control is not news.
	const notice = page.getByTestId('update-notice');
	await expect(notice).toBeEmpty();
	await expect(notice).toHaveAttribute('role', 'status');
	// A deploy, as the page sees it: another worker script installs and takes over.
	await page.evaluate(() =>
		navigator.serviceWorker.register(`${location.origin}/service-worker.js?build=next`)
	);
	await expect(notice).toContainText('A newer version is available — reload', {
		timeout: 30_000
	});
	await notice.getByRole('button', { name: 'Reload' }).click();
	await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');
	await expect(page.getByTestId('update-notice')).toBeEmpty();
});
