import { describe, expect, it } from 'vitest';
import { ZOOM_STEP, keyAction } from '../../../../src/lib/timeline/input/keys';

describe('keyAction(key, index, count)', () => {
	const cases = [
		{ key: 'ArrowRight', index: 3, expected: { type: 'focus', index: 4 } },
		{ key: 'ArrowRight', index: 9, expected: { type: 'focus', index: 9 } },
		{ key: 'ArrowLeft', index: 3, expected: { type: 'focus', index: 2 } },
		{ key: 'ArrowLeft', index: 0, expected: { type: 'focus', index: 0 } },
		{ key: 'ArrowDown', index: 3, expected: { type: 'focus', index: 4 } },
		{ key: 'Home', index: 5, expected: { type: 'focus', index: 0 } },
		{ key: 'End', index: 5, expected: { type: 'focus', index: 9 } },
		{ key: 'Enter', index: 5, expected: { type: 'select' } },
		{ key: '+', index: 5, expected: { type: 'zoom', factor: ZOOM_STEP } },
		{ key: '-', index: 5, expected: { type: 'zoom', factor: 1 / ZOOM_STEP } },
		{ key: 'Escape', index: 5, expected: { type: 'clear' } },
		{ key: 'Tab', index: 5, expected: null },
		{ key: 'a', index: 5, expected: null }
	];
	for (const c of cases)
		it(`${c.key} on event ${c.index} of 10 → ${JSON.stringify(c.expected)}`, () =>
			expect(keyAction(c.key, c.index, 10)).toEqual(c.expected));

	it('does nothing when there are no events', () =>
		expect(keyAction('ArrowRight', -1, 0)).toBeNull());
});
