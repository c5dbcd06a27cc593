import { describe, expect, it } from 'vitest';
import type { ChronoEvent } from '../../../../src/lib/data/types';
import { sortEvents } from '../../../../src/lib/timeline/model/sort';

const ev = (id: string, title: string, sides: string[], confidence: ChronoEvent['confidence']) =>
	({ id, title, sides, confidence }) as ChronoEvent;
const events = [
	ev('a', 'Zelensky', ['ukraine'], 'confirmed'),
	ev('b', 'Putin', ['russia'], 'conflicting'),
	ev('c', 'Witkoff', ['us'], 'single-source')
];
const order = new Map([
	['us', 0],
	['russia', 1],
	['ukraine', 2]
]);

describe('sortEvents(events, key, isAscending)', () => {
	const cases = [
		{ key: 'date', isAscending: true, expected: ['a', 'b', 'c'] },
		{ key: 'date', isAscending: false, expected: ['c', 'b', 'a'] },
		{ key: 'title', isAscending: true, expected: ['b', 'c', 'a'] },
		{ key: 'side', isAscending: true, expected: ['c', 'b', 'a'] },
		{ key: 'confidence', isAscending: false, expected: ['b', 'c', 'a'] }
	] as const;
	for (const c of cases)
		it(`sorts by ${c.key} ${c.isAscending ? 'up' : 'down'}`, () =>
			expect(sortEvents(events, c.key, c.isAscending, order).map((e) => e.id)).toEqual(c.expected));

	it('does not change its input', () => {
		sortEvents(events, 'title', true, order);
		expect(events.map((e) => e.id)).toEqual(['a', 'b', 'c']);
	});
});
