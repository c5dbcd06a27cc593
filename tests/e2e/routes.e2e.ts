import AxeBuilder from '@axe-core/playwright';
import { expect, open, test } from './fixtures';

const ROUTES = [
	'/',
	'/explore',
	'/present',
	'/present/geneva',
	'/present/speaker',
	'/present/handout',
	'/about',
	'/chronology',
	'/explore/places',
	'/explore/sources'
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

test('an unknown page lands on a helpful not-found page', async ({ page, guard }) => {
	guard.allow(/status of 404/);
	const response = await page.goto('/no-such-page');
	expect(response?.status()).toBe(404);
	await expect(page.locator('h1')).toHaveText(/does not exist/);
	await expect(page.getByRole('link', { name: /read the story/i })).toBeVisible();
});

test.describe('at 320 px wide', () => {
	test.use({ viewport: { width: 320, height: 640 } });
	for (const path of ['/', '/explore', '/about', '/present/speaker']) {
		test(`${path} does not scroll sideways`, async ({ page }) => {
			await open(page, path);
			await page.waitForLoadState('networkidle');
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth
			);
			expect(overflow).toBe(0);
		});
	}
	test('the speaker view keeps its clock and its Next button on screen', async ({ page }) => {
		await open(page, '/present/speaker');
		for (const el of [
			page.getByText(/^Clock/).first(),
			page.getByRole('button', { name: 'Next →' })
		]) {
			const box = (await el.boundingBox())!;
			expect(box.x).toBeGreaterThanOrEqual(0);
			expect(box.x + box.width).toBeLessThanOrEqual(320);
		}
	});
});

test('the page’s security policy: own scripts only, no blob:, no form posts, no foreign base', async ({
	page
}) => {
	await page.goto('/explore');
	const csp = await page
		.locator('meta[http-equiv="content-security-policy"]')
		.getAttribute('content');
	const directives = Object.fromEntries(
		csp!.split(';').map((d) => {
			const [name, ...values] = d.trim().split(/\s+/);
			return [name, values];
		})
	);
	expect(directives['script-src']).toContain("'self'");
	expect(directives['script-src']).not.toContain('blob:');
	expect(directives['worker-src']).toEqual(["'self'"]);
	expect(directives['form-action']).toEqual(["'none'"]);
	expect(directives['base-uri']).toEqual(["'self'"]);
	// The map's worker still starts under it.
	await page.keyboard.press('Shift');
	await expect(page.getByTestId('map')).toHaveAttribute('data-state', 'idle', { timeout: 30_000 });
});
