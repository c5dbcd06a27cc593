/**
 * The explore page's map and timeline in a scrolling page: a plain wheel scrolls the page by its
 * amount, Ctrl + wheel zooms; on a phone a tap on an oblast opens that oblast, not a town in it;
 * the panel names each fact and its date.
 */
import type { Page } from '@playwright/test';
import { readChronology } from '../../src/lib/server/content';
import { expect, test } from './fixtures';

const panelTitle = (page: Page) => page.getByTestId('map-panel').getByRole('heading', { level: 2 });

async function openMap(page: Page) {
	await page.goto('/explore');
	await expect(page.getByTestId('map')).toHaveAttribute('data-state', 'idle', { timeout: 45_000 });
}

/** The page's scroll once it has stopped moving. */
async function settledScroll(page: Page): Promise<number> {
	let last = -1;
	for (let i = 0; i < 40; i++) {
		const y = await page.evaluate(() => window.scrollY);
		if (y === last) return y;
		last = y;
		await page.waitForTimeout(50);
	}
	return last;
}

const mapZoom = (page: Page) =>
	page.evaluate(() => (window as unknown as { __map: { getZoom(): number } }).__map.getZoom());

/** Records every text a gesture hint shows, however briefly (a slow machine may miss it). */
async function recordHints(page: Page, within: string) {
	await page.evaluate((within) => {
		const seen: string[] = [];
		(window as unknown as { __hints: string[] }).__hints = seen;
		const el = document.querySelector(`${within} [data-testid="gesture-hint"]`)!;
		new MutationObserver(() => {
			if (el.textContent) seen.push(el.textContent);
		}).observe(el, { childList: true, characterData: true, subtree: true });
	}, within);
	return () => page.evaluate(() => (window as unknown as { __hints: string[] }).__hints);
}

