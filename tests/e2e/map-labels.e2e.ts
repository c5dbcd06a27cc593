/**
 * The live map's names stay inside its frame: no name is cut at an edge or drawn under the zoom
 * buttons, the attribution or anything that covers the map (the step's title and counter, the
 * legend, the locator). Checked on the pixels MapLibre paints: everything but the name layers is
 * hidden over a flat magenta ground, and no painted pixel may touch the frame's edge or lie under
 * a covering element.
 */
import type { Page } from '@playwright/test';
import { expect, open, test } from './fixtures';

test.describe.configure({ timeout: 90_000 });

interface Painted {
	width: number;
	height: number;
	/** Name pixels along each edge of the frame. */
	edges: { top: number; right: number; bottom: number; left: number };
	/** Name pixels under each covering element, by its description. */
	covered: Record<string, number>;
	/** Name pixels in all: a blank map would pass the rest. */
	total: number;
}

type LiveMap = {
	isMoving(): boolean;
	loaded(): boolean;
	getContainer(): HTMLElement;
	getStyle(): { layers: { id: string; type: string; source?: string }[] };
	setLayoutProperty(id: string, k: string, v: string): void;
	once(type: string, f: () => void): void;
	triggerRepaint(): void;
};

/** The name layers alone, on magenta; what of them touches an edge or lies under a cover. */
async function paintedNames(page: Page, selector: string): Promise<Painted> {
	// Wait for the camera to settle: loaded, not moving, and in the same place for a second.
	const where = () =>
		page.evaluate(() => {
			const map = (window as unknown as { __map?: LiveMap }).__map;
			if (!map || !map.loaded() || map.isMoving()) return null;
			const c = (map as unknown as { getCenter(): { lng: number; lat: number } }).getCenter();
			return `${c.lng.toFixed(4)},${c.lat.toFixed(4)}`;
		});
	await page.waitForTimeout(1500);
	let last: string | null = null;
	for (let i = 0; i < 30; i++) {
		const now = await where();
		if (now && now === last) break;
		last = now;
		await page.waitForTimeout(1000);
	}
	// Let the last placement settle (labels fade in over 300 ms).
	await page.waitForTimeout(500);
	const covers = await page.evaluate(() => {
		const map = (window as unknown as { __map: LiveMap }).__map;
		const container = map.getContainer();
		const frame = container.getBoundingClientRect();
		const els = [
			...container.querySelectorAll<HTMLElement>('.maplibregl-ctrl'),
			...document.querySelectorAll<HTMLElement>('[data-covers-map]')
		];
		const boxes = els
			.map((el) => ({ el, r: el.getBoundingClientRect() }))
			.filter(({ r }) => r.width > 0 && r.height > 0)
			.map(({ el, r }) => ({
				name: el.className || el.tagName,
				x0: Math.round(r.left - frame.left),
				y0: Math.round(r.top - frame.top),
				x1: Math.round(r.right - frame.left),
				y1: Math.round(r.bottom - frame.top)
			}));
		for (const el of els) el.style.visibility = 'hidden';
		for (const l of map.getStyle().layers) {
			const isName = l.type === 'symbol' && (l.source === 'places' || l.source === 'area-labels');
			if (!isName) map.setLayoutProperty(l.id, 'visibility', 'none');
		}
		container.style.background = '#ff00ff';
		return boxes;
	});
	await page.evaluate(
		() =>
			new Promise<void>((done) => {
				const map = (window as unknown as { __map: LiveMap }).__map;
				map.once('idle', () => done());
				map.triggerRepaint();
			})
	);
	await page.waitForTimeout(500);
	const png = await page.locator(`${selector} canvas.maplibregl-canvas`).screenshot();
	return page.evaluate(
		async ({ src, covers }) => {
			const img = new Image();
			img.src = src;
			await img.decode();
			const c = document.createElement('canvas');
			[c.width, c.height] = [img.width, img.height];
			const g = c.getContext('2d')!;
			g.drawImage(img, 0, 0);
			const { data } = g.getImageData(0, 0, c.width, c.height);
			const isName = (x: number, y: number) => {
				const i = (y * c.width + x) * 4;
				const [r, gr, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
				return Math.abs(r - 255) + gr + Math.abs(b - 255) > 90;
			};
			const count = (x0: number, y0: number, x1: number, y1: number) => {
				let n = 0;
				for (let y = Math.max(0, y0); y < Math.min(c.height, y1); y++)
					for (let x = Math.max(0, x0); x < Math.min(c.width, x1); x++) if (isName(x, y)) n++;
				return n;
			};
			const [W, H, R] = [c.width, c.height, 10];
			return {
				width: W,
				height: H,
				// The second row or column in from each edge (the first may be a frame's border),
				// less the rounded corners: a name cut by the edge runs through it.
				edges: {
					top: count(R, 1, W - R, 2),
					right: count(W - 2, R, W - 1, H - R),
					bottom: count(R, H - 2, W - R, H - 1),
					left: count(1, R, 2, H - R)
				},
				covered: Object.fromEntries(
					covers.map((b) => [`${b.name} @${b.x0},${b.y0}`, count(b.x0, b.y0, b.x1, b.y1)])
				),
				total: count(0, 0, W, H)
			};
		},
		{ src: `data:image/png;base64,${png.toString('base64')}`, covers }
	);
}

function expectInside(p: Painted, where: string) {
	expect(p.total, `${where}: some names are drawn`).toBeGreaterThan(200);
	expect(p.edges, `${where}: no name touches an edge`).toEqual({
		top: 0,
		right: 0,
		bottom: 0,
		left: 0
	});
	for (const [cover, n] of Object.entries(p.covered))
		expect(n, `${where}: no name under ${cover}`).toBe(0);
}

for (const width of [375, 1280]) {
	test(`explore at ${width} px: every name inside the map`, async ({ page }) => {
		await page.setViewportSize({ width, height: width < 600 ? 740 : 800 });
		await page.goto('/explore');
		await expect(page.getByTestId('map')).toHaveAttribute('data-state', 'idle', {
			timeout: 45_000
		});
		expectInside(await paintedNames(page, '[data-testid="map"]'), `explore ${width}`);
	});
}

// The world- and Europe-scale steps, where names crowd the frame's edges, and the Moscow close-up.
for (const step of ['leak', 'florida', 'kremlin', 'what-remains']) {
	test(`story step ${step} at 375 px: every name inside the map`, async ({ page }) => {
		await page.setViewportSize({ width: 375, height: 740 });
		await open(page, `/?step=${step}`);
		await page.keyboard.press('Shift');
		await expect(page.locator('.sticky [data-testid="map"]')).toHaveAttribute(
			'data-state',
			'idle',
			{ timeout: 30_000 }
		);
		expectInside(await paintedNames(page, '.sticky [data-testid="map"]'), step);
	});
}
