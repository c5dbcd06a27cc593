import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { chromiumArgs } from '../../playwright.config';
import { expect, guardPage, open, test } from './fixtures';

/** Inside Donetsk oblast, away from any place (its label point, from static/geo). */
const DONETSK: [number, number] = [37.3, 48.55];
/** Deep inside the area occupied in every snapshot (Luhansk oblast, east of the 2014 line). */
const OCCUPIED: [number, number] = [39.6, 48.3];
/** Cherkasy oblast, far from the front. */
const FREE: [number, number] = [31.2, 49.0];

const panelTitle = (page: Page) => page.getByTestId('map-panel').getByRole('heading', { level: 2 });

async function waitForMap(page: Page, state = 'idle') {
	await open(page, '/explore');
	// The live map starts when the reader acts (or after a quiet while).
	await page.keyboard.press('Shift');
	await expect(page.getByTestId('map')).toHaveAttribute('data-state', state, { timeout: 30_000 });
}

/** Screen position of lng/lat on the WebGL map, found where the map itself reports `layer`. */
async function pointOn(page: Page, lngLat: [number, number], layer: string, id?: string) {
	return page.evaluate(
		({ lngLat, layer, id }) => {
			type M = {
				project: (p: [number, number]) => { x: number; y: number };
				queryRenderedFeatures: (
					p: [number, number]
				) => { layer: { id: string }; properties: Record<string, unknown> }[];
				getCanvas: () => HTMLCanvasElement;
			};
			const map = (window as unknown as { __map: M }).__map;
			const c = map.project(lngLat);
			const box = map.getCanvas().getBoundingClientRect();
			// Spiral out until the top feature is the wanted one (labels and dots sit on top).
			for (let r = 0; r < 60; r += 4) {
				for (let a = 0; a < 8; a++) {
					const p: [number, number] = [
						c.x + r * Math.cos((a * Math.PI) / 4),
						c.y + r * Math.sin((a * Math.PI) / 4)
					];
					const hits = map.queryRenderedFeatures(p);
					const top = hits.find((h) =>
						['places-dot', 'places-label', 'area-labels', 'admin1-fill'].includes(h.layer.id)
					);
					if (top?.layer.id === layer && (!id || top.properties.id === id))
						return { x: box.left + p[0], y: box.top + p[1] };
				}
			}
			return null;
		},
		{ lngLat, layer, id }
	);
}

test('a lost WebGL context shows the drawn map, and the map returns with the selection', async ({
	page
}) => {
	await waitForMap(page);
	await page
		.getByTestId('map-section')
		.getByRole('button', { name: /^Donetsk Oblast/ })
		.first()
		.click();
	await expect(panelTitle(page)).toHaveText(/Donetsk/);
	await page.evaluate(() => {
		const w = window as unknown as {
			__map: { getCanvas: () => HTMLCanvasElement };
			__lose: WEBGL_lose_context;
		};
		const canvas = w.__map.getCanvas();
		const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl')!;
		w.__lose = gl.getExtension('WEBGL_lose_context')!;
		w.__lose.loseContext();
	});
	await expect(page.getByTestId('map')).toHaveAttribute('data-state', 'lost');
	const twin = page.getByTestId('map-svg');
	await expect(twin).toBeVisible();
	await expect(twin.locator('[data-region="UA-14"].selected').first()).toBeAttached();
	await page.evaluate(() =>
		(window as unknown as { __lose: WEBGL_lose_context }).__lose.restoreContext()
	);
	await expect(page.getByTestId('map')).toHaveAttribute('data-state', 'idle', { timeout: 30_000 });
	const selected = await page.evaluate(() => {
		const m = (
			window as unknown as {
				__map: { getFeatureState: (f: { source: string; id: string }) => { selected?: boolean } };
			}
		).__map;
		return m.getFeatureState({ source: 'admin1', id: 'UA-14' }).selected;
	});
	expect(selected).toBe(true);
	await expect(panelTitle(page)).toHaveText(/Donetsk/);
});

