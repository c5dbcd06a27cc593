import { describe, expect, it } from 'vitest';
import {
	assignRows,
	laneOf,
	placeLabels,
	textWidth,
	truncate,
	wrap
} from '../../../src/lib/timeline/layout';
import { seeded } from '../helpers';

describe('laneOf(sides, order)', () => {
	const order = new Map([
		['us', 0],
		['russia', 1],
		['ukraine', 2]
	]);
	const cases = [
		{ name: 'takes the only side', sides: ['russia'], expected: 1 },
		{
			name: 'takes the first side in the story order, not the list order',
			sides: ['ukraine', 'us'],
			expected: 0
		},
		{ name: 'puts unknown sides in the last lane', sides: ['mars'], expected: 2 }
	];
	for (const c of cases) it(c.name, () => expect(laneOf(c.sides, order)).toBe(c.expected));
});

describe('assignRows(intervals)', () => {
	const cases = [
		{
			name: 'keeps disjoint intervals in one row',
			input: [
				{ start: 0, end: 1 },
				{ start: 2, end: 3 }
			],
			expected: [0, 0]
		},
		{
			name: 'stacks overlapping intervals',
			input: [
				{ start: 0, end: 5 },
				{ start: 2, end: 3 },
				{ start: 4, end: 6 }
			],
			expected: [0, 1, 1]
		},
		{
			name: 'counts touching ends as overlapping',
			input: [
				{ start: 0, end: 2 },
				{ start: 2, end: 3 }
			],
			expected: [0, 1]
		},
		{
			name: 'handles input out of order',
			input: [
				{ start: 4, end: 6 },
				{ start: 0, end: 5 }
			],
			expected: [1, 0]
		}
	];
	for (const c of cases) it(c.name, () => expect(assignRows(c.input)).toEqual(c.expected));

	it('never puts two overlapping intervals in one row (300 random sets)', () => {
		const rand = seeded(7);
		for (let k = 0; k < 300; k++) {
			const input = Array.from({ length: 1 + Math.floor(rand() * 30) }, () => {
				const start = Math.floor(rand() * 100);
				return { start, end: start + Math.floor(rand() * 20) };
			});
			const rows = assignRows(input);
			for (let i = 0; i < input.length; i++)
				for (let j = i + 1; j < input.length; j++)
					if (rows[i] === rows[j])
						expect(input[i]!.end < input[j]!.start || input[j]!.end < input[i]!.start).toBe(true);
		}
	});
});

describe('placeLabels(candidates)', () => {
	it('places the most important label first and drops what does not fit', () => {
		const placed = placeLabels(
			[
				{ id: 'a', u: 0, size: 100, group: 0, priority: 1 },
				{ id: 'b', u: 50, size: 100, group: 0, priority: 5 },
				{ id: 'c', u: 60, size: 100, group: 0, priority: 0 }
			],
			{ rows: 2, gap: 4, length: 1000, max: 10 }
		);
		expect(placed.map((p) => [p.id, p.row])).toEqual([
			['b', 0],
			['a', 1]
		]);
	});

	it('pulls a label that would run off the end back inside, and leaves out one whose mark is off the axis', () => {
		const placed = placeLabels(
			[
				{ id: 'end', u: 950, size: 100, group: 0, priority: 2 },
				{ id: 'start', u: -3, size: 100, group: 1, priority: 1 },
				{ id: 'before', u: -40, size: 100, group: 2, priority: 1 },
				{ id: 'after', u: 1000, size: 100, group: 3, priority: 1 }
			],
			{ rows: 2, gap: 4, length: 1000, max: 10 }
		);
		expect(placed.map((p) => [p.id, p.u])).toEqual([
			['end', 900],
			['start', 0]
		]);
	});

	it('never lets two labels in the same row overlap, at any zoom (200 random frames)', () => {
		const rand = seeded(11);
		for (let k = 0; k < 200; k++) {
			const zoom = 0.2 + rand() * 20;
			const candidates = Array.from({ length: 60 }, (_, i) => ({
				id: String(i),
				u: rand() * 1000 * zoom - 200,
				size: textWidth('x'.repeat(5 + Math.floor(rand() * 30)), 12),
				group: Math.floor(rand() * 3),
				priority: rand()
			}));
			const placed = placeLabels(candidates, { rows: 2, gap: 6, length: 1000, max: 40 });
			expect(placed.length).toBeLessThanOrEqual(40);
			for (let i = 0; i < placed.length; i++) {
				const a = placed[i]!;
				expect(a.u).toBeGreaterThanOrEqual(0);
				expect(a.u + a.size).toBeLessThanOrEqual(1000);
				for (let j = i + 1; j < placed.length; j++) {
					const b = placed[j]!;
					if (a.group !== b.group || a.row !== b.row) continue;
					expect(a.u + a.size + 6 <= b.u || b.u + b.size + 6 <= a.u).toBe(true);
				}
			}
		}
	});
});

describe('truncate(text, max)', () => {
	const cases = [
		{ input: 'Short', max: 10, expected: 'Short' },
		{
			input: 'US and Ukrainian delegations meet in Geneva',
			max: 20,
			expected: 'US and Ukrainian…'
		},
		{ input: 'Supercalifragilistic', max: 8, expected: 'Superca…' }
	];
	for (const c of cases)
		it(`cuts "${c.input}" to ${c.max} characters at a word`, () => {
			const out = truncate(c.input, c.max);
			expect(out).toBe(c.expected);
			expect(out.length).toBeLessThanOrEqual(c.max);
		});
});

describe('wrap(text, perLine, maxLines)', () => {
	const cases = [
		{ input: 'Short', expected: ['Short'] },
		{ input: 'Zelensky holds talks with Erdogan', expected: ['Zelensky holds', 'talks with…'] },
		{ input: 'Putin receives Witkoff', expected: ['Putin receives', 'Witkoff'] },
		{
			input: 'Intergovernmental commission meets',
			expected: ['Intergovernme…', 'commission…']
		},
		{ input: 'Counterproposals', expected: ['Counterpropos…'] }
	];
	for (const c of cases)
		it(`breaks "${c.input}" into at most two lines of 14 characters`, () => {
			const lines = wrap(c.input, 14, 2);
			expect(lines).toEqual(c.expected);
			for (const l of lines) expect(l.length).toBeLessThanOrEqual(14);
		});
});
