import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';

const ROUTES = [
	'/',
	'/explore',
	'/present',
	'/present/geneva',
	'/present/speaker',
	'/present/handout',
	'/about',
	'/chronology'
];

for (const path of ROUTES) {
	test(`${path} answers 200 with a heading, no console error and no outside request`, async ({
		page,
		guard
	}) => {
		const response = await page.goto(path);
		expect(response?.status()).toBe(200);
		await expect(page.locator('h1')).toHaveCount(1);
		await expect(page.locator('h1')).not.toBeEmpty();
		await page.waitForLoadState('networkidle');
		expect(guard.external).toEqual([]);
	});

	test(`${path} has no axe-core violations`, async ({ page, guard }) => {
		await page.goto(path);
		await page.waitForLoadState('networkidle');
		const results = await new AxeBuilder({ page }).analyze();
		expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
		expect(guard.errors).toEqual([]);
	});
}

test('an unknown event in the URL shows a polite notice and the default view', async ({
	page,
	guard
}) => {
	await page.goto('/explore?event=no-such-event&region=UA-14');
	const notice = page.locator('.notices[role="status"]');
	await expect(notice).toContainText('no-such-event');
	await expect(page).toHaveURL(/region=UA-14/);
	await expect(page).not.toHaveURL(/no-such-event/);
	await page.getByRole('button', { name: /dismiss/i }).click();
	await expect(notice).not.toContainText('no-such-event');
	expect(guard.errors).toEqual([]);
});

test('an unknown page lands on a helpful not-found page', async ({ page }) => {
	const response = await page.goto('/no-such-page');
	expect(response?.status()).toBe(404);
	await expect(page.locator('h1')).toHaveText(/does not exist/);
	await expect(page.getByRole('link', { name: /read the story/i })).toBeVisible();
});
