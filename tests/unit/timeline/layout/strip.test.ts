import { describe, expect, it } from 'vitest';
import { layoutFor } from '../../../../src/lib/timeline/layout/geometry';
import { symbolPath } from '../../../../src/lib/timeline/plot/symbols';
import { stripFrame } from '../../../../src/lib/timeline/strip';
import { KEY_MARKS, SIDE_SHAPES } from '../../../../src/lib/ui/sides';
import { fixtureModel, realModel } from '../../helpers';

describe('the strip key’s marks', () => {
	for (const shape of SIDE_SHAPES)
		it(`draws the ${shape} as D3 draws it at the key’s size`, () =>
			expect(KEY_MARKS[shape]).toBe(symbolPath(shape, 9)));
});

describe('stripFrame(model)', () => {
	for (const [name, model] of [
		['the story', realModel],
		['the fixture story', fixtureModel]
	] as const)
		it(`gives ${name}’s strip the height its live layout takes, narrow and wide`, () => {
			const frame = stripFrame(model());
			// A lane without spans at the least: the phase row, one row of marks and the axis.
			const bare = model().sides.map(() => 0);
			expect(frame.narrow).toBeGreaterThanOrEqual(layoutFor('strip', 320, bare).height);
			expect(frame.wide).toBeGreaterThanOrEqual(layoutFor('strip', 960, bare).height);
			// Narrow strips are laid out more tightly.
			expect(frame.narrow).toBeLessThan(frame.wide);
		});

	it('grows with the rows that overlapping spans need', () => {
		const model = fixtureModel();
		const side = model.sides[0]!.id;
		const span = (id: string) => ({
			...model.events[0]!,
			id,
			sides: [side],
			date: '2025-01-01',
			end: '2025-01-10'
		});
		const one = stripFrame({ ...model, events: [span('a')] });
		const two = stripFrame({ ...model, events: [span('a'), span('b')] });
		expect(two.wide).toBeGreaterThan(one.wide);
	});
});
