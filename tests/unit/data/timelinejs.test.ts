/**
 * The TimelineJS importer: the synthetic 25-event file converts into a content folder whose only
 * problems are the 25 events without a source, one named error each with its file and line; the
 * committed copy with sources passes; and the parts of the format the file does not use (eras,
 * groups, media, partial dates, HTML) convert as documented.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ChronologyError, formatError } from '../../../src/lib/data/errors';
import { loadChronology } from '../../../src/lib/data/load';
import { Media } from '../../../src/lib/data/schema';
import { readChronology, readContentFiles } from '../../../src/lib/server/content';
import {
	convertTimeline,
	linkCard,
	plainText,
	type TjsTimeline
} from '../../../src/tools/timelinejs/convert';
import { writeContent } from '../../../src/tools/timelinejs/write';

const FIXTURE = join('tests', 'fixtures', 'timelinejs', 'events-25.json');
const bench = JSON.parse(readFileSync(FIXTURE, 'utf8')) as TjsTimeline;
const temp = mkdtempSync(join(tmpdir(), 'chronomap-timelinejs-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** Every check:data message for a folder, as printed. */
function problems(dir: string): string[] {
	try {
		loadChronology(readContentFiles(dir));
		return [];
	} catch (err) {
		if (!(err instanceof ChronologyError)) throw err;
		return err.errors.map(formatError);
	}
}

describe('importing the 25-event TimelineJS file', () => {
	const out = join(temp, 'story');
	const converted = convertTimeline(bench, 'events-25.json');
	writeContent(out, converted, join('data', 'schema'));
	const events = parse(readFileSync(join(out, 'events.yaml'), 'utf8')).events;

	it('writes one event per TimelineJS event, with its day, title and text as summary', () => {
		expect(events).toHaveLength(25);
		expect(events[0]).toMatchObject({
			id: 'ev-00001',
			date: '2016-02-16',
			title: 'Residents group announces bridge closure in Sao Paulo',
			summary: expect.stringMatching(/^Sao Paulo\. Local media reported long queues/),
			location: 'Sao Paulo',
			places: ['sao-paulo'],
			sides: ['events'],
			sources: []
		});
		expect(events.at(-1)).toMatchObject({ id: 'ev-00025', date: '2025-08-26' });
	});

	it('writes each location once as a place, with its coordinates', () => {
		const places = parse(readFileSync(join(out, 'places.yaml'), 'utf8')).places;
		expect(places).toHaveLength(15);
		expect(places[0]).toMatchObject({ id: 'sao-paulo', lng: -46.63, lat: -23.55 });
	});

	it('writes a minimal story: the period of the events, one side, one phase', () => {
		const story = parse(readFileSync(join(out, 'story.yaml'), 'utf8'));
		expect(story).toMatchObject({
			title: 'Synthetic news timeline',
			period: { start: '2016-02-16', end: '2025-08-26' },
			sides: [{ id: 'events', name: 'Events' }],
			phases: [{ id: 'all-events', start: '2016-02-16', end: '2025-08-26' }]
		});
	});

	it('check:data names exactly the 25 events that need a source, with file and line', () => {
		const errors = problems(out);
		const dir = relative(process.cwd(), out).replaceAll('\\', '/');
		expect(errors).toHaveLength(25);
		const lines = readFileSync(join(out, 'events.yaml'), 'utf8').split('\n');
		errors.forEach((e, i) => {
			const id = `ev-${String(i + 1).padStart(5, '0')}`;
			const m = new RegExp(
				`^${dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/events\\.yaml:(\\d+) event "${id}" › sources: needs at least one source$`
			).exec(e);
			expect(m, e).not.toBeNull();
			expect(lines[Number(m![1]) - 1]).toMatch(/^\s+sources: \[\]$/);
		});
	});

	it('refuses to write over a folder that already holds content files', () => {
		expect(() => writeContent(out, converted, join('data', 'schema'))).toThrow(/already holds/);
	});
});

it('the committed import with sources added passes check:data', () => {
	expect(problems(join('tests', 'fixtures', 'timelinejs-sourced'))).toEqual([]);
	const model = readChronology(join('tests', 'fixtures', 'timelinejs-sourced'));
	expect(model.events).toHaveLength(25);
});

describe('the rest of the TimelineJS format', () => {
	const tl: TjsTimeline = {
		title: { text: { headline: 'A <em>test</em> timeline', text: '<p>Made by hand.</p>' } },
		eras: [
			{
				start_date: { year: 1990 },
				end_date: { year: 1995, month: 12, day: 31 },
				text: { headline: 'Early years' }
			}
		],
		events: [
			{
				start_date: { year: '1991' },
				text: { headline: 'Fish &amp; chips', text: 'A <a href="https://example.org">link</a>' },
				group: 'Government',
				media: { url: 'https://example.org/p.jpg', caption: 'A photo', credit: 'Someone' }
			},
			{
				start_date: { year: 1992, month: 3 },
				end_date: { year: 1992, month: 4 },
				text: { headline: 'Fish &amp; chips' }
			},
			{ text: { headline: 'No date' } }
		]
	};
	const c = convertTimeline(tl, 'test.json');

	it('turns HTML into plain text', () => {
		expect(plainText('<p>A&nbsp;&ldquo;b&rdquo;<br>c &#233; &#x41;</p>')).toBe('A “b” c é A');
	});

	it('fills in a missing month or day (a start the first, an end the last), and says so in dateNote', () => {
		expect(c.events[0]).toMatchObject({
			date: '1991-01-01',
			dateNote: expect.stringMatching(/only the year/)
		});
		expect(c.events[1]).toMatchObject({ date: '1992-03-01', end: '1992-04-30' });
		expect(c.events[1]!.dateNote).toMatch(/only the year and month/);
	});

	it('gives repeated titles their own ids, groups become sides, eras phases', () => {
		expect(c.events.map((e) => e.id)).toEqual(['fish-chips', 'fish-chips-2']);
		expect(c.story.sides).toEqual([
			{ id: 'government', name: 'Government' },
			{ id: 'events', name: 'Events' }
		]);
		expect(c.story.phases).toEqual([
			{ id: 'early-years', title: 'Early years', start: '1991-01-01', end: '1992-04-30' }
		]);
		expect(c.story).toMatchObject({ title: 'A test timeline', standfirst: 'Made by hand.' });
	});

	it('reports what it could not import: an event without a date', () => {
		expect(c.report.join('\n')).toMatch(/event 3 "No date": no usable start_date/);
	});

	it('turns media into a link card, a video where the address is one, and reports a missing credit', () => {
		expect(c.events[0]!.media).toEqual({
			link: 'https://example.org/p.jpg',
			kind: 'document',
			title: 'A photo',
			credit: 'Someone'
		});
		expect(linkCard({ url: 'https://youtu.be/abc', caption: 'Launch' })).toEqual({
			link: 'https://youtu.be/abc',
			kind: 'video',
			title: 'Launch',
			credit: ''
		});
		expect(linkCard({ url: 'not a url' })).toBeNull();
		const card = linkCard({
			url: 'https://example.org/v.mp4',
			title: 'T',
			caption: 'C',
			credit: 'X'
		})!;
		expect(Media.safeParse(card).success).toBe(true);
	});
});
