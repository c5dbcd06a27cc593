/**
 * Level of detail: along each lane, events closer together than a few per bucket of pixels are
 * drawn as one density mark instead of one mark each, so the number of marks follows the width
 * of the screen, not the number of events. Buckets are fixed in zoomed "world" pixels, so panning
 * does not reshuffle them.
 */

export interface Bin {
	/** Start and end of the bucket along the time axis, screen px. */
	u0: number;
	u1: number;
	count: number;
	/** Index range [first, last] of the events in the lane's sorted list. */
	first: number;
	last: number;
}

export interface LaneDetail {
	/** Indexes (into the lane's sorted list) of events drawn one by one. */
	points: number[];
	bins: Bin[];
}

/** First index whose value is ≥ x in a sorted array. */
export function lowerBound(sorted: ArrayLike<number>, x: number): number {
	let lo = 0;
	let hi = sorted.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (sorted[mid]! < x) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/**
 * Splits a lane's events (sorted instants, ms) that fall in view into single marks and density
 * bins. `toWorld` maps an instant to zoomed world px; `offset` turns world px into screen px.
 * A bucket with more than `maxPerBucket` events becomes a bin.
 */
export function binLane(
	times: ArrayLike<number>,
	view: [number, number],
	toWorld: (ms: number) => number,
	offset: number,
	opts: { bucketPx: number; maxPerBucket: number }
): LaneDetail {
	const points: number[] = [];
	const bins: Bin[] = [];
	const from = lowerBound(times, view[0]);
	const to = lowerBound(times, view[1]);
	let runStart = from;
	let runBucket = NaN;
	const flush = (end: number) => {
		const count = end - runStart;
		if (count === 0) return;
		if (count > opts.maxPerBucket) {
			const u0 = runBucket * opts.bucketPx + offset;
			bins.push({ u0, u1: u0 + opts.bucketPx, count, first: runStart, last: end - 1 });
		} else for (let j = runStart; j < end; j++) points.push(j);
	};
	for (let i = from; i < to; i++) {
		const bucket = Math.floor(toWorld(times[i]!) / opts.bucketPx);
		if (bucket !== runBucket) {
			flush(i);
			runStart = i;
			runBucket = bucket;
		}
	}
	flush(to);
	return { points, bins };
}

/** Whether drawing this many marks as SVG would exceed the node budget (then canvas draws them). */
export function needsCanvas(
	points: number,
	bins: number,
	budget = 2000,
	nodesPerPoint = 2
): boolean {
	return points * nodesPerPoint + bins > budget;
}
