import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { readChronology } from '../../src/lib/server/content';
import { expect, test } from './fixtures';

const model = readChronology();

test('the handout prints one page per step plus a glossary page, each with its title', async ({
	page
}) => {
	await page.goto('/present/handout');
	await page.emulateMedia({ media: 'print' });
	const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
	const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise;
	expect(doc.numPages).toBe(model.steps.length + 1);
	const textOf = async (n: number) => {
		const content = await (await doc.getPage(n)).getTextContent();
		return content.items
			.map((item) => ('str' in item ? item.str : ''))
			.join(' ')
			.replace(/\s+/g, ' ');
	};
	for (const [i, step] of model.steps.entries()) {
		const text = await textOf(i + 1);
		expect(text, `page ${i + 1}`).toContain(step.title);
		expect(text, `page ${i + 1}`).toContain(step.questions[0]!.split(' ').slice(0, 4).join(' '));
	}
	expect(await textOf(doc.numPages)).toContain('Glossary');
});

test('printing from a slide prints the same handout', async ({ page }) => {
	await page.goto('/present/geneva');
	await expect(page.locator('.print-only .sheet').first()).toBeAttached({ timeout: 10_000 });
	const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
	const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise;
	expect(doc.numPages).toBe(model.steps.length + 1);
	const first = await (await doc.getPage(1)).getTextContent();
	expect(first.items.map((i) => ('str' in i ? i.str : '')).join(' ')).toContain(
		model.steps[0]!.title
	);
});
