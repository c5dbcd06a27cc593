import { describe, expect, it } from 'vitest';
import {
	arrowPixels,
	COLORS,
	hatchPixels,
	hexToRgb,
	snapshotFilter,
	stateColor,
	stateOpacity,
	stateWidth
} from '../../../../src/lib/map/style/paint';

/** Evaluates the small subset of MapLibre expressions paint.ts uses, against a feature-state. */
function evaluate(
	expr: unknown,
	state: Record<string, boolean>,
	props: Record<string, unknown> = {}
): unknown {
	if (!Array.isArray(expr)) return expr;
	const [op, ...args] = expr as [string, ...unknown[]];
	switch (op) {
		case 'case': {
			for (let i = 0; i + 1 < args.length; i += 2)
				if (evaluate(args[i], state, props)) return evaluate(args[i + 1], state, props);
			return evaluate(args[args.length - 1], state, props);
		}
		case 'boolean':
			return evaluate(args[0], state, props) ?? evaluate(args[1], state, props);
		case 'feature-state':
			return state[args[0] as string];
		case 'get':
			return props[args[0] as string];
		case 'any':
			return args.some((a) => evaluate(a, state, props));
		case '==':
			return evaluate(args[0], state, props) === evaluate(args[1], state, props);
		default:
			throw new Error(`unsupported ${op}`);
	}
}

describe('stateColor(base)', () => {
	const cases: { name: string; state: Record<string, boolean>; expected: string }[] = [
		{ name: 'no state gives the base colour', state: {}, expected: '#ffffff' },
		{ name: 'hover gives the hover colour', state: { hover: true }, expected: COLORS.hover },
		{
			name: 'an event highlight beats hover',
			state: { hover: true, highlight: true },
			expected: COLORS.highlight
		},
		{
			name: 'selection beats everything',
			state: { hover: true, highlight: true, selected: true },
			expected: COLORS.selected
		}
	];
	for (const c of cases)
		it(c.name, () => expect(evaluate(stateColor('#ffffff'), c.state)).toBe(c.expected));
});

describe('stateWidth(base) and stateOpacity', () => {
	it('outlines are hidden and thin until a feature is hovered, highlighted or selected', () => {
		expect(evaluate(stateOpacity, {})).toBe(0);
		expect(evaluate(stateWidth(0.6), {})).toBe(0.6);
		expect(evaluate(stateOpacity, { hover: true })).toBe(1);
		expect(evaluate(stateWidth(0.6, 2.5), { selected: true })).toBe(2.5);
		expect(evaluate(stateWidth(0.6, 2.5), { highlight: true })).toBe(2);
	});
});

describe('snapshotFilter(id)', () => {
	it('keeps only the features of that snapshot', () => {
		const f = snapshotFilter('2025-12-02');
		expect(evaluate(f, {}, { snapshot: '2025-12-02' })).toBe(true);
		expect(evaluate(f, {}, { snapshot: 'pre-2022' })).toBe(false);
	});
});

describe('hatchPixels(size, line, rgb)', () => {
	const size = 8;
	const px = hatchPixels(size, 2, [10, 20, 30], 200);
	const alpha = (x: number, y: number) => px[(y * size + x) * 4 + 3];
	it('has size × size RGBA pixels in the given colour', () => {
		expect(px.length).toBe(size * size * 4);
		expect([...px.slice(0, 3)]).toEqual([10, 20, 30]);
	});
	it('draws diagonal stripes that tile without a seam', () => {
		expect(alpha(0, 0)).toBe(200);
		expect(alpha(1, 0)).toBe(200);
		expect(alpha(4, 0)).toBe(0);
		// Along an anti-diagonal the value is constant, across the tile edge too.
		for (let i = 0; i < size; i++) expect(alpha(i, (size - i) % size)).toBe(alpha(0, 0));
	});
	it('covers line / size of the tile', () => {
		let on = 0;
		for (let i = 3; i < px.length; i += 4) if (px[i]) on++;
		expect(on).toBe(size * 2);
	});
});

describe('hexToRgb(hex)', () => {
	it('reads #rrggbb', () => expect(hexToRgb('#b0281f')).toEqual([176, 40, 31]));
});

describe('arrowPixels(size, rgb)', () => {
	const size = 24;
	const px = arrowPixels(size, [106, 61, 154]);
	const at = (x: number, y: number) => [...px.slice((y * size + x) * 4, (y * size + x) * 4 + 4)];
	it('has size × size RGBA pixels', () => expect(px.length).toBe(size * size * 4));
	it('points to +x: solid colour at the middle, the tip side narrower than the base side', () => {
		expect(at(size / 2 - 2, size / 2)).toEqual([106, 61, 154, 255]);
		const opaqueInColumn = (x: number) =>
			Array.from({ length: size }, (_, y) => at(x, y)[3]!).filter((a) => a > 0).length;
		expect(opaqueInColumn(size - 6)).toBeLessThan(opaqueInColumn(6));
	});
	it('leaves the corners transparent and rims the colour in white', () => {
		for (const [x, y] of [
			[0, 0],
			[size - 1, 0],
			[size - 1, size - 1]
		] as const)
			expect(at(x, y)[3]).toBe(0);
		expect(at(3, size / 2)).toEqual([255, 255, 255, 235]);
	});
});