test.describe('the WebGL map', () => {
	test('reaches idle and keeps every request on the local server', async ({ page, guard }) => {
		await waitForMap(page);
		expect(
			await page.evaluate(() =>
				(window as unknown as { __map: { loaded(): boolean } }).__map.loaded()
			)
		).toBe(true);
		expect(guard.external).toEqual([]);
	});

	test('clicking the centre of Donetsk oblast opens a panel titled Donetsk', async ({ page }) => {
		await waitForMap(page);
		const p = await pointOn(page, DONETSK, 'admin1-fill', 'UA-14');
		expect(p).not.toBeNull();
		await page.mouse.click(p!.x, p!.y);
		await expect(panelTitle(page)).toHaveText(/^Donetsk/);
		await expect(page).toHaveURL(/region=UA-14/);
		await expect(panelTitle(page)).toBeFocused();
	});

	test('a screenshot shows the occupied hatch where DeepState has it, and none elsewhere', async ({
		page
	}) => {
		await waitForMap(page);
		const at = async (lngLat: [number, number]) =>
			page.evaluate((ll) => {
				const map = (
					window as unknown as {
						__map: { project: (p: [number, number]) => { x: number; y: number } };
					}
				).__map;
				return map.project(ll);
			}, lngLat);
		const shot = await page.getByTestId('map').screenshot();
		const [occ, free] = [await at(OCCUPIED), await at(FREE)];
		const reds = await page.evaluate(
			async ({ png, points }) => {
				const img = new Image();
				img.src = `data:image/png;base64,${png}`;
				await img.decode();
				const canvas = document.createElement('canvas');
				canvas.width = img.width;
				canvas.height = img.height;
				const ctx = canvas.getContext('2d')!;
				ctx.drawImage(img, 0, 0);
				const scale = img.width / document.querySelector('[data-testid="map"]')!.clientWidth;
				// Count hatch-red pixels in a 16 px window around each point.
				return points.map(({ x, y }) => {
					const d = ctx.getImageData(x * scale - 8, y * scale - 8, 16, 16).data;
					let n = 0;
					for (let i = 0; i < d.length; i += 4)
						if (d[i]! > 140 && d[i + 1]! < 120 && d[i + 2]! < 110) n++;
					return n;
				});
			},
			{ png: shot.toString('base64'), points: [occ, free] }
		);
		expect(reds[0]).toBeGreaterThan(10);
		expect(reds[1]).toBe(0);
	});

	test('selecting an event highlights its regions and fits the camera to them', async ({
		page
	}) => {
		await open(page, '/explore?event=pokrovsk-claim');
		// The live map starts when the reader acts (or after a quiet while).
		await page.keyboard.press('Shift');
		await expect(page.getByTestId('map')).toHaveAttribute('data-state', 'idle', {
			timeout: 15_000
		});
		await expect
			.poll(() =>
				page.evaluate(() => {
					const map = (
						window as unknown as {
							__map: {
								getFeatureState: (f: { source: string; id: string }) => Record<string, unknown>;
								isMoving: () => boolean;
							};
						}
					).__map;
					return (
						!map.isMoving() && map.getFeatureState({ source: 'admin1', id: 'UA-14' }).highlight
					);
				})
			)
			.toBe(true);
		await expect(page.getByTestId('map-description')).toContainText('Highlighted');
	});

	test('has no axe-core violations with the map loaded and a panel open', async ({ page }) => {
		await open(page, '/explore?region=donbas');
		// The live map starts when the reader acts (or after a quiet while).
		await page.keyboard.press('Shift');
		await expect(page.getByTestId('map')).toHaveAttribute('data-state', 'idle', {
			timeout: 15_000
		});
		await expect(panelTitle(page)).toHaveText(/Donbas/);
		const results = await new AxeBuilder({ page }).include('[data-testid="map-section"]').analyze();
		expect(
			results.violations.map(
				(v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target).join(' | ')})`
			)
		).toEqual([]);
	});
});

test.describe('keyboard and screen reader', () => {
	test('a keyboard-only path opens Crimea’s panel and Esc returns focus', async ({ page }) => {
		await page.goto('/explore');
		const crimea = page.getByRole('button', { name: /^Crimea/ });
		let found = false;
		for (let i = 0; i < 120 && !found; i++) {
			await page.keyboard.press('Tab');
			found = await crimea.evaluate((el) => el === document.activeElement);
		}
		expect(found).toBe(true);
		await page.keyboard.press('Enter');
		await expect(panelTitle(page)).toHaveText(/^Crimea/);
		await expect(panelTitle(page)).toBeFocused();
		await expect(page).toHaveURL(/region=crimea/);
		await page.keyboard.press('Escape');
		await expect(page.getByTestId('map-panel')).toHaveCount(0);
		await expect(crimea).toBeFocused();
	});
});

test('the map’s list and legend stay the server’s HTML until the reader acts, and the first tap is handled', async ({
	page
}) => {
	await open(page, '/explore');
	const islands = page.locator('.map-section [data-island]');
	const list = islands.filter({ has: page.locator('nav.list') });
	const legend = islands.filter({ has: page.getByTestId('map-legend') });
	await expect(list).toHaveAttribute('data-island', '');
	await expect(legend).toHaveAttribute('data-island', '');
	await page
		.locator('nav.list')
		.getByRole('button', { name: /^Crimea/ })
		.click();
	await expect(panelTitle(page)).toHaveText(/^Crimea/);
	await expect(list).toHaveAttribute('data-island', 'live');
	await expect(legend).toHaveAttribute('data-island', 'live');
	await expect(page.locator('nav.list [aria-current="true"]')).toHaveText(/^Crimea/);
});

test('the map section stays the server’s HTML through the page’s start, then goes live once the page has settled, without the reader', async ({
	page
}) => {
	await open(page, '/explore');
	// The outermost island holds the whole section; the list and legend inside keep waiting.
	const section = page.locator('[data-island]', { has: page.getByTestId('map-section') }).first();
	await page.waitForTimeout(2000);
	await expect(section).toHaveAttribute('data-island', '');
	await expect(page.locator('.map-section .controls button').first()).toBeVisible();
	await expect(page.locator('.map-section img.first-paint')).toBeVisible();
	await expect(section).toHaveAttribute('data-island', 'live', { timeout: 20_000 });
	await expect(
		page.locator('.map-section [data-island]').filter({ has: page.locator('nav.list') })
	).toHaveAttribute('data-island', '');
});

test('the reader’s first key press brings the map section live at once, and a button pressed before it is live is done once it is', async ({
	page
}) => {
	await open(page, '/explore');
	const section = page.locator('[data-island]', { has: page.getByTestId('map-section') }).first();
	await expect(section).toHaveAttribute('data-island', '');
	await page.keyboard.press('Shift');
	await expect(section).toHaveAttribute('data-island', 'live', { timeout: 5000 });

	await page.reload();
	await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');
	await expect(section).toHaveAttribute('data-island', '');
	await page
		.locator('nav.list')
		.getByRole('button', { name: /^Crimea/ })
		.click();
	await expect(section).toHaveAttribute('data-island', 'live');
	await expect(panelTitle(page)).toHaveText(/^Crimea/);
});

// A browser of its own, started with WebGL off: Playwright allows launch options only per file or
// per worker, and this file's other tests need WebGL.
test.describe('the SVG twin without WebGL', () => {
	const launchOptions = {
		executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
		args: [...chromiumArgs, '--use-gl=disabled']
	};

	test('clicking the centre of Donetsk oblast opens a panel titled Donetsk', async ({
		playwright,
		baseURL
	}) => {
		const browser = await playwright.chromium.launch(launchOptions);
		const context = await browser.newContext({ baseURL, viewport: { width: 1280, height: 800 } });
		const page = await context.newPage();
		const guard = await guardPage(page);
		await waitForMap(page, 'fallback');
		const svg = page.getByTestId('map-svg');
		await expect(svg).toBeVisible();
		const path = svg.locator('path[data-region="UA-14"]').first();
		const p = await path.evaluate((el) => {
			const b = el.getBoundingClientRect();
			for (let r = 0; r < 60; r += 3)
				for (let a = 0; a < 8; a++) {
					const x = b.left + b.width / 2 + r * Math.cos((a * Math.PI) / 4);
					const y = b.top + b.height / 2 + r * Math.sin((a * Math.PI) / 4);
					if (document.elementFromPoint(x, y) === el) return { x, y };
				}
			return null;
		});
		expect(p).not.toBeNull();
		await page.mouse.click(p!.x, p!.y);
		await expect(panelTitle(page)).toHaveText(/^Donetsk/);
		await expect(page).toHaveURL(/region=UA-14/);
		const results = await new AxeBuilder({ page }).include('[data-testid="map-section"]').analyze();
		expect(
			results.violations.map(
				(v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target).join(' | ')})`
			)
		).toEqual([]);
		expect(guard.external).toEqual([]);
		expect(guard.errors).toEqual([]);
		await browser.close();
	});
});
