import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, open, test } from './fixtures';

const TRIP = 'Dan Driscoll: Geneva (23 Nov) → Abu Dhabi (24–25 Nov)';

type TestMap = {
	isMoving(): boolean;
	queryRenderedFeatures(o: { layers: string[] }): { properties: Record<string, unknown> }[];
	project(p: [number, number]): { x: number; y: number };
	getCanvas(): HTMLCanvasElement;
};

/** Features the settled WebGL map draws on a layer (null while it moves). */
function rendered(page: Page, layer: string) {
	return page.evaluate((layer) => {
		const map = (window as unknown as { __map: TestMap }).__map;
		if (map.isMoving()) return null;
		return map.queryRenderedFeatures({ layers: [layer] }).map((f) => f.properties);
	}, layer);
}

const goTo = (page: Page, view: string) =>
	page.getByRole('group', { name: 'Go to view' }).getByRole('button', { name: view, exact: true });

const legendEntry = (page: Page, id: string) =>
	page.getByTestId('map-legend').locator(`[data-entry="${id}"]`);

test.describe('trips on the map', () => {
	test('the Abu Dhabi step draws Driscoll’s trip from Geneva, with its label', async ({ page }) => {
		await open(page, '/?step=abu-dhabi');
		const graphic = page.locator('.sticky .graphic');
		await expect(graphic).toHaveAttribute('data-trips', 'geneva-talks>abu-dhabi-contacts');
		// The live map starts when the reader acts (or after a quiet while).
		await page.keyboard.press('Shift');
		await expect(graphic.getByTestId('map')).toHaveAttribute('data-state', 'idle', {
			timeout: 20_000
		});
		await expect
			.poll(async () => (await rendered(page, 'arcs-line'))?.length ?? 0, { timeout: 10_000 })
			.toBeGreaterThan(0);
		await expect
			.poll(async () => (await rendered(page, 'arcs-label'))?.map((p) => p.label))
			.toEqual([TRIP.replace(': ', '\n')]);
		// The step before has no trip: leaving the step clears the arc.
		await open(page, '/?step=geneva');
		await expect(page.locator('.sticky .graphic')).toHaveAttribute('data-trips', '');
	});

	test('Explore draws the selected event’s trip and lists it in the legend and the description', async ({
		page
	}) => {
		await open(page, '/explore?event=abu-dhabi-contacts');
		// The live map starts when the reader acts (or after a quiet while).
		await page.keyboard.press('Shift');
		await expect(page.getByTestId('map')).toHaveAttribute('data-state', 'idle', {
			timeout: 15_000
		});
		await expect(legendEntry(page, 'trip')).toBeVisible({ timeout: 10_000 });
		await expect(page.getByTestId('map-description')).toContainText(TRIP);
		expect((await rendered(page, 'arcs-line'))?.length).toBeGreaterThan(0);
		const results = await new AxeBuilder({ page }).include('[data-testid="map-section"]').analyze();
		expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
	});

	test('the arrowheads’ GPU program is built while the map loads, not when a trip first shows', async ({
		page
	}) => {
		// Count program links: on a software GPU each one blocks the page for 50–200 ms.
		await page.addInitScript(() => {
			const w = window as unknown as { __links: number };
			w.__links = 0;
			const link = WebGL2RenderingContext.prototype.linkProgram;
			WebGL2RenderingContext.prototype.linkProgram = function (program) {
				w.__links += 1;
				return link.call(this, program);
			};
		});
		await open(page, '/');
		const graphic = page.locator('.sticky .graphic');
		// The live map starts when the reader acts (or after a quiet while).
		await page.keyboard.press('Shift');
		await expect(graphic.getByTestId('map')).toHaveAttribute('data-state', 'idle', {
			timeout: 20_000
		});
		// The stand-in is gone once the map is ready.
		await expect.poll(async () => (await rendered(page, 'arcs-arrow'))?.length).toBe(0);
		const links = () => page.evaluate(() => (window as unknown as { __links: number }).__links);
		const before = await links();
		expect(before).toBeGreaterThan(0);
		await page.locator('#abu-dhabi').scrollIntoViewIfNeeded();
		await expect(graphic).toHaveAttribute('data-trips', 'geneva-talks>abu-dhabi-contacts');
		await expect
			.poll(async () => (await rendered(page, 'arcs-arrow'))?.length ?? 0, { timeout: 10_000 })
			.toBeGreaterThan(1);
		expect(await links()).toBe(before);
	});

	test('the legend changes with the zoom: no oblast lines once zoomed out to the world', async ({
		page
	}) => {
		await open(page, '/explore');
		// The live map starts when the reader acts (or after a quiet while).
		await page.keyboard.press('Shift');
		await expect(page.getByTestId('map')).toHaveAttribute('data-state', 'idle', {
			timeout: 15_000
		});
		await expect(legendEntry(page, 'units')).toBeVisible({ timeout: 10_000 });
		await expect(legendEntry(page, 'trip')).toHaveCount(0);
		await goTo(page, 'World').click();
		await expect(legendEntry(page, 'units')).toHaveCount(0, { timeout: 10_000 });
		await expect(legendEntry(page, 'occupied')).toContainText('as of 2 Dec 2025');
		// Every trip, on request, and the legend explains it.
		await page.getByRole('button', { name: 'All trips' }).click();
		await expect(page.getByRole('button', { name: 'All trips' })).toHaveAttribute(
			'aria-pressed',
			'true'
		);
		await expect(legendEntry(page, 'trip')).toBeVisible({ timeout: 10_000 });
		await goTo(page, 'Ukraine').click();
		await expect(legendEntry(page, 'units')).toBeVisible({ timeout: 10_000 });
	});

	test('a western oblast clicked on the map is moved clear of the panel that opens', async ({
		page
	}) => {
		await open(page, '/explore');
		// The live map starts when the reader acts (or after a quiet while).
		await page.keyboard.press('Shift');
		await expect(page.getByTestId('map')).toHaveAttribute('data-state', 'idle', {
			timeout: 15_000
		});
		// Inside Lviv oblast, which the panel would cover where the map first shows it.
		const LVIV: [number, number] = [24.0, 49.6];
		const at = () =>
			page.evaluate((p) => {
				const map = (window as unknown as { __map: TestMap }).__map;
				const box = map.getCanvas().getBoundingClientRect();
				const xy = map.project(p);
				return { x: box.left + xy.x, y: box.top + xy.y, moving: map.isMoving() };
			}, LVIV);
		const before = await at();
		await page.mouse.click(before.x, before.y);
		const panel = page.getByTestId('map-panel');
		await expect(panel.getByRole('heading', { level: 2 })).toHaveText(/^Lviv/);
		const right = await panel.evaluate((el) => el.getBoundingClientRect().right);
		expect(before.x).toBeLessThan(right);
		await expect
			.poll(
				async () => {
					const now = await at();
					return !now.moving && now.x > right;
				},
				{ timeout: 10_000 }
			)
			.toBe(true);
	});
});

test.describe('trips without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the Abu Dhabi step’s map draws the trip and names it, and no other step’s map does', async ({
		page,
		request
	}) => {
		await page.goto('/');
		const figure = page.locator('section#abu-dhabi figure');
		await expect(figure.locator('img')).toHaveAttribute('src', /maps\/abu-dhabi\.svg$/);
		await expect(figure.locator('figcaption')).toContainText('Dan Driscoll');
		const ids = await page.locator('section.card').evaluateAll((els) => els.map((el) => el.id));
		expect(ids.length).toBeGreaterThan(1);
		const withTrip: string[] = [];
		for (const id of ids) {
			const svg = await (await request.get(`/maps/${id}.svg`)).text();
			if (svg.includes('Geneva (23 Nov) → Abu Dhabi (24–25 Nov)')) withTrip.push(id);
		}
		expect(withTrip).toEqual(['abu-dhabi']);
	});
});
