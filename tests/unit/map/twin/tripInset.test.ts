import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tripArcs } from '../../../../src/lib/map/model/arcs';
import type { WorldTopology } from '../../../../src/lib/map/model/geo';
import { along, arrowhead, buildTripInset } from '../../../../src/lib/map/twin/tripInset';
import { realModel } from '../../helpers';

const world = JSON.parse(readFileSync('static/geo/world.topo.json', 'utf8')) as WorldTopology;
const model = realModel();

describe('along(points, t)', () => {
	const l: [number, number][] = [
		[0, 0],
		[10, 0],
		[10, 10]
	];
	const cases = [
		{ t: 0, expected: { x: 0, y: 0, angle: 0 } },
		{ t: 0.25, expected: { x: 5, y: 0, angle: 0 } },
		{ t: 0.75, expected: { x: 10, y: 5, angle: Math.PI / 2 } },
		{ t: 1, expected: { x: 10, y: 10, angle: Math.PI / 2 } },
		{ t: 2, expected: { x: 10, y: 10, angle: Math.PI / 2 } }
	];
	for (const c of cases)
		it(`finds the point ${c.t} of the way along a polyline, and its direction`, () =>
			expect(along(l, c.t)).toEqual(c.expected));
});

describe('arrowhead(x, y, angle)', () => {
	it('has its tip at the point and its base behind it', () => {
		expect(arrowhead(10, 10, 0, 8)).toBe('M10,10L2.8,6.5L2.8,13.5Z');
	});
});

describe('buildTripInset(world, arcs)', () => {
	const inset = buildTripInset(world, tripArcs(model))!;
	it('is null when there is no trip', () => expect(buildTripInset(world, [])).toBeNull());
	it('draws land, Ukraine and each trip, with both ends inside the inset', () => {
		expect(inset.land.length).toBeGreaterThan(500);
		expect(inset.focus).toMatch(/^M/);
		expect(inset.trips).toHaveLength(1);
		const [t] = inset.trips;
		expect(t!.caption).toEqual(['Dan Driscoll', 'Geneva (23 Nov) → Abu Dhabi (24–25 Nov)']);
		for (const end of [t!.from, t!.to]) {
			expect(end.x).toBeGreaterThan(0);
			expect(end.x).toBeLessThan(inset.width);
			expect(end.y).toBeGreaterThan(0);
			expect(end.y).toBeLessThan(inset.height);
		}
		expect(t!.from.x).toBeLessThan(t!.to.x);
		expect(t!.arrows.match(/M/g)).toHaveLength(2);
	});
	it('puts each end’s name on the side away from the arc', () => {
		const [t] = inset.trips;
		// Geneva: the arc leaves downwards, so the name goes above; Abu Dhabi: it arrives from above.
		expect(t!.from.textY).toBeLessThan(t!.from.y);
		expect(t!.to.textY).toBeGreaterThan(t!.to.y);
	});
	it('stays small enough to ship in every page that has a map (≤ 12 kB)', () => {
		expect(JSON.stringify(inset).length).toBeLessThan(12_000);
	});
});
