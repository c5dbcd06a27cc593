import AxeBuilder from '@axe-core/playwright';
import { roleOn } from '../../src/lib/data/roles';
import { readChronology } from '../../src/lib/server/content';
import { slideDay } from '../../src/lib/present/deck';
import { expect, open, test } from './fixtures';

const model = readChronology();
const steps = model.steps;
const slideUrl = (i: number) =>
	i === 0 ? /\/present$/ : new RegExp(`/present/${steps[i - 1]!.id}(\\?|$)`);

test.describe('the presentation', () => {
	test.use({ viewport: { width: 1280, height: 720 } });

	test('moves with every key a presenter or a clicker sends', async ({ page, guard }) => {
		await open(page, '/present');
		await expect(page.locator('h1')).toHaveText(model.story.title);
		for (const key of ['ArrowRight', ' ', 'PageDown']) {
			const before = page.url();
			await page.keyboard.press(key);
			await expect(page).not.toHaveURL(before);
		}
		await expect(page).toHaveURL(slideUrl(3));
		await page.keyboard.press('ArrowLeft');
		await expect(page).toHaveURL(slideUrl(2));
		await page.keyboard.press('PageUp');
		await expect(page).toHaveURL(slideUrl(1));
		await page.keyboard.press('End');
		await expect(page).toHaveURL(slideUrl(steps.length));
		await page.keyboard.press('Home');
		await expect(page).toHaveURL(slideUrl(0));
		await page.keyboard.press('1');
		await page.keyboard.press('2');
		await expect(page.getByText('Go to slide 12')).toBeVisible();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(slideUrl(12));
		await expect(page.locator('h1')).toHaveText(steps[11]!.title);
		expect(guard.errors).toEqual([]);
	});

	test('reveals build-up items one keypress at a time, with the position in the URL', async ({
		page
	}) => {
		const i = steps.findIndex((s) => s.build?.length);
		const items = steps[i]!.build!;
		await open(page, `/present/${steps[i]!.id}`);
		await expect(page.getByRole('list', { name: 'Main points' }).locator('li')).toHaveCount(0);
		for (let n = 1; n <= items.length; n++) {
			await page.keyboard.press('ArrowRight');
			await expect(page).toHaveURL(new RegExp(`build=${n}$`));
			await expect(page.getByRole('list', { name: 'Main points' }).locator('li')).toHaveCount(n);
		}
		await page.keyboard.press('ArrowRight');
		await expect(page).toHaveURL(slideUrl(i + 2));
		await page.keyboard.press('ArrowLeft');
		await expect(page).toHaveURL(new RegExp(`/present/${steps[i]!.id}\\?build=${items.length}$`));
		await page.reload();
		await expect(page.getByRole('list', { name: 'Main points' }).locator('li')).toHaveCount(
			items.length
		);
	});

	test('B blacks out, O and Esc open the overview, ? the help; none has an axe violation', async ({
		page
	}) => {
		await open(page, `/present/${steps[0]!.id}`);
		await page.keyboard.press('b');
		await expect(page.getByText(/screen is blacked out/)).toBeAttached();
		await page.keyboard.press('b');
		await expect(page.getByText(/screen is blacked out/)).not.toBeAttached();

		await page.keyboard.press('o');
		const overview = page.getByRole('dialog', { name: 'All slides' });
		await expect(overview).toBeVisible();
		expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
		await overview.getByRole('button', { name: new RegExp(steps[4]!.title) }).click();
		await expect(page).toHaveURL(slideUrl(5));
		await page.keyboard.press('Escape');
		await expect(overview).toBeVisible();
		await page.keyboard.press('Escape');
		await expect(overview).toBeHidden();

		await page.keyboard.press('?');
		const help = page.getByRole('dialog', { name: 'Keys' });
		await expect(help).toBeVisible();
		await expect(help.getByRole('table')).toContainText('Spoiler-free');
		expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
		await help.getByRole('button', { name: 'Close' }).click();
		await expect(help).toBeHidden();
		expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
	});

	test('F asks for full screen and the control bar works with a mouse', async ({ page }) => {
		await open(page, '/present');
		await page.keyboard.press('f');
		await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
		await page.keyboard.press('f');
		await expect.poll(() => page.evaluate(() => document.fullscreenElement === null)).toBe(true);
		await page.getByRole('button', { name: 'Next →' }).click();
		await expect(page).toHaveURL(slideUrl(1));
		await page.getByRole('button', { name: '← Previous' }).click();
		await expect(page).toHaveURL(slideUrl(0));
	});

	test('a glossary term or a person in a slide opens its card', async ({ page }) => {
		const i = steps.findIndex((s) => s.text.includes('Andriy Yermak'));
		await open(page, `/present/${steps[i]!.id}`);
		await page.getByRole('button', { name: 'Andriy Yermak' }).click();
		const card = page.getByRole('dialog', { name: 'Andriy Yermak' });
		// The role held on the slide's day: Yermak headed the Presidential Office in November 2025.
		const day = slideDay(i + 1, steps, model.events, model.story.period);
		await expect(card).toContainText(
			roleOn(
				model.people.find((p) => p.id === 'yermak')!,
				day
			)
		);
		await page.keyboard.press('Escape');
		await expect(card).toBeHidden();
		await expect(page.getByRole('button', { name: 'Andriy Yermak' })).toBeFocused();
	});

	test('Enter and Space press the focused control, not the next slide', async ({ page }) => {
		const i = steps.findIndex((s) => s.text.includes('Andriy Yermak'));
		await open(page, `/present/${steps[i]!.id}`);
		await page.getByRole('button', { name: 'Andriy Yermak' }).focus();
		await page.keyboard.press('Enter');
		await expect(page.getByRole('dialog', { name: 'Andriy Yermak' })).toBeVisible();
		await page.keyboard.press('Escape');
		await page.getByRole('button', { name: 'Overview' }).focus();
		await page.keyboard.press(' ');
		await expect(page.getByRole('dialog', { name: 'All slides' })).toBeVisible();
		await page.keyboard.press('Escape');
		await page.getByRole('button', { name: /Previous/ }).focus();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(slideUrl(i));
		await page.keyboard.press('ArrowRight');
		await expect(page).toHaveURL(slideUrl(i + 1));
	});

	test('spoiler-free mode (T) hides the events after the slide’s date', async ({ page }) => {
		await open(page, '/present/geneva');
		const later = page.locator('[data-id="putin-bishkek"]');
		await expect(later).toHaveCount(1);
		await page.keyboard.press('t');
		await expect(page.getByRole('button', { name: 'Spoiler-free' })).toHaveAttribute(
			'aria-pressed',
			'true'
		);
		await expect(later).toHaveCount(0);
		await expect(page.locator('[data-id="geneva-talks"]')).toHaveCount(1);
		await page.keyboard.press('t');
		await expect(later).toHaveCount(1);
	});

	test('the speaker view and the audience window follow each other both ways', async ({
		page,
		context
	}) => {
		await open(page, `/present/${steps[1]!.id}`);
		const speaker = await context.newPage();
		await open(speaker, '/present/speaker');
		await expect(speaker.getByRole('heading', { name: /Now: slide 2 of/ })).toBeVisible();
		await expect(speaker.getByText(steps[1]!.notes!)).toBeVisible();
		// Notes are for the speaker only.
		await expect(page.getByText(steps[1]!.notes!)).toHaveCount(0);

		await speaker.keyboard.press('ArrowRight');
		await expect(page).toHaveURL(slideUrl(3));
		await page.bringToFront();
		await page.keyboard.press('ArrowRight');
		await expect(speaker.getByRole('heading', { name: /Now: slide 4 of/ })).toBeVisible();
		await expect(speaker.getByText(steps[3]!.questions[0]!)).toBeVisible();
		expect((await new AxeBuilder({ page: speaker }).analyze()).violations).toEqual([]);
	});

	test('S opens the speaker view in its own window', async ({ page, context }) => {
		await open(page, '/present');
		const [popup] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
		await expect(popup).toHaveURL(/\/present\/speaker$/);
	});

	test('the timeline is the server’s drawing, fitted to its box, until the page has settled', async ({
		page,
		guard
	}) => {
		await open(page, `/present/${steps[1]!.id}`);
		const root = page.locator('.strip [data-island]');
		const plot = page.locator('.strip svg.plot');
		// The server's drawing is shrunk to the box, not cut off by it.
		await expect(root).toHaveAttribute('data-island', '');
		const drawn = (await plot.boundingBox())!;
		const strip = (await page.locator('.strip').boundingBox())!;
		expect(drawn.x + drawn.width).toBeLessThanOrEqual(strip.x + strip.width + 1);
		// Live several seconds after the page has loaded, drawn at the box's width.
		await expect(root).toHaveAttribute('data-island', 'live', { timeout: 20_000 });
		await expect
			.poll(async () => {
				const box = (await page.locator('.strip').boundingBox())!;
				return Math.abs(Number(await plot.getAttribute('width')) - box.width) <= 1;
			})
			.toBe(true);
		expect(guard.errors).toEqual([]);
	});

	test('on a screen wider than the server drew it for, the timeline is live soon after load', async ({
		page,
		guard
	}) => {
		await page.setViewportSize({ width: 1920, height: 1080 });
		await open(page, `/present/${steps[1]!.id}`);
		await expect(page.locator('.strip [data-island]')).toHaveAttribute('data-island', 'live', {
			timeout: 4000
		});
		const box = (await page.locator('.strip').boundingBox())!;
		await expect
			.poll(async () => Number(await page.locator('.strip svg.plot').getAttribute('width')))
			.toBeGreaterThan(box.width - 2);
		expect(guard.errors).toEqual([]);
	});

	test('a slide changed before its timeline is live moves the timeline to the next step', async ({
		page,
		guard
	}) => {
		// No quiet moment ever comes: the timeline goes live only because the slide changes.
		await page.addInitScript(() => {
			window.requestIdleCallback = () => 0;
		});
		const highlightedIn = (html: string) =>
			[...html.matchAll(/<g class="mark[^"]*\bhighlighted\b[^"]*"[^>]*data-id="([^"]+)"/g)]
				.map((x) => x[1])
				.sort();
		const next = await (await page.request.get(`/present/${steps[2]!.id}`)).text();
		const expected = highlightedIn(next);
		expect(expected.length).toBeGreaterThan(0);

		await open(page, `/present/${steps[1]!.id}`);
		const root = page.locator('.strip [data-island]');
		await expect(root).toHaveAttribute('data-island', '');
		const marks = root.locator('g.mark.highlighted');
		const shown = async () =>
			(await marks.evaluateAll((gs) => gs.map((g) => (g as SVGElement).dataset.id!))).sort();
		expect(await shown()).not.toEqual(expected);
		await page.keyboard.press('ArrowRight');
		await expect(page).toHaveURL(slideUrl(3));
		await expect(root).toHaveAttribute('data-island', 'live');
		await expect.poll(shown).toEqual(expected);
		expect(guard.errors).toEqual([]);
	});

	test('an unknown slide lands on a page that leads back', async ({ page, guard }) => {
		guard.allow(/status of 404/);
		const response = await page.goto('/present/no-such-slide');
		expect(response?.status()).toBe(404);
		await expect(page.getByRole('link', { name: /present it in class/i })).toBeVisible();
	});
});
