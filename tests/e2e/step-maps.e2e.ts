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
	test(`the map file of “${s.id}” labels each of its places, every text inside the frame`, async ({
		page
	}) => {
		const res = await page.goto(`/maps/${s.id}.svg`);
		expect(res?.ok()).toBe(true);
		expect(res?.headers()['content-type']).toContain('image/svg+xml');
		// Measured as the browser sets the text, in the fallback font an image gets.
		const texts = await page.evaluate(() => {
			const svg = document.documentElement as unknown as SVGSVGElement;
			const { width, height } = svg.viewBox.baseVal;
			const frame = svg.getBoundingClientRect();
			const k = width / frame.width;
			return {
				width,
				height,
				boxes: [...svg.querySelectorAll('text')].map((t) => {
					const b = t.getBoundingClientRect();
					return {
						text: t.textContent ?? '',
						x0: (b.left - frame.left) * k,
						y0: (b.top - frame.top) * k,
						x1: (b.right - frame.left) * k,
						y1: (b.bottom - frame.top) * k
					};
				})
			};
		});
		for (const b of texts.boxes) {
			expect(b.x0, b.text).toBeGreaterThanOrEqual(0);
			expect(b.y0, b.text).toBeGreaterThanOrEqual(0);
			expect(b.x1, b.text).toBeLessThanOrEqual(texts.width);
			expect(b.y1, b.text).toBeLessThanOrEqual(texts.height);
		}
		for (const id of s.places) {
			const name = placeName.get(id)!;
			expect(
				texts.boxes.some((b) => b.text === name),
				`${name} on ${s.id}`
			).toBe(true);
		}
	});
}
