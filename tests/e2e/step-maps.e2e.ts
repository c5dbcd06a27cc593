import type { Locator } from '@playwright/test';
import { readChronology } from '../../src/lib/server/content';
import { expect, test } from './fixtures';

const model = readChronology();
const steps = model.steps;
const placeName = new Map(model.places.map((p) => [p.id, p.name.en]));

/** Waits for an image to finish loading and returns its natural width (0: it failed). */
const loadedWidth = (img: Locator) =>
	expect
		.poll(() => img.evaluate((i: HTMLImageElement) => (i.complete ? i.naturalWidth : -1)), {
			timeout: 10_000
		})
		.toBeGreaterThan(0);

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the flat article shows each step’s own map file, loaded', async ({ page }) => {
		await page.goto('/');
		for (const s of steps) {
			const img = page.locator(`section#${s.id} img.step-map`);
			await expect(img).toHaveAttribute('src', new RegExp(`maps/${s.id}\\.svg$`));
			await img.scrollIntoViewIfNeeded();
			await loadedWidth(img);
		}
	});
});

test('the handout shows each step’s own map file, loaded, with its caption', async ({ page }) => {
	await page.goto('/present/handout');
	await expect(page.locator('.sheet img.step-map')).toHaveCount(steps.length);
	for (const [i, s] of steps.entries()) {
		const sheet = page.locator('.sheet').nth(i);
		const img = sheet.locator('img.step-map');
		await expect(img).toHaveAttribute('src', new RegExp(`maps/${s.id}\\.svg$`));
		await expect(img).toHaveAttribute('loading', 'eager');
		await loadedWidth(img);
		await expect(sheet.locator('.map figcaption')).toHaveText(/^Map: /);
	}
});

for (const s of steps) {
	test(`the map file of “${s.id}” labels each of its places inside the frame`, async ({
		request
	}) => {
		const res = await request.get(`/maps/${s.id}.svg`);
		expect(res.ok()).toBe(true);
		expect(res.headers()['content-type']).toContain('image/svg+xml');
		const svg = await res.text();
		const [, , width, height] = /viewBox="([\d.\s-]+)"/.exec(svg)![1]!.split(/\s+/).map(Number) as [
			number,
			number,
			number,
			number
		];
		const texts = [...svg.matchAll(/<text x="([\d.-]+)" y="([\d.-]+)"[^>]*>([^<]*)<\/text>/g)].map(
			(m) => ({ x: Number(m[1]), y: Number(m[2]), text: m[3]! })
		);
		for (const id of s.places) {
			const name = placeName.get(id)!;
			const label = texts.find((t) => t.text === name);
			expect(label, `${name} on ${s.id}`).toBeDefined();
			expect(label!.x).toBeGreaterThan(0);
			expect(label!.x).toBeLessThan(width);
			expect(label!.y).toBeGreaterThan(0);
			expect(label!.y).toBeLessThan(height);
		}
	});
}
