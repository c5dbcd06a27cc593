/**
 * Zoom maths: the `{ k, t }` transform that shows a domain over the "fit all" scale, and the
 * domain a transform shows. d3-zoom (zoom.svelte.ts) applies them.
 */

export interface ZoomTransform {
	/** Scale factor over the "fit all" scale. */
	k: number;
	/** Translation along the time axis, px. */
	t: number;
}

/** The transform that shows `view` across `length` px, given the "fit all" domain. */
export function frameTransform(
	all: [number, number],
	view: [number, number],
	length: number
): ZoomTransform {
	const pxPerMs = length / (all[1] - all[0]);
	const k = (all[1] - all[0]) / Math.max(1, view[1] - view[0]);
	return { k, t: -(view[0] - all[0]) * pxPerMs * k };
}

/** The domain a transform shows. */
export function transformDomain(
	all: [number, number],
	z: ZoomTransform,
	length: number
): [number, number] {
	const msPerPx = (all[1] - all[0]) / length;
	return [all[0] + (-z.t / z.k) * msPerPx, all[0] + ((length - z.t) / z.k) * msPerPx];
}
