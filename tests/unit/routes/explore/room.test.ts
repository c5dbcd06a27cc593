import { describe, expect, it } from 'vitest';
import type { Bounds } from '../../../../src/lib/map/model/camera';
import {
	clearOfLocator,
	isUnderPanel,
	panelInset
} from '../../../../src/routes/(site)/explore/room';

describe('panelInset(layoutWidth, isOverlay)', () => {
	const cases = [
		{
			name: 'covers 0.6rem plus the panel’s full 23rem on a wide layout',
			width: 1152,
			overlay: true,
			expected: 378
		},
		{
			name: 'shrinks with the layout: 45% of it less 7rem, plus 0.6rem',
			width: 900,
			overlay: true,
			expected: Math.round(9.6 + 0.45 * 900 - 112)
		},
		{
			// The bug it fixes: a 700 px map under a 1000 px window still has the panel over it.
			name: 'still covers the map when the map is narrower than 760 px but the window is not',
			width: 936,
			overlay: true,
			expected: Math.round(9.6 + 0.45 * 936 - 112)
		},
		{ name: 'is zero when the panel is stacked below', width: 700, overlay: false, expected: 0 },
		{ name: 'is never negative', width: 100, overlay: true, expected: 10 }
	];
	for (const c of cases) it(c.name, () => expect(panelInset(c.width, c.overlay)).toBe(c.expected));
});

describe('isUnderPanel(view, width, inset, target)', () => {
	// Longitude 22° to 42° over 1000 px: a 400 px panel covers 22° to 30°.
	const view: Bounds = [
		[22, 44],
		[42, 53]
	];
	const lviv: Bounds = [
		[22.6, 48.7],
		[25.2, 50.6]
	];
	const kharkiv: Bounds = [
		[34.6, 48.5],
		[38.1, 50.5]
	];
	const vinnytsia: Bounds = [
		[27.4, 47.9],
		[30.1, 49.9]
	];
	const cases = [
		{ name: 'a western oblast under the panel', target: lviv, inset: 400, expected: true },
		{ name: 'an eastern oblast clear of it', target: kharkiv, inset: 400, expected: false },
		{ name: 'an oblast partly under its edge', target: vinnytsia, inset: 400, expected: true },
		{ name: 'anything, once the panel is stacked below', target: lviv, inset: 0, expected: false }
	];
	for (const c of cases)
		it(`is ${c.expected} for ${c.name}`, () =>
			expect(isUnderPanel(view, 1000, c.inset, c.target)).toBe(c.expected));
});

describe('clearOfLocator(bounds, height)', () => {
	const b: Bounds = [
		[6, 24],
		[54, 52]
	];
	it('stretches the bounds southwards only', () => {
		const [[w, s], [e, n]] = clearOfLocator(b, 575);
		expect([w, e, n]).toEqual([6, 54, 52]);
		expect(s).toBeLessThan(24);
	});
	it('leaves the old south edge the reserved share of the fitted height above the bottom', () => {
		const y = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
		const [[, s], [, n]] = clearOfLocator(b, 575, 70, 40);
		// Of the 495 px between the paddings, 70 px lie below the old south edge.
		expect((y(24) - y(s)) / (y(n) - y(s))).toBeCloseTo(70 / 495, 6);
	});
	it('keeps the bounds when the map is too small to spare the room', () => {
		expect(clearOfLocator(b, 120)).toEqual(b);
	});
});
