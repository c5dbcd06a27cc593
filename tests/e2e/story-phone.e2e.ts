import { readChronology } from '../../src/lib/server/content';
import { expect, open, test } from './fixtures';

const steps = readChronology().steps;

test.describe('the story at 375×740', () => {
	test.use({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });

	test('a step’s card never covers the timeline strip', async ({ page }) => {
		test.setTimeout(90_000);
		await open(page, '/');
		for (const i of [0, 4, 7, 13]) {
			const id = steps[i]!.id;
			// A reader scrolls until the card's top passes the reading line, just under the graphic.
			await page.evaluate((id) => {
				const card = document.getElementById(id)!;
				const top = card.getBoundingClientRect().top + window.scrollY;
				window.scrollTo({ top: top - window.innerHeight * 0.548, behavior: 'instant' });
			}, id);
			await expect(page.locator(`#${id}`)).toHaveClass(/is-active/);
			const strip = (await page.locator('.sticky .strip').boundingBox())!;
			const card = (await page.locator(`#${id}`).boundingBox())!;
			expect(strip.height, `${id}: strip height`).toBeGreaterThan(40);
			expect(strip.y + strip.height, `${id}: strip ends above the card`).toBeLessThanOrEqual(
				card.y + 2
			);
			// Nothing is painted over the strip either (the graphic is inert, so a hit lands on
			// its sticky container rather than inside it).
			const isOnTop = await page.evaluate(() => {
				const r = document.querySelector('.sticky .strip')!.getBoundingClientRect();
				return [0.1, 0.5, 0.9].every((f) =>
					document
						.elementFromPoint(r.left + r.width * f, r.top + r.height * 0.9)
						?.closest('.sticky')
				);
			});
			expect(isOnTop, `${id}: strip on top`).toBe(true);
		}
	});

	test('the legend folds into a button a finger can open', async ({ page }) => {
		const i = steps.findIndex((s) => s.legend);
		await open(page, '/');
		await page.evaluate((id) => {
			const card = document.getElementById(id)!;
			const top = card.getBoundingClientRect().top + window.scrollY;
			window.scrollTo({ top: top - window.innerHeight * 0.548, behavior: 'instant' });
		}, steps[i]!.id);
		await expect(page.locator('.sticky .graphic .legend')).toBeHidden();
		const button = page.locator('.sticky').getByRole('button', { name: 'Legend' });
		const box = (await button.boundingBox())!;
		expect(box.width).toBeGreaterThanOrEqual(44);
		expect(box.height).toBeGreaterThanOrEqual(44);
		await expect(button).toHaveAttribute('aria-expanded', 'false');
		await button.tap();
		await expect(button).toHaveAttribute('aria-expanded', 'true');
		await expect(page.locator('.sticky .legend-text')).toHaveText(steps[i]!.legend!);
		await button.tap();
		await expect(page.locator('.sticky .legend-text')).toHaveCount(0);
	});
});
