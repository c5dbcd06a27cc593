import AxeBuilder from '@axe-core/playwright';
import { readdirSync, readFileSync } from 'node:fs';
import { formatDay } from '../../src/lib/data/dates';
import { readChronology } from '../../src/lib/server/content';
import { expect, open, test } from './fixtures';

const model = readChronology();

test.describe('explore: plan versions, positions, citations and downloads', () => {
	test('choosing the Donbas topic highlights Donetsk and Luhansk and filters the timeline', async ({
		page
	}) => {
		await open(page, '/explore');
		const topic = model.topics.find((t) => t.id === 'donetsk-withdrawal-buffer-zone')!;
		await page
			.getByRole('rowheader')
			.getByRole('button', { name: /withdrawal from the rest of Donetsk/i })
			.click();
		await expect(page).toHaveURL(/topic=donetsk-withdrawal-buffer-zone/);
		for (const id of ['UA-14', 'UA-09']) {
			await expect(
				page.locator(`[data-testid="map-svg"] [data-region="${id}"].highlight`).first()
			).toBeAttached();
		}
		await expect(page.getByText(`${topic.events.length} events`).first()).toBeVisible();
		await page.getByRole('button', { name: 'Show as table' }).click();
		await expect(
			page.locator('table').filter({ hasText: 'Date' }).first().locator('tbody tr')
		).toHaveCount(topic.events.length);
	});

	test('moving the timeline date changes at least one position cell', async ({ page }) => {
		await open(page, '/explore');
		const matrix = page.locator('section[aria-labelledby="positions-title"]');
		await expect(matrix.getByRole('table')).toContainText(`as of ${formatDay(model.story.asOf)}`);
		const before = await matrix.locator('tbody td').allTextContents();
		await page.locator('[data-id="geneva-talks"]').first().click();
		await expect(page).toHaveURL(/event=geneva-talks/);
		await expect(matrix.getByRole('table')).toContainText('as of 23 Nov 2025');
		await expect(
			matrix.getByText(`Changed since ${formatDay(model.story.asOf)}`).first()
		).toBeVisible();
		const after = await matrix.locator('tbody td').allTextContents();
		expect(after.filter((text, i) => text !== before[i]).length).toBeGreaterThan(0);
	});

	test('the downloads parse, and the filtered one holds exactly the events shown', async ({
		page
	}) => {
		await open(page, '/explore?sides=russia');
		const shown = model.events.filter((e) => e.sides.includes('russia')).length;
		await expect(page.getByText(`The ${shown} events shown now`)).toBeVisible();
		const [csv] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'CSV', exact: true }).click()
		]);
		const text = readFileSync((await csv.path())!, 'utf8');
		const rows = text.trimEnd().split('\r\n');
		expect(rows).toHaveLength(shown + 1);
		const [json] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'JSON', exact: true }).click()
		]);
		const events = JSON.parse(readFileSync((await json.path())!, 'utf8')) as {
			sources: unknown[];
		}[];
		expect(events).toHaveLength(shown);
		expect(events.every((e) => e.sources.length > 0)).toBe(true);

		const full = await page.request.get('/downloads/events.json');
		expect(((await full.json()) as unknown[]).length).toBe(model.events.length);
		const plans = await page.request.get('/downloads/plans.csv');
		expect(await plans.text()).toContain('Recognition of Crimea');
	});

	test('the citation names the exact view, and its URL restores it', async ({ page }) => {
		await open(page, '/explore?event=geneva-talks&region=UA-14');
		const citation = page.getByTestId('citation');
		await expect(citation).toContainText('event=geneva-talks');
		const url = (await citation.textContent())!.match(/http\S+/)![0];
		await open(page, url);
		await expect(page).toHaveURL(/event=geneva-talks/);
		await expect(page).toHaveURL(/region=UA-14/);
		await expect(page.getByRole('heading', { name: 'Donetsk Oblast' }).first()).toBeVisible();
	});

	test('the tables are real tables for screen readers, with no axe violation', async ({ page }) => {
		await open(page, '/explore?topic=army-cap');
		const plans = page.locator('section[aria-labelledby="plans-title"] table');
		await expect(plans.locator('caption')).toBeAttached();
		await expect(plans.locator('th[scope="col"]')).toHaveCount(model.plans!.documents.length + 1);
		await expect(plans.locator('th[scope="row"]')).toHaveCount(model.plans!.topics.length);
		await expect(plans.getByText('Changed', { exact: true }).first()).toBeVisible();
		const results = await new AxeBuilder({ page }).analyze();
		expect(results.violations.map((v) => `${v.id} (${v.nodes.length})`)).toEqual([]);
	});

	test('on a phone the plan table shows one document at a time and does not scroll sideways', async ({
		page
	}) => {
		await page.setViewportSize({ width: 375, height: 667 });
		await open(page, '/explore');
		const section = page.locator('section[aria-labelledby="plans-title"]');
		// The table goes live as the reader nears it; until then it is the full, no-JS table.
		await expect(section.locator('[data-island]')).not.toHaveAttribute('data-island', 'live');
		await section.scrollIntoViewIfNeeded();
		await expect(section.locator('[data-island]')).toHaveAttribute('data-island', 'live');
		const docs = section.locator('th[scope="col"].doc');
		const shown = () => docs.filter({ visible: true });
		// The 28-point draft, which the most other documents revise, comes first.
		await expect(shown()).toHaveCount(1);
		await expect(shown()).toContainText('28-point');
		const picker = section.getByLabel('Document shown');
		await picker.selectOption('ru-istanbul-memorandum');
		await expect(shown()).toHaveCount(1);
		await expect(shown()).toContainText('Istanbul');
		const wide = await section
			.locator('table')
			.evaluate((t) => t.getBoundingClientRect().right <= document.documentElement.clientWidth);
		expect(wide).toBe(true);
		const results = await new AxeBuilder({ page })
			.include('section[aria-labelledby="plans-title"]')
			.analyze();
		expect(results.violations.map((v) => `${v.id} (${v.nodes.length})`)).toEqual([]);
	});
});

