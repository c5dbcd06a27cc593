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

/**
 * Like binLane, but by spacing: events closer than `minGap` px to a neighbour join it in one
 * density mark, so every single mark keeps a target of `minGap` px to itself (touch layouts).
 */
export function clusterLane(
	times: ArrayLike<number>,
	view: [number, number],
	toU: (ms: number) => number,
	minGap: number
): LaneDetail {
	const points: number[] = [];
	const bins: Bin[] = [];
	const from = lowerBound(times, view[0]);
	const to = lowerBound(times, view[1]);
	let start = from;
	for (let i = from; i < to; i++) {
		const isLast = i === to - 1 || toU(times[i + 1]!) - toU(times[i]!) >= minGap;
		if (!isLast) continue;
		if (i === start) points.push(i);
		else {
			const u0 = toU(times[start]!) - minGap / 4;
			bins.push({
				u0,
				u1: toU(times[i]!) + minGap / 4,
				count: i - start + 1,
				first: start,
				last: i
			});
		}
		start = i + 1;
	}
	return { points, bins };
}

/**
 * Whether drawing this many single marks as SVG (a group, a hit area and a shape each) would
 * exceed the node budget; then canvas draws them. Density marks are always drawn on canvas.
 */
export function needsCanvas(points: number, budget = 1500, nodesPerPoint = 3): boolean {
	return points * nodesPerPoint > budget;
}
