import { describe, expect, it } from 'vitest';
import { lightenMotion } from '../../../src/lib/map/motion';

/** A stand-in for the map: like MapLibre, a resize at rest fires move events of its own. */
function fakeMap(ratio = 2) {
	const listeners: Record<string, (() => void)[]> = { movestart: [], moveend: [] };
	let isMoving = false;
	const map = {
		ratios: [] as number[],
		getPixelRatio: () => ratio,
		setPixelRatio(r: number) {
			ratio = r;
			map.ratios.push(r);
			if (!isMoving) {
				map.fire('movestart');
				map.fire('moveend');
			}
		},
		on(type: 'movestart' | 'moveend', f: () => void) {
			listeners[type]!.push(f);
		},
		fire(type: string) {
			for (const f of listeners[type]!) f();
		},
		move() {
			isMoving = true;
			map.fire('movestart');
			isMoving = false;
			map.fire('moveend');
		}
	};
	return map;
}

describe('lightenMotion(map)', () => {
	it('draws at a lower pixel ratio while the camera moves and at full once it rests', () => {
		const map = fakeMap(2);
		lightenMotion(map, 0.75);
		map.move();
		expect(map.ratios).toEqual([1.5, 2]);
		expect(map.getPixelRatio()).toBe(2);
	});

	it('does not switch again on the move events its own resize fires', () => {
		const map = fakeMap(1);
		lightenMotion(map, 0.5);
		map.move();
		map.move();
		expect(map.ratios).toEqual([0.5, 1, 0.5, 1]);
	});
});
