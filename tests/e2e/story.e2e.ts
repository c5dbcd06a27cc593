import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { RegionTopology } from '../../src/lib/map/model/geo';
import { buildTwin } from '../../src/lib/map/twin/twin';
import { readChronology } from '../../src/lib/server/content';
import { stepFit, stepView } from '../../src/lib/story/steps';
import { expect, open, test } from './fixtures';

const model = readChronology();
const steps = model.steps;
const twin = buildTwin(
	JSON.parse(readFileSync('static/geo/region.topo.json', 'utf8')) as RegionTopology,
	model.places
);

/** Scrolls a step's card to the reading line, as a reader's wheel would. */
async function scrollToStep(page: Page, i: number) {
	await page.evaluate((id) => {
		const card = document.getElementById(id)!;
		const top = card.getBoundingClientRect().top + window.scrollY;
		window.scrollTo({ top: top - window.innerHeight * 0.45, behavior: 'instant' });
	}, steps[i]!.id);
}

async function expectActive(page: Page, i: number) {
	const step = steps[i]!;
	await expect(page).toHaveURL(new RegExp(`[?&]step=${step.id}(&|#|$)`));
	await expect(page.locator(`#${step.id}`)).toHaveClass(/is-active/);
	// Until the live map is up, the step's own map file shows under it (drawn for the same camera) …
	await expect(page.locator('.sticky img.step-map')).toHaveAttribute(
		'src',
		new RegExp(`maps/${step.id}\\.svg$`)
	);
	// … and the timeline highlights its events.
	for (const id of step.events) {
		await expect(page.locator(`.sticky [data-id="${id}"]`).first()).toHaveClass(/highlighted/);
	}
}

/** Once the WebGL map is up, its centre settles inside the step's framing. */
async function expectMapAt(page: Page, i: number) {
	const step = steps[i]!;
	const fit = stepFit(
		step,
		stepView(step, model.events, model.story.period),
		twin.regionBounds,
		model.places,
		[
			[22, 44],
			[40, 52]
		]
	);
	// The live map starts when the reader acts (or after a quiet while).
	await page.keyboard.press('Shift');
	await expect(page.locator('.sticky [data-testid="map"]')).toHaveAttribute('data-state', 'idle', {
		timeout: 20_000
	});
	const [[w, s], [e, n]] = fit.bounds;
	const inside = async () => {
		const c = await page.evaluate(() => {
			const map = (
				window as unknown as {
					__map: { getCenter(): { lng: number; lat: number }; isMoving(): boolean };
				}
			).__map;
			return map.isMoving() ? null : map.getCenter();
		});
		return !!c && c.lng > w - 1 && c.lng < e + 1 && c.lat > s - 1 && c.lat < n + 1;
	};
	await expect.poll(inside, { timeout: 10_000 }).toBe(true);
}

