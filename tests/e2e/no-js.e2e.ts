import { readChronology } from '../../src/lib/server/content';
import { expect, test } from './fixtures';

test.use({ javaScriptEnabled: false });

const model = readChronology();

test('with JavaScript off, /chronology shows every event’s date, title and source links', async ({
	page
}) => {
	await page.goto('/chronology');
	for (const event of model.events) {
		const entry = page.locator(`#event-${event.id}`);
		await expect(entry.locator('time').first()).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}/);
		await expect(entry.getByRole('heading')).toHaveText(event.title);
		for (const source of event.sources) {
			await expect(entry.locator(`a[href="${source.url}"]`).first()).toBeAttached();
		}
	}
	await expect(
		page.locator('h2, h3').filter({ hasText: model.phases[1]!.title }).first()
	).toBeVisible();
});

for (const path of ['/', '/explore']) {
	test(`with JavaScript off, ${path} lists every event’s date and title, linked to its full entry`, async ({
		page
	}) => {
		await page.goto(path);
		for (const event of model.events) {
			const entry = page.locator(`#event-${event.id}`);
			await expect(entry.locator('time').first()).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}/);
			await expect(entry).toContainText(event.title);
			await expect(entry.locator(`a[href$="chronology#event-${event.id}"]`)).toBeAttached();
		}
		await expect(
			page.locator('h2, h3').filter({ hasText: model.phases[1]!.title }).first()
		).toBeVisible();
	});
}
