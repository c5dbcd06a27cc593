/**
 * The Ukrainian edition at /uk/: every route in Ukrainian (html lang, at least 85 % of the letters
 * of `main` Cyrillic, text given in another language marked with its own `lang`), Ukrainian month
 * names, the language switch keeping the view both ways, hreflang twins, Ukrainian downloads,
 * and no axe-core violation.
 */
import AxeBuilder from '@axe-core/playwright';
import { readChronology } from '../../src/lib/server/content';
import { expect, open, test } from './fixtures';

const model = readChronology();
const step = model.steps[1]!.id;

const ROUTES = [
	'/uk',
	'/uk/explore',
	'/uk/explore/places',
	'/uk/explore/sources',
	'/uk/chronology',
	'/uk/about',
	'/uk/present',
	`/uk/present/${step}`,
	'/uk/present/speaker',
	'/uk/present/handout'
];

/** Cyrillic and Latin letters of `main`, leaving out what is marked as another language. */
async function letters(page: import('@playwright/test').Page) {
	return page.locator('main').evaluate((main) => {
		let cyrillic = 0;
		let latin = 0;
		const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
		for (let n = walker.nextNode(); n; n = walker.nextNode()) {
			const el = n.parentElement!;
			if (el.closest('script, style, [hidden], [aria-hidden="true"]')) continue;
			const lang = el.closest('[lang]')?.getAttribute('lang') ?? 'uk';
			if (!lang.startsWith('uk')) continue;
			cyrillic += (n.textContent!.match(/\p{Script=Cyrillic}/gu) ?? []).length;
			latin += (n.textContent!.match(/\p{Script=Latin}/gu) ?? []).length;
		}
		return { cyrillic, latin };
	});
}

for (const path of ROUTES) {
	test(`${path} is in Ukrainian: lang="uk", at least 85 % Cyrillic letters in main`, async ({
		page
	}) => {
		const response = await page.goto(path);
		expect(response?.status()).toBe(200);
		await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
		const { cyrillic, latin } = await letters(page);
		expect(cyrillic / (cyrillic + latin), `${cyrillic} Cyrillic, ${latin} Latin`).toBeGreaterThan(
			0.85
		);
	});

	test(`${path} has no axe-core violations`, async ({ page }) => {
		await page.goto(path);
		await page.waitForLoadState('networkidle');
		const results = await new AxeBuilder({ page }).analyze();
		expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
	});
}

test('dates are written with Ukrainian month names', async ({ page }) => {
	await page.goto('/uk/chronology');
	const text = await page.locator('main').innerText();
	expect(text).toMatch(/\d{1,2} (листопада|грудня|січня|лютого) 20\d\d/);
	expect(text).not.toMatch(/\d{1,2} (Nov|Dec|Jan|Feb) 20\d\d/);
});