/** Puts the element's middle at the viewport's middle, leaving room to scroll either way. */
async function centre(page: Page, selector: string) {
	await page.evaluate((s) => {
		const r = document.querySelector(s)!.getBoundingClientRect();
		window.scrollBy(0, r.top + r.height / 2 - window.innerHeight / 2);
	}, selector);
	const box = (await page.locator(selector).first().boundingBox())!;
	return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

// WebGL in software and a grid of map queries: slower than most tests.
test.describe.configure({ timeout: 90_000 });

test.describe('a plain wheel scrolls the page', () => {
	test('over the map: the page scrolls by the wheel’s amount, Ctrl + wheel zooms the map', async ({
		page
	}) => {
		await openMap(page);
		const at = await centre(page, '[data-testid="map"] canvas');
		const zoom = await mapZoom(page);
		const hints = await recordHints(page, '[data-testid="map-section"]');
		const before = await settledScroll(page);
		await page.mouse.move(at.x, at.y);
		await page.mouse.wheel(0, 200);
		// The hint, briefly.
		await expect.poll(hints).toContain('Use Ctrl + scroll to zoom the map');
		const after = await settledScroll(page);
		expect(Math.abs(after - before - 200)).toBeLessThanOrEqual(20);
		expect(await mapZoom(page)).toBeCloseTo(zoom, 5);

		// Ctrl + wheel zooms the map and leaves the page where it is.
		const box = (await page.locator('[data-testid="map"] canvas').boundingBox())!;
		await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
		await page.keyboard.down('Control');
		await page.mouse.wheel(0, -300);
		await page.keyboard.up('Control');
		await expect.poll(() => mapZoom(page), { timeout: 5_000 }).toBeGreaterThan(zoom + 0.2);
		expect(await settledScroll(page)).toBe(after);
	});

	test('over the timeline: the page scrolls by the wheel’s amount, Ctrl + wheel zooms it', async ({
		page
	}) => {
		await page.goto('/explore');
		const area = '.timeline .zoom-area';
		await expect(page.locator('.timeline .mark').first()).toBeVisible();
		const at = await centre(page, area);
		const ticks = () => page.locator('.timeline .axis .tick').allTextContents();
		const shown = await ticks();
		const hints = await recordHints(page, '.timeline');
		const before = await settledScroll(page);
		await page.mouse.move(at.x, at.y);
		await page.mouse.wheel(0, 200);
		// The hint, briefly.
		await expect.poll(hints).toContain('Use Ctrl + scroll to zoom the timeline');
		const after = await settledScroll(page);
		expect(Math.abs(after - before - 200)).toBeLessThanOrEqual(20);
		expect(await ticks()).toEqual(shown);

		const box = (await page.locator(area).boundingBox())!;
		await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
		await page.keyboard.down('Control');
		await page.mouse.wheel(0, -300);
		await page.keyboard.up('Control');
		await expect.poll(ticks, { timeout: 5_000 }).not.toEqual(shown);
		expect(await settledScroll(page)).toBe(after);
	});
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });

	/**
	 * A screen point inside the oblast, as the map draws it, at least a finger's width from every
	 * place dot and clear of the map's controls and inset: the one nearest the oblast's middle.
	 */
	async function tapPoint(page: Page, id: string) {
		return page.evaluate((id) => {
			type Feature = {
				layer: { id: string };
				properties: Record<string, unknown>;
				geometry: { type: string; coordinates: unknown };
			};
			type M = {
				project: (p: [number, number]) => { x: number; y: number };
				queryRenderedFeatures: (p?: unknown, o?: { layers: string[] }) => Feature[];
				getCanvas: () => HTMLCanvasElement;
			};
			const map = (window as unknown as { __map: M }).__map;
			const canvas = map.getCanvas();
			const box = canvas.getBoundingClientRect();
			const dots = map
				.queryRenderedFeatures(undefined, { layers: ['places-dot'] })
				.map((f) => map.project(f.geometry.coordinates as [number, number]));
			// The oblast's extent on screen, from its outline as drawn, bounds the search.
			const outline = map
				.queryRenderedFeatures(undefined, { layers: ['admin1-fill'] })
				.filter((f) => f.properties.id === id);
			const xs: number[] = [];
			const ys: number[] = [];
			const walk = (c: unknown): void => {
				if (Array.isArray(c) && typeof c[0] === 'number') {
					const p = map.project(c as [number, number]);
					xs.push(p.x);
					ys.push(p.y);
				} else if (Array.isArray(c)) c.forEach(walk);
			};
			outline.forEach((f) => walk(f.geometry.coordinates));
			const x0 = Math.max(4, Math.min(...xs));
			const x1 = Math.min(box.width - 4, Math.max(...xs));
			const y0 = Math.max(4, Math.min(...ys));
			const y1 = Math.min(box.height - 4, Math.max(...ys));
			const inside: { x: number; y: number }[] = [];
			for (let x = x0; x < x1; x += 3) {
				for (let y = y0; y < y1; y += 3) {
					const top = map
						.queryRenderedFeatures([x, y], { layers: ['admin1-fill'] })
						.find((f) => f.layer.id === 'admin1-fill');
					if (top?.properties.id !== id) continue;
					if (dots.some((d) => Math.hypot(d.x - x, d.y - y) < 30)) continue;
					const el = document.elementFromPoint(box.left + x, box.top + y);
					if (el !== canvas) continue;
					inside.push({ x, y });
				}
			}
			if (!inside.length) return null;
			const mx = inside.reduce((s, p) => s + p.x, 0) / inside.length;
			const my = inside.reduce((s, p) => s + p.y, 0) / inside.length;
			inside.sort((a, b) => Math.hypot(a.x - mx, a.y - my) - Math.hypot(b.x - mx, b.y - my));
			return { x: box.left + inside[0]!.x, y: box.top + inside[0]!.y };
		}, id);
	}

	test('the Ukraine view fills the map’s width', async ({ page }) => {
		await openMap(page);
		const share = await page.evaluate(() => {
			type M = {
				project: (p: [number, number]) => { x: number };
				getCanvas: () => HTMLCanvasElement;
			};
			const map = (window as unknown as { __map: M }).__map;
			// Ukraine's westernmost and easternmost points, roughly (22.14° E, 40.23° E).
			const w = map.project([22.14, 48.4]).x;
			const e = map.project([40.23, 49.0]).x;
			return (e - w) / map.getCanvas().clientWidth;
		});
		expect(share).toBeGreaterThan(0.9);
	});

	for (const [id, name] of [
		['UA-14', 'Donetsk Oblast'],
		['UA-09', 'Luhansk Oblast'],
		['UA-23', 'Zaporizhzhia Oblast'],
		['UA-65', 'Kherson Oblast']
	] as const) {
		test(`a tap inside ${name} opens ${name}, not a town in it`, async ({ page }) => {
			await openMap(page);
			await page.getByTestId('map').scrollIntoViewIfNeeded();
			const at = await tapPoint(page, id);
			expect(at, `a point of ${name} clear of the towns`).not.toBeNull();
			await page.touchscreen.tap(at!.x, at!.y);
			await expect(panelTitle(page)).toHaveText(name);
		});
	}

	test('a tap within a finger’s width of a town opens the town', async ({ page }) => {
		await openMap(page);
		await page.getByTestId('map').scrollIntoViewIfNeeded();
		const at = await page.evaluate(() => {
			type M = {
				project: (p: [number, number]) => { x: number; y: number };
				getCanvas: () => HTMLCanvasElement;
			};
			const map = (window as unknown as { __map: M }).__map;
			const box = map.getCanvas().getBoundingClientRect();
			// Kyiv, 15 px off its dot: inside the 44 px target.
			const p = map.project([30.5234, 50.4501]);
			return { x: box.left + p.x + 15, y: box.top + p.y };
		});
		await page.touchscreen.tap(at.x, at.y);
		await expect(panelTitle(page)).toHaveText('Kyiv');
	});

	test('the legend folds into a button', async ({ page }) => {
		await openMap(page);
		const legend = page.getByTestId('map-legend');
		const toggle = page.getByTestId('map-legend-toggle');
		await expect(legend).toBeHidden();
		await expect(toggle).toHaveAttribute('aria-expanded', 'false');
		expect((await toggle.boundingBox())!.height).toBeGreaterThanOrEqual(44);
		await toggle.click();
		await expect(legend).toBeVisible();
		await expect(legend.locator('[data-entry="occupied"]')).toContainText('as of 2 Dec 2025');
	});
});

