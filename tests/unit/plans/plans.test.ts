import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { citation } from '../../../src/lib/plans/citation';
import { csv, eventsCsv, eventsJson, plansCsv, safeCell } from '../../../src/lib/plans/exports';
import { positionAsOf, positionGrid } from '../../../src/lib/plans/positions';
import { realModel } from '../helpers';

const model = realModel();
const plans = model.plans!;

/** A small RFC 4180 reader, to check that what we write reads back. */
function readCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	const endField = () => {
		row.push(field);
		field = '';
	};
	for (let i = 0; i < text.length; i++) {
		const c = text[i]!;
		if (quoted && c === '"' && text[i + 1] === '"') {
			field += '"';
			i++;
		} else if (quoted && c === '"') quoted = false;
		else if (quoted) field += c;
		else if (c === '"') quoted = true;
		else if (c === ',') endField();
		else if (c === '\n') {
			endField();
			rows.push(row);
			row = [];
		} else if (c !== '\r') field += c;
	}
	return rows;
}

describe('positionAsOf(positions, side, issue, day)', () => {
	const cases = [
		{ side: 'russia', issue: 'territory', day: '2025-01-01', expected: null },
		{ side: 'russia', issue: 'territory', day: '2025-06-02', expected: '2025-06-02' },
		{ side: 'russia', issue: 'territory', day: '2025-12-06', expected: 'latest' }
	];
	for (const c of cases) {
		it(`gives the latest ${c.side} position on ${c.issue} on or before ${c.day}`, () => {
			const found = positionAsOf(plans.positions, c.side, c.issue, c.day);
			if (c.expected === null) expect(found).toBeNull();
			else if (c.expected === 'latest') {
				const all = plans.positions.filter(
					(p) => p.side === 'russia' && p.issue === 'territory' && p.date <= c.day
				);
				expect(found?.date).toBe(
					all
						.map((p) => p.date)
						.sort()
						.at(-1)
				);
			} else expect(found?.date).toBe(c.expected);
		});
	}

	it('counts a month-only date as the start of its month', () => {
		const p = plans.positions.find((x) => x.date.length === 7)!;
		expect(positionAsOf(plans.positions, p.side, p.issue, `${p.date}-01`)?.id).toBe(p.id);
	});

	it('marks exactly the cells whose position differs from the previous day', () => {
		const sides = ['us', 'russia', 'ukraine', 'europe'];
		const issues = Object.keys(plans.issues);
		const grid = positionGrid(plans.positions, sides, issues, '2025-12-02', '2025-11-20');
		for (const cell of grid.flat()) {
			const before = positionAsOf(plans.positions, cell.side, cell.issue, '2025-11-20');
			expect(cell.isChanged).toBe(before?.id !== cell.position?.id);
		}
		expect(grid.flat().some((c) => c.isChanged)).toBe(true);
		expect(
			positionGrid(plans.positions, sides, issues, '2025-12-02', null)
				.flat()
				.some((c) => c.isChanged)
		).toBe(false);
	});
});

describe('the downloads', () => {
	it('quotes commas, quotes and line breaks (RFC 4180)', () => {
		const cases: [string, string][] = [
			['plain', 'plain'],
			['a, b', '"a, b"'],
			['say "no"', '"say ""no"""'],
			['two\nlines', '"two\nlines"'],
			['', '']
		];
		for (const [input, out] of cases) expect(csv([[input, 'x']])).toBe(`${out},x\r\n`);
	});

	it('writes a cell a spreadsheet would run as a formula as text', () => {
		const cases: [string, string][] = [
			[
				'=HYPERLINK("http://evil.example","Sources")',
				`'=HYPERLINK("http://evil.example","Sources")`
			],
			['+1+1', "'+1+1"],
			['-2+3', "'-2+3"],
			['@SUM(A1)', "'@SUM(A1)"],
			['\t=1', "'\t=1"],
			['\r=1', "'\r=1"],
			['a = b', 'a = b'],
			['', '']
		];
		for (const [input, out] of cases) expect(safeCell(input)).toBe(out);
	});

	it('no cell of events.csv or plans.csv starts a formula, even from a hostile title', () => {
		const hostile = {
			...model.events[0]!,
			title: '=HYPERLINK("http://evil.example","click")',
			summary: '@cmd',
			location: '+1',
			quote: undefined
		};
		const files = [eventsCsv([hostile, ...model.events]), plansCsv(plans)];
		for (const file of files)
			for (const row of readCsv(file))
				for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
		expect(readCsv(files[0]!)[1]![6]).toBe(`'=HYPERLINK("http://evil.example","click")`);
	});

	it('events.csv reads back with one row per event and every source in it', () => {
		const rows = readCsv(eventsCsv(model.events));
		expect(rows).toHaveLength(model.events.length + 1);
		const header = rows[0]!;
		for (const [i, e] of model.events.entries()) {
			const row = Object.fromEntries(header.map((h, j) => [h, rows[i + 1]![j]]));
			expect(row.id).toBe(e.id);
			expect(row.title).toBe(e.title);
			expect(row.summary).toBe(e.summary);
			for (const s of e.sources) expect(row.sources).toContain(s.url);
		}
	});

	it('events.json holds every event with all its sources', () => {
		const back = JSON.parse(eventsJson(model.events)) as typeof model.events;
		expect(back.map((e) => e.id)).toEqual(model.events.map((e) => e.id));
		expect(back.flatMap((e) => e.sources).length).toBe(
			model.events.flatMap((e) => e.sources).length
		);
	});

	it('plans.csv has one row per topic and document, never a blank statement', () => {
		const rows = readCsv(plansCsv(plans));
		expect(rows).toHaveLength(plans.topics.length * plans.documents.length + 1);
		for (const row of rows.slice(1)) expect(row[3]!.length).toBeGreaterThan(0);
	});

	it('still parse when a text holds quotes and line breaks', () => {
		const e = { ...model.events[0]!, title: 'A "quoted", title', summary: 'two\nlines' };
		const rows = readCsv(eventsCsv([e]));
		expect(rows[1]![6]).toBe('A "quoted", title');
		expect(rows[1]![7]).toBe('two\nlines');
		expect(parse(JSON.stringify(JSON.parse(eventsJson([e]))))).toBeTruthy();
	});
});

it('citation(title, url, day) names the exact view and the day it was accessed', () => {
	expect(citation('T', 'http://x/explore?event=a', new Date('2026-11-28T10:00:00Z'))).toBe(
		'“T”. Chronomap. http://x/explore?event=a (accessed 28 Nov 2026).'
	);
});

describe('topics', () => {
	it('the Donbas withdrawal topic concerns Donetsk and Luhansk and their events', () => {
		const topic = model.topics.find((t) => t.id === 'donetsk-withdrawal-buffer-zone')!;
		expect(topic.regions).toEqual(expect.arrayContaining(['donbas', 'UA-14', 'UA-09']));
		expect(topic.events).toContain('draft-text-published');
		expect(topic.events.length).toBeLessThan(model.events.length);
	});
});
