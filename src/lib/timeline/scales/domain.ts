/**
 * Which stretch of time the timeline covers and opens on: the events' whole span, padded, and
 * their core period. Instants in UTC ms.
 */
import { DAY_MS, dayMs } from '../../data/dates';

/**
 * The core period of sorted instants: the shortest stretch that holds `share` of them, widened
 * to take in neighbours closer than `reach` times its length (so a cluster is not cut short).
 */
export function corePeriod(
	sorted: ArrayLike<number>,
	share = 0.8,
	reach = 0.35
): [number, number] | null {
	const n = sorted.length;
	if (n === 0) return null;
	const need = Math.max(1, Math.ceil(n * share));
	let lo = 0;
	for (let i = 1; i + need - 1 < n; i++) {
		if (sorted[i + need - 1]! - sorted[i]! < sorted[lo + need - 1]! - sorted[lo]!) lo = i;
	}
	let hi = lo + need - 1;
	for (let grew = true; grew;) {
		grew = false;
		const span = Math.max(DAY_MS, sorted[hi]! - sorted[lo]!);
		if (lo > 0 && sorted[lo]! - sorted[lo - 1]! <= span * reach) {
			lo -= 1;
			grew = true;
		}
		if (hi < n - 1 && sorted[hi + 1]! - sorted[hi]! <= span * reach) {
			hi += 1;
			grew = true;
		}
	}
	return [sorted[lo]!, sorted[hi]!];
}

/** The view to open with: the core period, or everything when the core is a third of it or more. */
export function openingDomain(
	all: [number, number],
	core: [number, number] | null
): [number, number] {
	if (!core || (core[1] - core[0]) * 3 >= all[1] - all[0]) return all;
	return padDomain(core, 0.04);
}

/** Widens a domain by a share of its length on both sides, and to at least `minMs`. */
export function padDomain(d: [number, number], share = 0.04, minMs = 2 * DAY_MS): [number, number] {
	const mid = (d[0] + d[1]) / 2;
	const half = Math.max((d[1] - d[0]) * (0.5 + share), minMs / 2);
	return [mid - half, mid + half];
}

/**
 * The whole stretch of time the events cover (or the story's period when there are none), padded,
 * and the opening view on their core period. Instants in ms; `sortedAt`, the events' instants in
 * order, when the caller has them already.
 */
export function timelineDomains(
	times: readonly { start: number; end: number; at: number }[],
	period: { start: string; end: string },
	sortedAt?: Float64Array
): { all: [number, number]; core: [number, number] } {
	let first = Infinity;
	let last = -Infinity;
	for (const t of times) {
		if (t.start < first) first = t.start;
		if (t.end > last) last = t.end;
	}
	const all = padDomain(
		times.length ? [first, last] : [dayMs(period.start), dayMs(period.end)],
		0.02
	);
	const sorted = sortedAt ?? Float64Array.from(times, (t) => t.at).sort();
	return { all, core: openingDomain(all, corePeriod(sorted)) };
}
