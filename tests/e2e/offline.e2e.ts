import { expect, open, test } from './fixtures';

const ROUTES = ['/', '/explore', '/present', '/present/geneva', '/present/speaker', '/about'];

test('after one visit every route reloads with the network off', async ({ page, context }) => {
	test.setTimeout(90_000);
	await page.goto('/');
	// The service worker caches the whole site on install.
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
	await context.setOffline(true);
	for (const route of ROUTES) {
		const response = await page.goto(route);
		expect(response?.ok(), route).toBe(true);
		await expect(page.locator('h1').first(), route).not.toBeEmpty();
	}
	await open(page, '/present/geneva');
	await page.keyboard.press('ArrowRight');
	await expect(page).toHaveURL(/\/present\/abu-dhabi/);
	await context.setOffline(false);
});
