import { describe, expect, it } from 'vitest';

import { placeLabels, textWidth, truncate, wrap } from '../../../../src/lib/timeline/layout/labels';
import { seeded } from '../../helpers';

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
