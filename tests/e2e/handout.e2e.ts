import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Page } from '@playwright/test';
import type { Lang } from '../../src/lib/data/schema/fields';
import { m } from '../../src/lib/paraglide/messages.js';
import { handoutSheets, usedGlossary } from '../../src/lib/present/handout';
import { readChronology } from '../../src/lib/server/content';
import { expect, test } from './fixtures';

const model = readChronology();

/** The page as the browser prints it: A4, the size the handout's `@page` asks for. */
async function printed(page: Page): Promise<PDFDocumentProxy> {
	const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
	return getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise;
}

/**
 * A printed page's text, without spaces and in lower case: the PDF sets the kicker in capitals and
 * may space words and punctuation otherwise than the page does.
 */
async function pageText(doc: PDFDocumentProxy, n: number) {
	const content = await (await doc.getPage(n)).getTextContent();
	return squash(content.items.map((item) => ('str' in item ? item.str : '')).join(''));
}
const squash = (text: string) => text.replace(/\s+/g, '').toLocaleLowerCase();

for (const lang of ['en', 'uk'] as const satisfies readonly Lang[]) {
	const path = `${lang === 'en' ? '' : `/${lang}`}/present/handout`;

	test(`${path} prints each step on one page of its own, then the glossary on one page`, async ({
		page
	}) => {
		const story = readChronology(undefined, lang);
		const sheets = handoutSheets(story);
		const glossary = usedGlossary(story).length > 0;
		await page.goto(path);
		await page.emulateMedia({ media: 'print' });
		// Body text stays readable on paper: nothing set below 9 pt (12 px), the phase labels' and
		// the maps' drawings aside.
		const small = await page.locator('.sheets').evaluate((root) =>
			[...root.querySelectorAll('*')]
				.filter((el) => !el.closest('svg, .media'))
				.filter((el) => [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim()))
				.filter((el) => parseFloat(getComputedStyle(el).fontSize) < 11.9)
				.map((el) => `${el.tagName}.${el.className}: ${getComputedStyle(el).fontSize}`)
		);
		expect.soft(small, 'text below 9 pt').toEqual([]);

		const doc = await printed(page);
		// Soft: the pages below then say which step ran over.
		expect
			.soft(doc.numPages, 'one page per step, and one for the glossary')
			.toBe(sheets.length + (glossary ? 1 : 0));
		for (const { step, n } of sheets) {
			const text = await pageText(doc, n);
			// Each page begins with its own step, the kicker then the title: nothing of the step
			// before it ran over onto it.
			const top = squash(`${story.story.title} · ${n} / ${sheets.length}${step.title}`);
			expect(text.slice(0, top.length), `page ${n}`).toBe(top);
			// …and ends its step: the last question and the last source are on the same page.
			expect(text, `page ${n}`).toContain(squash(step.questions.at(-1)!));
			const lastSource = sheets[n - 1]!.sources.at(-1);
			if (lastSource) expect(text, `page ${n}`).toContain(squash(lastSource.outlet));
		}
		if (glossary) {
			const heading = squash(m.glossary({}, { locale: lang }));
			const text = await pageText(doc, doc.numPages);
			expect(text.slice(0, heading.length), 'the last page').toBe(heading);
		}
	});
}

test('printing from a slide prints the same handout', async ({ page }) => {
	await page.goto('/present/geneva');
	// The handout starts to grow several seconds after the slide is up.
	await expect(page.locator('.print-only .sheet').first()).toBeAttached({ timeout: 20_000 });
	const doc = await printed(page);
	expect(doc.numPages).toBe(model.steps.length + 1);
	const first = await (await doc.getPage(1)).getTextContent();
	expect(first.items.map((i) => ('str' in i ? i.str : '')).join(' ')).toContain(
		model.steps[0]!.title
	);
});

test('printing before the handout is built builds all of it first', async ({ page }) => {
	// The handout grows while the browser is idle; a browser that is never idle has none of it.
	await page.addInitScript(() => {
		window.requestIdleCallback = () => 0;
	});
	await page.goto('/present/geneva');
	await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');
	await expect(page.locator('.print-only .sheet')).toHaveCount(0);
	const doc = await printed(page);
	expect(doc.numPages).toBe(model.steps.length + 1);
});
