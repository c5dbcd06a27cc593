/**
 * Every route of a second story (tests/fixtures/apollo, built into its own folder): each answers,
 * with no console error, no request to another host and no axe-core violation, and none of its
 * text names the main story. Proves that the engine is not tied to one story.
 */
import AxeBuilder from '@axe-core/playwright';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { storyOut } from '../../playwright.story.config';
import { expect, test } from '../e2e/fixtures';

/** Words of the main story that no page of another story may contain. */
const FOREIGN = /Ukrain|Donbas|Kremlin|Russia/i;

const steps = readdirSync(join(storyOut, 'present'))
	.filter((f) => f.endsWith('.html') && f !== 'speaker.html' && f !== 'handout.html')
	.map((f) => f.replace(/\.html$/, ''));

const PAGES = [
	'/',
	'/explore',
	'/present',
	...steps.map((s) => `/present/${s}`),
	'/present/speaker',
	'/present/handout',
	'/about',
	'/chronology',
	'/explore/places',
	'/explore/sources'
];

const FILES = [
	'/downloads/events.csv',
	'/downloads/events.json',
	'/downloads/plans.csv',
	...steps.map((s) => `/maps/${s}.svg`),
	// The explore map's first paint, full size and for phones.
	...['', 'small/'].flatMap((size) =>
		readdirSync(join(storyOut, 'maps', 'view', size))
			.filter((f) => f.endsWith('.svg'))
			.map((f) => `/maps/view/${size}${f}`)
	)
];

test('the story has steps to visit', () => {
	expect(steps.length).toBeGreaterThanOrEqual(4);
});

for (const path of PAGES) {
	test(`${path}: answers, no error, no outside request, axe-clean, only its own story`, async ({
		page,
		guard
	}) => {
		const response = await page.goto(path);
		expect(response?.status()).toBe(200);
		await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');
		await expect(page.locator('h1')).toHaveCount(1);
		await expect(page.locator('h1')).not.toBeEmpty();
		await page.waitForLoadState('networkidle');
		const text = `${await page.title()}\n${await page.locator('body').innerText()}`;
		expect(text.match(FOREIGN)?.[0] ?? null).toBeNull();
		const results = await new AxeBuilder({ page }).analyze();
		expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
		expect(guard.external).toEqual([]);
		expect(guard.errors).toEqual([]);
	});
}

for (const path of FILES) {
	test(`${path}: answers and names only its own story`, async ({ request }) => {
		const response = await request.get(path);
		expect(response.status()).toBe(200);
		const text = await response.text();
		expect(text.length).toBeGreaterThan(0);
		expect(text.match(FOREIGN)?.[0] ?? null).toBeNull();
	});
}

test('an unknown page answers 404 with the not-found page', async ({ page, guard }) => {
	// The page's script reports the missing route as it starts, as on any static host.
	guard.allow(/status of 404|Not found: \/no-such-page/);
	const response = await page.goto('/no-such-page');
	expect(response?.status()).toBe(404);
	await expect(page.locator('h1')).toHaveText(/does not exist/);
	const text = await page.locator('body').innerText();
	expect(text.match(FOREIGN)?.[0] ?? null).toBeNull();
});
