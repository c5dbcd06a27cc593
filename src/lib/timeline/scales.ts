/**
 * Time arithmetic for the timeline: where an event sits in time (UTC milliseconds), the UTC
 * scale, adaptive ticks (years → months → days → hours) and the zoom transforms that frame a
 * period. Pure functions on plain arguments; the components call them in `$derived`.
 */
import { scaleUtc, type ScaleTime } from 'd3';
import { utcDay, utcMonth, utcYear } from 'd3';
import { DAY_MS, MONTHS, zonedToUtc } from '../data/dates';

interface Dated {
	date: string;
	end?: string;
	time?: string;
	timezone?: string;
}

/** Midnight UTC of an ISO day, in ms. */
export function dayMs(day: string): number {
	return Date.UTC(+day.slice(0, 4), +day.slice(5, 7) - 1, +day.slice(8, 10));
}

/** The UTC instant of a local time; UTC itself is read without Intl, which is slow at scale. */
export function instantMs(day: string, time: string, timeZone: string): number {
	if (timeZone === 'UTC') return dayMs(day) + (+time.slice(0, 2) * 60 + +time.slice(3, 5)) * 60000;
	return zonedToUtc(day, time, timeZone).getTime();
}

export interface EventTime {
	/** Where the mark sits: the known instant, or midday of a day without a time. */
	at: number;
	/** First and last instant the event covers (a whole day when no time is known). */
	start: number;
	end: number;
}

/** When an event happens, in UTC ms. Multi-day events run to the end of their last day. */
export function eventTime(e: Dated): EventTime {
	const day = dayMs(e.date);
	const lastDay = e.end && e.end > e.date ? dayMs(e.end) + DAY_MS : day + DAY_MS;
	if (e.time && e.timezone) {
		const at = instantMs(e.date, e.time, e.timezone);
		return { at, start: at, end: Math.max(at, lastDay === day + DAY_MS ? at : lastDay) };
	}
	return { at: day + DAY_MS / 2, start: day, end: lastDay };
}

/** A UTC scale from a time domain (ms) onto a length in px. */
export function timeScale(domain: [number, number], length: number): ScaleTime<number, number> {
	return scaleUtc()
		.domain([new Date(domain[0]), new Date(domain[1])])
		.range([0, length]);
}

export type TickUnit = 'years' | 'months' | 'days' | 'hours';

export interface Tick {
	/** Position along the time axis, px. */
	u: number;
	label: string;
	/** Starts a larger unit (a new year, month or day): drawn stronger and labelled in full. */
	isMajor: boolean;
	ms: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The unit a tick step falls in. */
export function tickUnit(stepMs: number): TickUnit {
	if (stepMs >= 360 * DAY_MS) return 'years';
	if (stepMs >= 28 * DAY_MS) return 'months';
	if (stepMs >= DAY_MS) return 'days';
	return 'hours';
}

/**
 * One tick's label for a unit. The first tick, and each tick where the larger unit changes
 * (a new year, month or day since `prevMs`), names the larger unit too.
 */
export function tickLabel(ms: number, unit: TickUnit, prevMs: number | null): Tick['label'] {
	const d = new Date(ms);
	const p = prevMs === null ? null : new Date(prevMs);
	const y = d.getUTCFullYear();
	const mon = MONTHS[d.getUTCMonth()]!;
	const newYear = !p || p.getUTCFullYear() !== y;
	const newMonth = newYear || p!.getUTCMonth() !== d.getUTCMonth();
	const newDay = newMonth || p!.getUTCDate() !== d.getUTCDate();
	if (unit === 'years') return String(y);
	if (unit === 'months') return newYear ? `${mon} ${y}` : mon;
	if (unit === 'days') {
		if (newYear && p) return `${d.getUTCDate()} ${mon} ${y}`;
		return newMonth ? `${d.getUTCDate()} ${mon}` : String(d.getUTCDate());
	}
	const hm = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
	return newDay ? `${d.getUTCDate()} ${mon} ${hm}` : hm;
}

function isMajor(ms: number, unit: TickUnit): boolean {
	if (unit === 'years') return true;
	if (unit === 'months') return +utcYear.floor(new Date(ms)) === ms;
	if (unit === 'days') return +utcMonth.floor(new Date(ms)) === ms;
	return +utcDay.floor(new Date(ms)) === ms;
}

/**
 * Ticks for an axis of `length` px, about one per `spacing` px: the unit adapts from years to
 * hours as the scale zooms in. Labels are UTC (the axis is UTC; local times go on the card).
 */
export function axisTicks(
	scale: ScaleTime<number, number>,
	length: number,
	spacing = 90
): { unit: TickUnit; ticks: Tick[] } {
	// A broken axis (brokenScale) is ticked segment by segment, each on its own scale.
	const domain = scale.domain();
	if (domain.length === 4) {
		const [r0, r1, r2, r3] = scale.range() as [number, number, number, number];
		const left = segmentTicks(domain[0]!, domain[1]!, r0, r1, spacing);
		const right = segmentTicks(domain[2]!, domain[3]!, r2, r3, spacing);
		return { unit: right.unit, ticks: [...left.ticks, ...right.ticks] };
	}
	return ticksOf(scale, Math.max(2, Math.floor(length / spacing)));
}

/** Ticks of one segment of a broken axis: as many as fit, and at least one naming its year. */
function segmentTicks(d0: Date, d1: Date, u0: number, u1: number, spacing: number) {
	const sub = scaleUtc().domain([d0, d1]).range([u0, u1]);
	const out = ticksOf(sub, Math.max(1, Math.floor((u1 - u0) / spacing)));
	if (out.ticks.length) return out;
	const ms = Math.min(+utcMonth.ceil(d0), +d1);
	return {
		unit: 'months' as const,
		ticks: [{ ms, u: sub(ms), label: tickLabel(ms, 'months', null), isMajor: true }]
	};
}

function ticksOf(
	scale: ScaleTime<number, number>,
	count: number
): { unit: TickUnit; ticks: Tick[] } {
	const dates = scale.ticks(count);
	const step = dates.length > 1 ? +dates[1]! - +dates[0]! : DAY_MS * 365;
	const unit = tickUnit(step);
	return {
		unit,
		ticks: dates.map((d, i) => ({
			ms: +d,
			u: scale(d),
			label: tickLabel(+d, unit, i === 0 ? null : +dates[i - 1]!),
			isMajor: isMajor(+d, unit)
		}))
	};
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

/** ISO day of a UTC instant. */
export const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** A brushed pixel span as a range of whole ISO days (the shared state's time range). */
export function brushRange(
	scale: ScaleTime<number, number>,
	u0: number,
	u1: number
): { start: string; end: string } {
	const [a, b] = u0 <= u1 ? [u0, u1] : [u1, u0];
	return { start: isoDay(+scale.invert(a)), end: isoDay(+scale.invert(b)) };
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
