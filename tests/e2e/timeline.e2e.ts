import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { readChronology } from '../../src/lib/server/content';
import { expect, test } from './fixtures';

const timeline = (page: Page) => page.locator('section.timeline');
const mark = (page: Page, id: string) => page.locator(`.timeline .mark[data-id="${id}"]`);

async function open(page: Page, query = '') {
	await page.goto(`/explore${query}`);
	// The timeline's code loads as the reader nears it, as a reader scrolling down would.
	await page.locator('#timeline-title').scrollIntoViewIfNeeded();
	await expect(timeline(page).locator('.mark').first()).toBeVisible();
	await timeline(page).scrollIntoViewIfNeeded();
}

async function expectNoAxeViolations(page: Page) {
	const results = await new AxeBuilder({ page }).include('section.timeline').analyze();
	expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
}

test('the timeline opens on the core period and has no axe violations', async ({ page }) => {
	await open(page);
	await expect(timeline(page)).toHaveAttribute('data-orientation', 'horizontal');
	// The core period holds most events: the talks from October 2025 on, not the 2022 anchors.
	await expect(timeline(page).locator('.axis text').first()).toHaveText(/Oct|Nov|Dec/);
	await expect(mark(page, 'geneva-talks')).toBeVisible();
	await expect(timeline(page).locator('.mark[tabindex="0"]')).toHaveCount(1);
	await expectNoAxeViolations(page);
});

test('clicking an event selects it: the URL and aria-current follow', async ({ page }) => {
	await open(page);
	await mark(page, 'geneva-talks').click();
	await expect(page).toHaveURL(/[?&]event=geneva-talks/);
	await expect(mark(page, 'geneva-talks')).toHaveAttribute('aria-current', 'true');
	await expect(page.locator('#timeline-selected')).toContainText('US and Ukrainian');
	await expect(page.locator('#timeline-selected a').first()).toBeVisible();
	await expectNoAxeViolations(page);
	await mark(page, 'yermak-resigns').click();
	await expect(page).toHaveURL(/[?&]event=yermak-resigns/);
	await expect(mark(page, 'geneva-talks')).not.toHaveAttribute('aria-current', 'true');
	await page.keyboard.press('Escape');
	await expect(timeline(page).locator('[aria-current="true"]')).toHaveCount(0);
	await expect(page.locator('#timeline-selected')).toHaveCount(0);
});

test('the keyboard walks the events and Enter selects one', async ({ page }) => {
	await open(page);
	await page.locator('.timeline .mark[tabindex="0"]').focus();
	const first = await page.evaluate(() => document.activeElement?.getAttribute('data-id'));
	await page.keyboard.press('ArrowRight');
	const second = await page.evaluate(() => document.activeElement?.getAttribute('data-id'));
	expect(second).not.toBe(first);
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`event=${second}`));
	await expect(page.locator('.timeline [aria-live="polite"]')).toContainText('Selected:');
});

test('brushing the axis sets the shared time range', async ({ page }) => {
	await open(page);
	const box = (await timeline(page).locator('.brush').boundingBox())!;
	const y = box.y + box.height / 2;
	await page.mouse.move(box.x + box.width * 0.3, y);
	await page.mouse.down();
	await page.mouse.move(box.x + box.width * 0.45, y, { steps: 5 });
	await page.mouse.move(box.x + box.width * 0.6, y, { steps: 5 });
	await page.mouse.up();
	await expect(page).toHaveURL(/[?&]range=202[56]-\d\d-\d\d\.\.202[56]-\d\d-\d\d/);
	await expect(timeline(page).locator('.range rect')).toBeVisible();
	await timeline(page)
		.getByRole('button', { name: /^Range/ })
		.click();
	await expect(timeline(page).locator('.range rect')).toHaveCount(0);
});

test('a link with a time range opens zoomed to that range', async ({ page }) => {
	await open(page, '?range=2025-11-20..2025-11-30');
	const plot = (await timeline(page).locator('.zoom-area').boundingBox())!;
	const range = (await timeline(page).locator('.range rect').boundingBox())!;
	// The range fills most of the view, with a small margin either side.
	expect(range.width).toBeGreaterThan(plot.width * 0.8);
	expect(range.x).toBeGreaterThanOrEqual(plot.x - 1);
	expect(range.x + range.width).toBeLessThanOrEqual(plot.x + plot.width + 1);
	await expect(timeline(page).getByText(/by day/)).toBeVisible();
});

