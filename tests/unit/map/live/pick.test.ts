import { describe, expect, it } from 'vitest';
import { FINGER_RADIUS, fingerBox, nearestWithin } from '../../../../src/lib/map/live/pick';

describe('nearestWithin(at, markers, radius)', () => {
	const markers = [
		{ id: 'pokrovsk', x: 100, y: 100 },
		{ id: 'myrnohrad', x: 112, y: 100 }
	];
	it('gives a place a target a finger wide (44 px)', () => {
		expect(FINGER_RADIUS * 2).toBeGreaterThanOrEqual(44);
		expect(nearestWithin({ x: 100, y: 100 + FINGER_RADIUS }, markers)).toBe('pokrovsk');
	});
	it('leaves a tap further away to the region under the finger', () => {
		expect(nearestWithin({ x: 100, y: 100 + FINGER_RADIUS + 1 }, markers)).toBeNull();
		expect(nearestWithin({ x: 0, y: 0 }, [])).toBeNull();
	});
	it('picks the nearest of two close places', () => {
		expect(nearestWithin({ x: 104, y: 102 }, markers)).toBe('pokrovsk');
		expect(nearestWithin({ x: 108, y: 95 }, markers)).toBe('myrnohrad');
	});
	it('honours a smaller radius', () => {
		expect(nearestWithin({ x: 100, y: 110 }, markers, 8)).toBeNull();
	});
});

describe('fingerBox(at)', () => {
	it('is the square a finger covers around the tap', () => {
		expect(fingerBox({ x: 50, y: 60 })).toEqual([
			[50 - FINGER_RADIUS, 60 - FINGER_RADIUS],
			[50 + FINGER_RADIUS, 60 + FINGER_RADIUS]
		]);
	});
});
