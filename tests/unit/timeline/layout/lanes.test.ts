import { describe, expect, it } from 'vitest';
import { assignRows, laneOf } from '../../../../src/lib/timeline/layout/lanes';

import { seeded } from '../../helpers';

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
