import { flushSync } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import {
	zoomable,
	type ZoomApi,
	type ZoomParams
} from '../../../../src/lib/timeline/input/zoom.svelte';
import type { ZoomTransform } from '../../../../src/lib/timeline/scales/transform';

let stop = () => {};
afterEach(() => {
	stop();
	document.body.replaceChildren();
});

/** A zoomable group whose params live in state, as a component's props would. */
function setup() {
	const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
	const node = document.createElementNS('http://www.w3.org/2000/svg', 'g');
	svg.append(node);
	document.body.append(svg);
	const zooms: ZoomTransform[] = [];
	const box = $state({ length: 784, current: { k: 2, t: -400 } });
	let api!: ZoomApi;
	stop = $effect.root(() => {
		zoomable((): ZoomParams => ({
			orientation: 'horizontal',
			length: box.length,
			cross: 80,
			current: box.current,
			maxK: 50,
			duration: 250,
			onzoom: (z) => zooms.push(z),
			bind: (a) => (api = a)
		}))(node);
	});
	flushSync();
	const transitions = () =>
		Object.keys((node as unknown as { __transition?: object }).__transition ?? {});
	return { box, api, zooms, transitions };
}

describe('zoomable', () => {
	it('does not animate to the view it already shows when the width was just measured', () => {
		const { box, api, zooms, transitions } = setup();
		// The width is measured: the same stretch of time at the new length. A view's effect can
		// ask for that framing before the attachment has seen the new params.
		box.length = 236;
		box.current = { k: 2, t: -120 };
		api.set({ k: 2, t: -120 });
		expect(transitions()).toEqual([]);
		flushSync();
		expect(zooms).toEqual([]);
	});

	it('animates a real move, and jumps when asked to', () => {
		const { api, zooms, transitions } = setup();
		api.set({ k: 2, t: -300 });
		expect(transitions()).toHaveLength(1);
		api.set({ k: 4, t: -900 }, true);
		expect(transitions()).toEqual([]);
		expect(zooms.at(-1)).toEqual({ k: 4, t: -900 });
	});
});
