/**
 * Media of events and steps: the checks an editor meets (alt, credit, licence, source, the file
 * itself), each as `file:line entry › field`, the reading of image sizes, and the names of the
 * files the build makes of each image.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { ChronologyError, formatError } from '../../../src/lib/data/errors';
import { loadChronology, type ContentFiles } from '../../../src/lib/data/load';
import { imageSize } from '../../../src/lib/server/imageSize';
import {
	allVariants,
	heightAt,
	imageWidths,
	parseVariant,
	variantFile
} from '../../../src/lib/ui/media';
import { fixtureFiles, realModel } from '../helpers';

const IMAGE = 'media/as11-40-5903.jpg';

/** Loads the fixture story after an edit; returns the formatted errors (none when it loads). */
function errorsAfter(
	kind: 'events' | 'story',
	edit: (text: string) => string,
	images?: ContentFiles['images']
): string[] {
	const content = fixtureFiles();
	content.files[kind] = edit(content.files[kind]!);
	if (images) content.images = images;
	try {
		loadChronology(content);
	} catch (err) {
		if (err instanceof ChronologyError) return err.errors.map(formatError);
		throw err;
	}
	return [];
}

/** 1-based line of the first line of the fixture file that contains `needle`, after `after`. */
function lineOf(kind: 'events' | 'story', needle: string, after = '') {
	const lines = fixtureFiles().files[kind]!.split('\n');
	const start = after ? lines.findIndex((l) => l.includes(after)) : 0;
	return lines.findIndex((l, i) => i >= start && l.includes(needle)) + 1;
}

describe('media in the fixture story', () => {
	it('loads, with the size of each image it shows', () => {
		const model = loadChronology(fixtureFiles());
		expect(model.images).toEqual({ [IMAGE]: { width: 900, height: 941 } });
		expect(model.events.find((e) => e.id === 'first-step')?.media?.image).toBe(IMAGE);
		expect(model.steps.find((s) => s.id === 'landing')?.media?.credit).toMatch(/NASA/);
		expect(model.events.find((e) => e.id === 'launch')?.media).toMatchObject({
			kind: 'document',
			title: 'Apollo 11 Press Kit'
		});
	});

	it('leaves the main story without images', () => {
		expect(realModel().images).toEqual({});
	});
});

describe('the checks of media', () => {
	// A missing field is reported at the first line of its media.
	const mediaLine = (kind: 'events' | 'story', after: string) => lineOf(kind, 'media:', after) + 1;

	it('requires alt text for an image, at the line of its media', () => {
		const errors = errorsAfter('story', (t) => t.replace(/\n {6}alt: An astronaut[^\n]*/, ''));
		expect(errors).toEqual([
			`tests/fixtures/apollo/story.yaml:${mediaLine('story', 'id: landing')} step "landing" › media.alt: an image needs alt text: what it shows, for readers who cannot see it`
		]);
	});

	it('requires a credit and a licence', () => {
		const errors = errorsAfter('events', (t) =>
			t
				.replace(/\n {6}credit: NASA \/ Neil A\. Armstrong/, '')
				.replace(/\n {6}licence: Public domain, NASA/, '')
		);
		const line = mediaLine('events', 'id: first-step');
		expect(errors).toEqual([
			`tests/fixtures/apollo/events.yaml:${line} event "first-step" › media.credit: media needs a credit: who made it, e.g. "NASA / Neil Armstrong"`,
			`tests/fixtures/apollo/events.yaml:${line} event "first-step" › media.licence: an image needs its licence, e.g. "Public domain, NASA"`
		]);
	});

	it('names an image file that is not in media/, at the line of the path', () => {
		// Both the event and the step that show the file are named, each in its own file.
		expect(errorsAfter('events', (t) => t, {})).toEqual([
			`tests/fixtures/apollo/events.yaml:${lineOf('events', 'image: media/')} event "first-step" › media.image: "${IMAGE}" is not in the content folder (put the file in media/)`,
			`tests/fixtures/apollo/story.yaml:${lineOf('story', 'image: media/')} step "landing" › media.image: "${IMAGE}" is not in the content folder (put the file in media/)`
		]);
	});

	it('names a file that is not an image it can read', () => {
		const errors = errorsAfter('events', (t) => t, {
			[IMAGE]: imageSize(Buffer.from('not an image at all, just some text'))
		});
		expect(errors[0]).toMatch(
			/events\.yaml:\d+ event "first-step" › media\.image: "media\/as11-40-5903\.jpg" is not a JPEG, PNG or WebP file/
		);
	});

	it('takes images only from media/, and only the types it resizes', () => {
		expect(
			errorsAfter('events', (t) => t.replace(`image: ${IMAGE}`, 'image: ../secret.jpg'))[0]
		).toMatch(/media\.image: "\.\.\/secret\.jpg" expected a file in the media\/ folder/);
		expect(
			errorsAfter('events', (t) => t.replace(`image: ${IMAGE}`, 'image: media/clip.gif'))[0]
		).toMatch(/media\.image: "media\/clip\.gif" expected a \.jpg, \.jpeg, \.png, \.webp file/);
	});

	it('asks a link for its title and kind, and refuses an image and a link at once', () => {
		const noTitle = errorsAfter('events', (t) =>
			t.replace('      title: Apollo 11 Press Kit\n', '').replace('      kind: document\n', '')
		);
		const line = mediaLine('events', 'id: launch');
		expect(noTitle).toEqual([
			`tests/fixtures/apollo/events.yaml:${line} event "launch" › media.title: a link needs the title of the page it leads to`,
			`tests/fixtures/apollo/events.yaml:${line} event "launch" › media.kind: a link needs its kind: video or document`
		]);
		const both = errorsAfter('events', (t) =>
			t.replace('      kind: document\n', `      kind: document\n      image: ${IMAGE}\n`)
		);
		expect(both.join('\n')).toMatch(
			/event "launch" › media\.link: "https:[^"]*" give either an image or a link, not both/
		);
	});
});