test.describe('the scrolling story', () => {
	test('follows every step scrolling down, and again scrolling back up', async ({ page }) => {
		test.setTimeout(240_000);
		await open(page, '/');
		for (let i = 0; i < steps.length; i++) {
			await scrollToStep(page, i);
			await expectActive(page, i);
			await expectMapAt(page, i);
		}
		await expect(page.locator('.progress span')).toHaveText(`${steps.length} / ${steps.length}`);
		for (let i = steps.length - 1; i >= 0; i--) {
			await scrollToStep(page, i);
			await expectActive(page, i);
			await expectMapAt(page, i);
		}
	});

	test('the cards stay the server’s HTML until the step changes, then go live', async ({
		page
	}) => {
		await open(page, '/');
		const cards = page.locator('.scroller [data-island]');
		// Hydrating the page did not walk the cards' text: they wait until the page has settled.
		await expect(cards).toHaveAttribute('data-island', '');
		await scrollToStep(page, 2);
		await expectActive(page, 2);
		await expect(cards).toHaveAttribute('data-island', 'live');
		await expect(page.locator(`#${steps[0]!.id}`)).not.toHaveClass(/is-active/);
		await scrollToStep(page, 1);
		await expectActive(page, 1);
	});

	test('the sticky graphic goes live in a task of its own after the page’s start', async ({
		page
	}) => {
		await open(page, '/');
		const graphic = page.locator('.sticky > .island > [data-island]');
		await expect(graphic).toHaveAttribute('data-island', 'live', { timeout: 4000 });
		// The cards still wait: nothing has changed the step.
		await expect(page.locator('.scroller [data-island]')).toHaveAttribute('data-island', '');
	});

	for (const viewport of [
		{ width: 1280, height: 720 },
		{ width: 375, height: 667 }
	])
		test.describe(`at ${viewport.width} px`, () => {
			test.use({ viewport, isMobile: viewport.width < 640, hasTouch: viewport.width < 640 });
			test('the timeline strip holds its room while its code loads: the map does not move', async ({
				page
			}) => {
				await open(page, '/');
				const strip = page.locator('.sticky .strip');
				const map = page.locator('.sticky [data-testid="map"]');
				// Below the first screen, the strip waits for its code with its frame: an empty plot and the key.
				await expect(strip.locator('.strip-frame')).toHaveCount(1);
				await expect(strip.locator('.key')).toContainText(model.sides[0]!.name);
				const before = [(await strip.boundingBox())!.height, (await map.boundingBox())!.height];
				await scrollToStep(page, 1);
				await expect(strip.locator('.timeline')).toBeVisible();
				const after = [(await strip.boundingBox())!.height, (await map.boundingBox())!.height];
				expect(after[0]).toBeCloseTo(before[0]!, 0);
				// (On a phone the step's caption takes a line under the map once a step is active.)
				if (viewport.width >= 640) expect(after[1]).toBeCloseTo(before[1]!, 0);
			});
		});

	test('a deep link opens on that step, with its full view', async ({ page }) => {
		const i = steps.findIndex((s) => s.id === 'black-sea');
		await open(page, '/?step=black-sea');
		await expectActive(page, i);
		await expect(page.locator('#black-sea')).toBeInViewport();
		await open(page, '/#kremlin');
		await expectActive(
			page,
			steps.findIndex((s) => s.id === 'kremlin')
		);
	});

	test('Home and End jump to the first and the last step', async ({ page }) => {
		await open(page, '/');
		await scrollToStep(page, 3);
		await expectActive(page, 3);
		// Keyboard scrolling is animated: wait for it to come to rest.
		const scrollY = () => page.evaluate(() => window.scrollY);
		await page.keyboard.press('End');
		await expect.poll(scrollY).toBeGreaterThan(1000);
		await expect(page).toHaveURL(new RegExp(`step=${steps.at(-1)!.id}`));
		// Once the page is at rest at the bottom, Home from the page itself (not from a control that
		// took the keys, such as the timeline's event list, where Home means its first event).
		await expect
			.poll(async () => {
				const a = await scrollY();
				await page.waitForTimeout(200);
				return (await scrollY()) === a;
			})
			.toBe(true);
		await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
		await page.keyboard.press('Home');
		await expect.poll(scrollY, { timeout: 10_000 }).toBe(0);
		await scrollToStep(page, 0);
		await expectActive(page, 0);
	});

	test('announces a step change once, and keeps each step’s text alternative in the page', async ({
		page
	}) => {
		await open(page, '/');
		await scrollToStep(page, 2);
		await expect(page.getByText(`Step 3 of ${steps.length}: ${steps[2]!.title}`)).toBeAttached();
		for (const s of steps) await expect(page.getByText(`Graphic: ${s.alt}`)).toBeAttached();
		await expect(page.locator('.sticky .graphic')).toHaveAttribute('aria-hidden', 'true');
		await expect(page.getByRole('link', { name: /Skip the story/ })).toHaveAttribute(
			'href',
			/explore$/
		);
		expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
	});

	test.describe('on a phone', () => {
		test.use({ viewport: { width: 375, height: 667 }, hasTouch: true, isMobile: true });
		test('puts the graphic on top and the cards over it, readable without zooming', async ({
			page
		}) => {
			await open(page, '/');
			await scrollToStep(page, 4);
			await expectActive(page, 4);
			const graphic = await page.locator('.sticky').boundingBox();
			const card = await page.locator(`#${steps[4]!.id}`).boundingBox();
			expect(graphic!.y).toBeLessThan(10);
			expect(graphic!.width).toBeGreaterThan(360);
			expect(card!.width).toBeLessThanOrEqual(375);
			const size = await page
				.locator(`#${steps[4]!.id} p`)
				.nth(1)
				.evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
			expect(size).toBeGreaterThanOrEqual(16);
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
			expect(overflow).toBeLessThanOrEqual(375);
		});
	});

	test.describe('with reduced motion', () => {
		test.use({ reducedMotion: 'reduce' });
		test('jumps instead of animating', async ({ page }) => {
			await open(page, '/');
			const duration = await page
				.locator('.progress .bar')
				.evaluate((el) => getComputedStyle(el).transitionDuration);
			expect(parseFloat(duration)).toBeLessThan(0.02);
			await scrollToStep(page, 1);
			await expectActive(page, 1);
		});
	});

	const barTransition = (page: Page) =>
		page
			.locator('.progress .bar')
			.evaluate((el) => parseFloat(getComputedStyle(el).transitionDuration));

	test('the motion switch on the page stops the CSS transitions too', async ({ page }) => {
		await open(page, '/');
		// The OS setting alone: the page's start writes nothing on <html>.
		await expect(page.locator('html')).not.toHaveAttribute('data-motion');
		expect(await barTransition(page)).toBeGreaterThan(0.1);
		const toggle = page.getByRole('button', { name: 'Reduce motion' });
		await toggle.click();
		await expect(toggle).toHaveAttribute('aria-pressed', 'true');
		await expect(page.locator('html')).toHaveAttribute('data-motion', 'reduce');
		expect(await barTransition(page)).toBeLessThan(0.02);
	});

	test.describe('when the system asks for reduced motion', () => {
		test.use({ reducedMotion: 'reduce' });
		test('the switch shows it, and turning it off brings the transitions back', async ({
			page
		}) => {
			await open(page, '/');
			const toggle = page.getByRole('button', { name: 'Reduce motion' });
			await expect(toggle).toHaveAttribute('aria-pressed', 'true');
			await toggle.click();
			await expect(page.locator('html')).toHaveAttribute('data-motion', 'full');
			expect(await barTransition(page)).toBeGreaterThan(0.1);
		});
	});
});