test('a region panel gives each fact’s label, figure and date under its region’s name', async ({
	page
}) => {
	await page.goto('/explore?region=donbas');
	const panel = page.getByTestId('map-panel');
	await expect(panel.getByRole('heading', { level: 2 })).toContainText('Donbas');
	await expect(panel.getByRole('heading', { level: 4, name: 'Donetsk Oblast' })).toBeVisible();
	await expect(panel.getByRole('heading', { level: 4, name: 'Luhansk Oblast' })).toBeVisible();
	const luhansk = panel.locator('[data-testid="map-fact"][data-region="UA-09"]');
	const facts = readChronology().regions.find((r) => r.id === 'UA-09')!.facts;
	await expect(luhansk).toHaveCount(facts.length);
	await expect(luhansk.first()).toContainText(
		'Luhansk oblast is entirely or almost entirely under Russian control.'
	);
	await expect(luhansk.first().getByTestId('map-fact-date')).toContainText('4 Dec 2025');
	const donetsk = panel.locator('[data-testid="map-fact"][data-region="UA-14"]').first();
	await expect(donetsk).toContainText('three-quarters to four-fifths of Donetsk oblast');
	await expect(donetsk).toContainText('about 75–81%');
	await expect(donetsk.getByTestId('map-fact-date')).toContainText('Dec 2025');
	await expect(donetsk).toContainText('Sources (3)');
});

test('a sea with no plan clause or event says so plainly', async ({ page }) => {
	await page.goto('/explore?region=sea-of-azov');
	const panel = page.getByTestId('map-panel');
	await expect(panel).toContainText('None of the plan versions recorded here has a clause on');
	await expect(panel).toContainText('No event in the chronology concerns the Sea of Azov');
	await page.goto('/explore?region=black-sea');
	await expect(panel.locator('details.topic[open]')).toContainText('Black Sea shipping');
});