test('/ stays English and does not redirect; each edition names its twin with hreflang', async ({
	page
}) => {
	const response = await page.goto('/');
	expect(new URL(response!.url()).pathname).toBe('/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.locator('link[rel="alternate"][hreflang="uk"]')).toHaveAttribute('href', '/uk');
	await page.goto('/uk/explore');
	await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute(
		'href',
		'/explore'
	);
	await expect(page.locator('link[rel="alternate"][hreflang="uk"]')).toHaveAttribute(
		'href',
		'/uk/explore'
	);
});

test('the page’s language, already in its HTML, is not written again as the page starts', async ({
	page
}) => {
	// Writing it, even unchanged, restyles every element the browser's own style sheet matches by
	// language, in the middle of the page's start.
	await page.addInitScript(() => {
		const w = window as unknown as { langWrites: number };
		w.langWrites = 0;
		new MutationObserver((records) => {
			for (const r of records) if (r.target === document.documentElement) w.langWrites++;
		}).observe(document, { attributes: true, attributeFilter: ['lang'], subtree: true });
	});
	for (const [path, lang] of [
		['/explore', 'en'],
		['/uk/explore', 'uk']
	] as const) {
		await open(page, path);
		await expect(page.locator('html')).toHaveAttribute('lang', lang);
		expect(
			await page.evaluate(() => (window as unknown as { langWrites: number }).langWrites)
		).toBe(0);
	}
	// A move to the other edition inside the page still sets it.
	await page.getByRole('link', { name: 'English', exact: true }).click();
	await expect(page).toHaveURL(/\/explore$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

for (const [path, lang, other] of [
	['/explore/places', 'en', 'uk'],
	['/uk/explore/places', 'uk', 'en']
] as const) {
	test(`${path} names each region and place in its language, then once in the other, marked ${other}`, async ({
		page
	}) => {
		await page.goto(path);
		for (const { kind, id, name } of [
			...model.regions.map((r) => ({ kind: 'region', id: r.id, name: r.name })),
			...model.places.map((p) => ({ kind: 'place', id: p.id, name: p.name }))
		]) {
			const heading = page.locator(`#${kind}-${id}-title`);
			// Regions with nothing to say have no card.
			if (kind === 'region' && !(await heading.count())) continue;
			const own = name[lang] ?? name.en;
			const second = name[other] && name[other] !== own ? [name[other]] : [];
			await expect(heading.locator('[lang]'), `${kind} ${id}`).toHaveText(second);
			if (second.length) await expect(heading.locator('[lang]')).toHaveAttribute('lang', other);
			await expect(heading, `${kind} ${id}`).toHaveText([own, ...second].join(' '));
		}
	});
}

test('the switch keeps the selected event, region, range and filters, both ways', async ({
	page
}) => {
	const event = model.events[5]!.id;
	const query = `event=${event}&region=UA-14`;
	await open(page, `/explore?${query}`);
	await expect(page).toHaveURL(new RegExp(`event=${event}`));
	await page.getByRole('link', { name: 'Українською', exact: true }).click();
	await expect(page).toHaveURL(new RegExp(`/uk/explore\\?.*event=${event}`));
	await expect(page).toHaveURL(/region=UA-14/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
	await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');
	await page.getByRole('link', { name: 'English', exact: true }).click();
	await expect(page).toHaveURL(new RegExp(`127\\.0\\.0\\.1:\\d+/explore\\?.*event=${event}`));
	await expect(page).toHaveURL(/region=UA-14/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('the switch keeps the slide of the presentation, both ways', async ({ page }) => {
	await open(page, `/present/${step}`);
	await page.getByRole('link', { name: 'Українською', exact: true }).click();
	await expect(page).toHaveURL(new RegExp(`/uk/present/${step}$`));
	await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
	await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');
	await page.getByRole('link', { name: 'English', exact: true }).click();
	await expect(page).toHaveURL(new RegExp(`127\\.0\\.0\\.1:\\d+/present/${step}$`));
});

test('the switch carries the story step the address holds', async ({ page }) => {
	await open(page, `/?step=${step}`);
	await expect(page).toHaveURL(/step=/);
	// The address follows the card at the reading line; the link takes it at the moment it is
	// followed (here: focused), so both are read at once.
	const [search, href] = await page.evaluate(() => {
		const a = document.querySelector<HTMLAnchorElement>('a.language')!;
		a.dispatchEvent(new FocusEvent('focus'));
		return [location.search, a.href];
	});
	expect(search).toMatch(/step=/);
	expect(new URL(href!).pathname).toBe('/uk');
	expect(new URL(href!).search).toBe(search);
});

test('the Ukrainian downloads have Ukrainian column names', async ({ request }) => {
	const csv = await (await request.get('/uk/downloads/events.csv')).text();
	expect(csv.split('\r\n')[0]).toMatch(/^ідентифікатор,дата,/);
	const json = await (await request.get('/uk/downloads/events.json')).json();
	expect(Object.keys(json[0])).toContain('назва');
	const plans = await (await request.get('/uk/downloads/plans.csv')).text();
	expect(plans.split('\r\n')[0]).toBe('тема,документ,статус,зміст,зміна,достовірність,джерела');
	expect((await (await request.get('/downloads/events.csv')).text()).startsWith('id,date,')).toBe(
		true
	);
});

test('an unknown page under /uk/ answers in Ukrainian', async ({ page, guard }) => {
	guard.allow(/status of 404/);
	const response = await page.goto('/uk/no-such-page');
	expect(response?.status()).toBe(404);
	await expect(page.locator('h1')).toHaveText('Такої сторінки немає');
	await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
});