describe('npm run check:data', () => {
	const dir = mkdtempSync(join(tmpdir(), 'media-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('names a missing image file and a missing licence with file and line, and exits 1', () => {
		cpSync('tests/fixtures/apollo', dir, { recursive: true });
		rmSync(join(dir, IMAGE));
		const story = join(dir, 'story.yaml');
		writeFileSync(
			story,
			readFileSync(story, 'utf8').replace(/\n {6}licence: Public domain, NASA/, '')
		);
		const result = spawnSync(
			process.execPath,
			['node_modules/tsx/dist/cli.mjs', 'src/tools/check-data.ts', dir],
			{ encoding: 'utf8' }
		);
		expect(result.status).toBe(1);
		const lines = result.stderr.split('\n').filter((l) => l.includes('.yaml:'));
		expect(lines).toEqual([
			expect.stringMatching(
				/events\.yaml:\d+ event "first-step" › media\.image: "media\/as11-40-5903\.jpg" is not in the content folder/
			),
			expect.stringMatching(
				/story\.yaml:\d+ step "landing" › media\.licence: an image needs its licence/
			),
			expect.stringMatching(
				/story\.yaml:\d+ step "landing" › media\.image: "media\/as11-40-5903\.jpg" is not in the content folder/
			)
		]);
	}, 30_000);
});

describe('image sizes from the file header', () => {
	it('reads JPEG, PNG and WebP', async () => {
		const jpeg = await sharp({
			create: { width: 37, height: 21, channels: 3, background: '#888' }
		})
			.jpeg()
			.toBuffer();
		const png = await sharp(jpeg).png().toBuffer();
		const webp = await sharp(jpeg).webp().toBuffer();
		const lossless = await sharp(jpeg).webp({ lossless: true }).toBuffer();
		for (const bytes of [jpeg, png, webp, lossless]) {
			expect(imageSize(bytes)).toEqual({ width: 37, height: 21 });
		}
	});

	it('says what is wrong with a file it cannot read', () => {
		expect(imageSize(Buffer.from('GIF89a........................'))).toEqual({
			problem: 'is not a JPEG, PNG or WebP file'
		});
		expect(imageSize(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]))).toEqual({
			problem: 'cannot be read: its header is damaged or cut short'
		});
	});
});

describe('the files made of an image', () => {
	it('are never wider than the original', () => {
		expect(imageWidths({ width: 900, height: 941 })).toEqual([320, 640, 900]);
		expect(imageWidths({ width: 4000, height: 3000 })).toEqual([320, 640, 1280]);
		expect(imageWidths({ width: 200, height: 100 })).toEqual([200]);
		expect(heightAt({ width: 900, height: 941 }, 640)).toBe(669);
	});

	it('are named so the endpoint can read the name back', () => {
		const name = variantFile('media/apollo/as11-40-5903.jpg', 640, 'jpeg');
		expect(name).toBe('apollo/as11-40-5903-640.jpg');
		expect(parseVariant(name)).toEqual({ stem: 'apollo/as11-40-5903', width: 640, format: 'jpeg' });
		expect(allVariants({ [IMAGE]: { width: 900, height: 941 } })).toEqual([
			'as11-40-5903-320.webp',
			'as11-40-5903-640.webp',
			'as11-40-5903-900.webp',
			'as11-40-5903-320.jpg',
			'as11-40-5903-640.jpg',
			'as11-40-5903-900.jpg'
		]);
	});
});
