/**
 * The UTC time scale from a domain (ms) onto the time axis (px), and the broken scale that
 * leaves out a long empty stretch; a brushed pixel span read back as days.
 */
import { scaleUtc, type ScaleTime } from 'd3';
import { DAY_MS, isoDay } from '../../data/dates';

/** A UTC scale from a time domain (ms) onto a length in px. */
export function timeScale(domain: [number, number], length: number): ScaleTime<number, number> {
	return scaleUtc()
		.domain([new Date(domain[0]), new Date(domain[1])])
		.range([0, length]);
}

/**
 * The longest stretch of a domain with no event in it, when it fills more than `share` of the
 * domain: an axis can leave it out (brokenScale) and give the room to the events. Null otherwise.
 */
export function emptyStretch(
	sorted: ArrayLike<number>,
	domain: [number, number],
	share = 0.5
): [number, number] | null {
	const [d0, d1] = domain;
	let best: [number, number] | null = null;
	let prev = NaN;
	for (let i = 0; i < sorted.length; i++) {
		const t = sorted[i]!;
		if (t < d0) continue;
		if (t > d1) break;
		if (!Number.isNaN(prev) && (!best || t - prev > best[1] - best[0])) best = [prev, t];
		prev = t;
	}
	return best && best[1] - best[0] > (d1 - d0) * share ? best : null;
}

/**
 * A time scale with a stretch left out: the events before it and after it each get a segment,
 * sized by how many events it holds (between a quarter and three quarters of the length), with
 * `gapPx` between them where the axis draws its break. Each segment keeps a margin of its own
 * length around its events.
 */
export function brokenScale(
	sorted: ArrayLike<number>,
	domain: [number, number],
	stretch: [number, number],
	length: number,
	gapPx = 28
): ScaleTime<number, number> {
	let before = 0;
	let after = 0;
	let first = stretch[0];
	let last = stretch[1];
	for (let i = 0; i < sorted.length; i++) {
		const t = sorted[i]!;
		if (t < domain[0] || t > domain[1]) continue;
		if (t <= stretch[0]) {
			if (before++ === 0) first = t;
		} else if (t >= stretch[1]) {
			after++;
			last = t;
		}
	}
	const margin = (a: number, b: number) => Math.max((b - a) * 0.08, 3 * DAY_MS);
	const m0 = margin(first, stretch[0]);
	const m1 = margin(stretch[1], last);
	const share = Math.min(0.75, Math.max(0.25, before / Math.max(1, before + after)));
	const x1 = share * (length - gapPx);
	return scaleUtc()
		.domain([first - m0, stretch[0] + m0, stretch[1] - m1, last + m1].map((ms) => new Date(ms)))
		.range([0, x1, x1 + gapPx, length]);
}

/** Where a broken scale leaves time out, px along the axis; null for an unbroken one. */
export function axisBreak(scale: ScaleTime<number, number>): [number, number] | null {
	const r = scale.range();
	return r.length === 4 ? [r[1]!, r[2]!] : null;
}

/** A brushed pixel span as a range of whole ISO days (the shared state's time range). */
export function brushRange(
	scale: ScaleTime<number, number>,
	u0: number,
	u1: number
): { start: string; end: string } {
	const [a, b] = u0 <= u1 ? [u0, u1] : [u1, u0];
	return { start: isoDay(+scale.invert(a)), end: isoDay(+scale.invert(b)) };
}