test('the sections below the map go live only as the reader nears them or reaches into them', async ({
	page
}) => {
	await page.setViewportSize({ width: 375, height: 667 });
	await open(page, '/explore');
	const plans = page.locator('section[aria-labelledby="plans-title"]');
	const positions = page.locator('section[aria-labelledby="positions-title"]');
	const events = page.locator('section[aria-labelledby="chronology-title"]');
	for (const section of [plans, positions, events])
		await expect(section.locator('[data-island]')).toHaveAttribute('data-island', '');
	// Until then they are the server's HTML, whole.
	await expect(plans.locator('tbody tr')).toHaveCount(model.plans!.topics.length);
	await expect(events.locator('li')).not.toHaveCount(0);
	// Focus moving into one makes it live, without moving the focus.
	const first = plans.getByRole('rowheader').getByRole('button').first();
	await first.focus();
	await expect(plans.locator('[data-island]')).toHaveAttribute('data-island', 'live');
	await expect(first).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(first).toHaveAttribute('aria-pressed', 'true');
	// Nearing one does too.
	await events.scrollIntoViewIfNeeded();
	await expect(events.locator('[data-island]')).toHaveAttribute('data-island', 'live');
});

test.describe('the address says what the reader sees', () => {
	const topic = 'donetsk-withdrawal-buffer-zone';

	test('un-choosing a topic takes it out of the address, and a reload keeps it off', async ({
		page
	}) => {
		await open(page, `/explore?topic=${topic}`);
		const button = page
			.getByRole('rowheader')
			.getByRole('button', { name: /withdrawal from the rest of Donetsk/i });
		await expect(button).toHaveAttribute('aria-pressed', 'true');
		await button.click();
		await expect(button).toHaveAttribute('aria-pressed', 'false');
		await expect(page).not.toHaveURL(/topic=/);
		await page.reload();
		await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');
		await expect(button).toHaveAttribute('aria-pressed', 'false');
	});

	for (const query of ['topic=does-not-exist', 'cam=NaN,NaN,NaN', 'range=2025-13-45..2025-99-99']) {
		test(`?${query} is reported once and leaves the address`, async ({ page }) => {
			await open(page, `/explore?${query}&build=1`);
			const notices = page.locator('.notices .notice');
			await expect(notices).toHaveCount(1);
			await expect(notices.first()).not.toContainText('undefined');
			await expect(page).toHaveURL(/\/explore\?build=1$/);
			await page.reload();
			await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');
			await expect(page.locator('.notices .notice')).toHaveCount(0);
		});
	}

	test('an 8 kB event id with a right-to-left override neither widens the page nor reaches the notice', async ({
		page
	}) => {
		// (A longer address is refused by the server before the page sees it.)
		const id = `\u202Eevil${'x'.repeat(8_000)}`;
		await open(page, `/explore?event=${encodeURIComponent(id)}`);
		const notice = page.locator('.notices .notice').first();
		await expect(notice).toBeVisible();
		const text = (await notice.textContent())!;
		expect(text).not.toContain('\u202E');
		expect(text.length).toBeLessThan(200);
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow).toBe(0);
	});

	test('a range outside the story’s days is dropped, one that overlaps is cut to them', async ({
		page
	}) => {
		await open(page, '/explore?range=2025-11-20..2099-01-01');
		await expect(page).toHaveURL(new RegExp(`range=2025-11-20\\.\\.${model.story.period.end}`));
		await expect(page.locator('.notices .notice')).toHaveCount(0);
	});
});

test('skip links reach the map, the timeline and the plans in one step each', async ({ page }) => {
	await open(page, '/explore');
	const targets = [
		{ link: 'Skip to the map', heading: 'map-title' },
		{ link: 'Skip to the timeline', heading: 'timeline-title' },
		{ link: 'Skip to the plans', heading: 'plans-title' }
	];
	for (const { link, heading } of targets) {
		await page.getByRole('link', { name: link }).focus();
		await page.keyboard.press('Enter');
		await expect(page.locator(`#${heading}`)).toBeFocused();
		// The next Tab lands inside that part of the page.
		await page.keyboard.press('Tab');
		const inside = await page.evaluate((id) => {
			const section = document.getElementById(id)!.closest('section')!;
			return section.contains(document.activeElement);
		}, heading);
		expect(inside, link).toBe(true);
		await page.evaluate(() => window.scrollTo(0, 0));
	}
});

test('the author aids (copy camera, copy place) are left out of the built site', async ({
	page
}) => {
	await open(page, '/explore');
	await expect(page.getByTestId('map-section')).toBeVisible();
	await expect(page.getByTestId('author-aids')).toHaveCount(0);
	// Not merely hidden: no script the site ships holds them.
	const scripts = readdirSync('build/_app/immutable', { recursive: true, encoding: 'utf8' })
		.filter((f) => f.endsWith('.js'))
		.map((f) => readFileSync(`build/_app/immutable/${f}`, 'utf8'));
	expect(scripts.length).toBeGreaterThan(5);
	expect(scripts.filter((js) => js.includes('Copy camera'))).toHaveLength(0);
});