test('an event of several sides shows in each lane; an echo selects it too', async ({ page }) => {
	await open(page);
	// US, Ukraine and Europe: its own mark in the US lane and one echo in each other lane.
	const own = mark(page, 'geneva-talks');
	const echoes = page.locator('.timeline .echo[data-echo="geneva-talks"]');
	await expect(echoes).toHaveCount(2);
	const echo = echoes.first().locator('.shape');
	await expect(echoes.first()).toHaveAttribute('aria-hidden', 'true');
	const [a, b] = [(await own.boundingBox())!, (await echo.boundingBox())!];
	expect(Math.abs(a.x + a.width / 2 - (b.x + b.width / 2))).toBeLessThan(3);
	expect(b.y).toBeGreaterThan(a.y + 20);
	await echo.click();
	await expect(page).toHaveURL(/[?&]event=geneva-talks/);
	await expect(own).toHaveAttribute('aria-current', 'true');
	await expectNoAxeViolations(page);
});

test('filters and search narrow the events and show as clearable chips', async ({ page }) => {
	await open(page);
	const all = await timeline(page).locator('.mark').count();
	await timeline(page).getByRole('button', { name: 'Russia', exact: true }).click();
	await expect(page).toHaveURL(/[?&]sides=russia/);
	await expect(timeline(page).getByRole('button', { name: /Side: Russia/ })).toBeVisible();
	expect(await timeline(page).locator('.mark').count()).toBeLessThan(all);
	await timeline(page).getByRole('button', { name: 'Sources conflict', exact: true }).click();
	await expect(page).toHaveURL(/confidence=conflicting/);
	await expectNoAxeViolations(page);
	await timeline(page).getByRole('button', { name: 'Clear all' }).click();
	await expect(timeline(page).getByRole('button', { name: /Side: Russia/ })).toHaveCount(0);
	await expect(timeline(page).locator('.mark')).toHaveCount(all);

	await timeline(page).getByRole('searchbox').fill('Geneva');
	await expect(page).toHaveURL(/[?&]q=Geneva/);
	await expect(timeline(page).getByText('Search: “Geneva”')).toBeVisible();
	const found = await timeline(page).locator('.mark').count();
	expect(found).toBeGreaterThan(0);
	expect(found).toBeLessThan(all);
	await expectNoAxeViolations(page);
});

test('the table shows the same events, sortable, and has no axe violations', async ({ page }) => {
	await open(page);
	await timeline(page).getByRole('button', { name: 'Show as table' }).click();
	const table = timeline(page).getByRole('table');
	await expect(table.locator('tbody tr')).toHaveCount(readChronology().events.length);
	await table.getByRole('button', { name: /^Event/ }).click();
	await expect(table.locator('th[aria-sort="ascending"]')).toHaveText(/Event/);
	await table
		.getByRole('button', { name: /Geneva/ })
		.first()
		.click();
	await expect(page).toHaveURL(/[?&]event=/);
	await expect(table.locator('tr[aria-current="true"]')).toHaveCount(1);
	await expectNoAxeViolations(page);
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 375, height: 667 } });

	test('the timeline waits below the map until the reader nears it', async ({ page }) => {
		await page.goto('/explore');
		const box = page.locator('#timeline-title + .timeline');
		// Its room is kept, so nothing below jumps when it arrives.
		expect((await box.boundingBox())?.height).toBeGreaterThan(1000);
		await page.waitForTimeout(500);
		await expect(timeline(page)).toHaveCount(0);
		await page.locator('#timeline-title').scrollIntoViewIfNeeded();
		await expect(timeline(page).locator('.mark').first()).toBeVisible();
	});

	test('the timeline turns vertical with touch targets of at least 44 px', async ({ page }) => {
		await open(page);
		await expect(timeline(page)).toHaveAttribute('data-orientation', 'vertical');
		const boxes = await timeline(page)
			.locator('.mark .hit')
			.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect));
		expect(boxes.length).toBeGreaterThan(5);
		for (const [i, a] of boxes.entries()) {
			// (SVG geometry under a scrolled page can be a hair under a whole pixel.)
			expect(a.width).toBeGreaterThanOrEqual(44 - 0.01);
			expect(a.height).toBeGreaterThanOrEqual(44 - 0.01);
			// No target overlaps another one.
			for (const b of boxes.slice(i + 1)) {
				const apart =
					a.right <= b.left + 0.5 ||
					b.right <= a.left + 0.5 ||
					a.bottom <= b.top + 0.5 ||
					b.bottom <= a.top + 0.5;
				expect(apart).toBe(true);
			}
		}
		const target = timeline(page).locator('.mark').nth(3);
		const id = await target.getAttribute('data-id');
		await target.click();
		await expect(page).toHaveURL(new RegExp(`[?&]event=${id}`));
		await expectNoAxeViolations(page);
	});
});
