import type { Page } from '@playwright/test';
import { readChronology } from '../../src/lib/server/content';
import { expect, open, test } from './fixtures';

const steps = readChronology().steps;

/** The share of the viewport the slide's map covers, and the font sizes of the words on it. */
async function measure(page: Page) {
	return page.evaluate(() => {
		const map = document.querySelector('.deck .graphic .map')!.getBoundingClientRect();
		const px = (sel: string) =>
			[...document.querySelectorAll(`.deck .graphic ${sel}`)].map((el) =>
				parseFloat(getComputedStyle(el).fontSize)
			);
		return {
			ratio: (map.width * map.height) / (window.innerWidth * window.innerHeight),
			inView: map.top >= 0 && map.bottom <= window.innerHeight && map.right <= window.innerWidth,
			annotation: px('.annotation'),
			timeline: [...px('.lane-name text'), ...px('.tick text'), ...px('.label text')]
		};
	});
}

for (const [width, height, share] of [
	[1280, 720, 0.4],
	[1920, 1080, 0.45]
] as const) {
	test.describe(`slides at ${width}×${height}`, () => {
		test.use({ viewport: { width, height } });
		// Sixteen slides, each loaded afresh.
		test.setTimeout(180_000);

		test(`the map covers at least ${share * 100} % of every step's slide`, async ({ page }) => {
			for (const step of steps) {
				await open(page, `/present/${step.id}`);
				await expect(page.locator('.deck .graphic img.step-map')).toBeVisible();
				await expect(page.locator('.deck .graphic .lane-name').first()).toBeVisible();
				const m = await measure(page);
				expect(m.ratio, `${step.id}: map area / slide`).toBeGreaterThanOrEqual(share);
				expect(m.inView, `${step.id}: map inside the slide`).toBe(true);
				for (const size of m.annotation)
					expect(size, `${step.id}: annotation px`).toBeGreaterThanOrEqual(24);
				expect(m.timeline.length).toBeGreaterThan(0);
				for (const size of m.timeline)
					expect(size, `${step.id}: timeline label px`).toBeGreaterThanOrEqual(18);
			}
		});
	});
}

test.describe('slides on a phone held upright', () => {
	test.use({ viewport: { width: 375, height: 667 }, hasTouch: true });

	test('the words sit above the graphic, nothing runs off the side, and the controls fit', async ({
		page
	}) => {
		for (const path of ['/present', `/present/${steps[0]!.id}`, `/present/${steps.at(-1)!.id}`]) {
			await open(page, path);
			const box = await page.evaluate(() => {
				const rect = (sel: string) => document.querySelector(sel)?.getBoundingClientRect() ?? null;
				const controls = [...document.querySelectorAll('.deck .controls > *')].map((el) =>
					el.getBoundingClientRect()
				);
				return {
					width: document.documentElement.clientWidth,
					scrollWidth: document.querySelector('.deck .stage')!.scrollWidth,
					words: rect('.deck .words'),
					graphic: rect('.deck .graphic'),
					title: rect('.deck .words h1, .deck .words h2'),
					controlsRight: Math.max(...controls.map((r) => r.right)),
					controlsLeft: Math.min(...controls.map((r) => r.left))
				};
			});
			expect(box.scrollWidth, `${path}: stage width`).toBeLessThanOrEqual(box.width);
			expect(box.controlsLeft, `${path}: controls`).toBeGreaterThanOrEqual(0);
			expect(box.controlsRight, `${path}: controls`).toBeLessThanOrEqual(box.width);
			expect(box.title!.top, `${path}: title on screen`).toBeGreaterThanOrEqual(0);
			expect(box.words!.width, `${path}: words`).toBeGreaterThan(box.width * 0.8);
			if (box.graphic) {
				expect(box.graphic.top, `${path}: graphic under the words`).toBeGreaterThanOrEqual(
					box.words!.bottom - 1
				);
				expect(box.graphic.width, `${path}: graphic`).toBeLessThanOrEqual(box.width);
			}
		}
	});
});

test.describe('the live map on a slide', () => {
	test.use({ viewport: { width: 1280, height: 720 } });

	test('fills the same box as the step map it replaces', async ({ page }) => {
		const step = steps.find((s) => s.annotation)!;
		await open(page, `/present/${step.id}`);
		await page.keyboard.press('Shift');
		await expect(page.getByTestId('map')).toHaveAttribute('data-state', 'idle', {
			timeout: 20_000
		});
		const m = await measure(page);
		expect(m.ratio).toBeGreaterThanOrEqual(0.4);
		expect(m.annotation[0]).toBeGreaterThanOrEqual(24);
	});
});