test('?embed gives the flat story and posts its height to the parent page, pym.js style', async ({
	page
}) => {
	await page.goto('/about');
	await page.evaluate(() => {
		const w = window as unknown as { messages: string[] };
		w.messages = [];
		addEventListener('message', (e) => w.messages.push(String(e.data)));
		const frame = document.createElement('iframe');
		frame.src = `${location.origin}/?embed&childId=story`;
		frame.width = '600';
		frame.height = '300';
		document.body.append(frame);
	});
	// The frame sits below the fold of a long page: its scripts start after its first paint, or
	// 3 s after it loads where the browser paints nothing off screen, then the story hydrates.
	await expect
		.poll(() => page.evaluate(() => (window as unknown as { messages: string[] }).messages), {
			timeout: 20_000
		})
		.toContainEqual(expect.stringMatching(/^pymxPYMxstoryxPYMxheightxPYMx\d{4,}$/));
	const frame = page.frames().find((f) => f.url().includes('embed'))!;
	await expect(frame.locator('.card')).toHaveCount(steps.length);
	await expect(frame.locator('.sticky')).toBeHidden();
	await expect(frame.locator('.card figure').first()).toBeVisible();
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the steps read as a flat article, each with the map of its step', async ({ page }) => {
		await page.goto('/');
		await expect(page.locator('.card')).toHaveCount(steps.length);
		// The scrolling story's parts that need the script are left out, not shown broken.
		for (const part of ['.sticky', '.progress', '.motion'])
			await expect(page.locator(part)).toBeHidden();
		for (const s of steps) {
			const section = page.locator(`section#${s.id}`);
			await expect(section.getByRole('heading')).toHaveText(s.title);
			const img = section.getByRole('img', { name: /^Map: / });
			await expect(img).toBeVisible();
			await expect(img).toHaveAttribute('src', new RegExp(`maps/${s.id}\\.svg$`));
			await expect(section.locator('figcaption')).toHaveText(/^Map: /);
		}
	});
});
