/**
 * The Apollo test story's photograph (NASA AS11-40-5903) and link card, as built: the image comes
 * in the sizes the build made, with its alt text, credit and licence, loads lazily with its size
 * set, and nothing is asked of another host. The guard of every e2e test (fixtures.ts) fails a
 * test on any request that leaves the local server.
 */
import type { Locator } from '@playwright/test';
import { expect, test } from '../e2e/fixtures';

const ALT = /An astronaut in a white spacesuit stands on grey lunar soil/;

/** The checks every view of the photograph shares. */
async function expectPhotograph(figure: Locator, loading: 'lazy' | 'eager' = 'lazy') {
	const img = figure.locator('img');
	await expect(img).toHaveAttribute('alt', ALT);
	await expect(img).toHaveAttribute('loading', loading);
	await expect(img).toHaveAttribute('decoding', 'async');
	await expect(img).toHaveAttribute('width', '640');
	await expect(img).toHaveAttribute('height', '669');
	await expect(img).toHaveAttribute(
		'srcset',
		/as11-40-5903-320\.jpg 320w, .*-640\.jpg 640w, .*-900\.jpg 900w/
	);
	await expect(figure.locator('source[type="image/webp"]')).toHaveAttribute(
		'srcset',
		/as11-40-5903-320\.webp 320w, .*-640\.webp 640w, .*-900\.webp 900w/
	);
	await expect(figure.locator('figcaption')).toContainText('NASA / Neil A. Armstrong');
	await expect(figure.locator('figcaption')).toContainText('Public domain, NASA');
	await expect(figure.locator('figcaption a')).toHaveAttribute(
		'href',
		'https://images.nasa.gov/details/as11-40-5903'
	);
	// Loaded from this site, in one of the sizes made of it.
	await img.scrollIntoViewIfNeeded();
	await expect
		.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth))
		.toBeGreaterThan(0);
	const src = await img.evaluate((el: HTMLImageElement) => el.currentSrc);
	expect(new URL(src).pathname).toMatch(/^\/media\/as11-40-5903-(320|640|900)\.(webp|jpg)$/);
}

test('the story step shows the photograph, lazily, from this site only', async ({ page }) => {
	const hosts = new Set<string>();
	page.on('request', (r) => void hosts.add(new URL(r.url()).host));
	await page.goto('/');
	await expectPhotograph(page.locator('#landing figure.media-figure'));
	// Its box keeps the photograph's proportions, as set before the pixels came.
	const box = await page.locator('#landing figure.media-figure img').boundingBox();
	expect(box!.height / box!.width).toBeCloseTo(941 / 900, 1);
	// Every request, the photograph's among them, went to this site (data: URLs have no host).
	expect([...hosts].filter((h) => h !== '')).toEqual([new URL(page.url()).host]);
});

test("the selected event's card shows its photograph; another event shows a link card", async ({
	page
}) => {
	await page.goto('/explore?event=first-step');
	await expectPhotograph(page.locator('#timeline-selected figure.media-figure'));
	await page.goto('/explore?event=launch');
	const link = page.locator('#timeline-selected .media-link a');
	await expect(link).toHaveAttribute(
		'href',
		'https://www.nasa.gov/wp-content/uploads/static/history/alsj/a11/A11_PressKit.pdf'
	);
	await expect(link).toContainText('Document');
	await expect(link).toContainText('Apollo 11 Press Kit');
	await expect(link).toContainText('nasa.gov · NASA');
	// A card is a link, not an embed: the page asked nothing of nasa.gov (the guard checks).
	await expect(page.locator('iframe, embed, object, video')).toHaveCount(0);
});

test('the slide and the handout show the photograph', async ({ page }) => {
	await page.goto('/present/landing');
	await expectPhotograph(page.locator('.words figure.media-figure'));
	await page.goto('/present/handout');
	await expectPhotograph(page.locator('#sheet-landing ~ .media figure.media-figure'), 'eager');
	// On paper at a modest size: at most 60 mm wide.
	await page.emulateMedia({ media: 'print' });
	const box = await page.locator('#sheet-landing ~ .media img').boundingBox();
	expect(box!.width).toBeLessThanOrEqual((60 / 25.4) * 96 + 1);
});
