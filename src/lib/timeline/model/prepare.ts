/**
 * Turns the filtered events into what the timeline draws from: instants, lanes, span rows and
 * one sorted array of instants per lane for level-of-detail binning. Computed once per filter
 * change, not per frame.
 */
import type { ChronoEvent } from '../../data/types';
import { DAY_MS } from '../../data/dates';
import { eventTime, type EventTime } from './time';
import { assignRows, laneOf } from '../layout/lanes';

export interface PreparedLane {
	/** Indexes into `events` of the lane's single-point events, in time order. */
	points: number[];
	/** Their instants, ms, for binary search. */
	at: Float64Array;
	/** Indexes of the lane's multi-day events; drawn as spans, never binned. */
	spans: number[];
	/** The row of each of `spans`, in this lane. */
	spanRow: number[];
	/** Rows the spans need. */
	spanRows: number;
}

export interface Prepared {
	events: ChronoEvent[];
	times: EventTime[];
	/** The event's own lane: its first side's. It holds the focusable mark and the label. */
	lane: Int32Array;
	/** Span row per event in its own lane, -1 for points. */
	row: Int32Array;
	lanes: PreparedLane[];
	/** The index of each event id. */
	index: Map<string, number>;
	/** All instants, sorted (events come sorted by date). */
	sortedAt: Float64Array;
}

const cache = new WeakMap<object, EventTime>();

/** eventTime, computed once per event object (filters and resizes prepare the same events). */
export function timeOf(e: ChronoEvent): EventTime {
	let t = cache.get(e);
	if (!t) {
		t = eventTime(e);
		cache.set(e, t);
	}
	return t;
}

/** Multi-day events (or timed events with a later end) are spans. */
export const isSpan = (t: EventTime) => t.end - t.start > DAY_MS * 1.01;

/** Whether the date is uncertain (the data explains it in a `dateNote`): drawn as a range. */
export const isUncertain = (e: { dateNote?: string }) => e.dateNote !== undefined;

/** The range drawn for an uncertain date: a day either side of what is given. */
export const uncertainRange = (t: EventTime): [number, number] => [
	t.start - DAY_MS,
	t.end + DAY_MS
];

/**
 * The lanes an event is drawn in: its own (first side's) lane, then those of its other sides
 * that have a lane of their own, each once.
 */
export function lanesOf(sides: readonly string[], order: ReadonlyMap<string, number>): number[] {
	const own = laneOf(sides, order);
	if (sides.length < 2) return [own];
	const others = sides.map((s) => order.get(s)).filter((l) => l !== undefined && l !== own);
	return [own, ...new Set(others as number[])];
}

/**
 * Sorts events into lanes: an event with several sides is in each of their lanes. With `hasSpans` false (touch layouts), multi-day events are single
 * marks like the others, so that every event gets the same spaced-out touch target.
 */
export function prepare(
	events: ChronoEvent[],
	sideIds: readonly string[],
	hasSpans = true
): Prepared {
	const order = new Map(sideIds.map((s, i) => [s, i]));
	const nLanes = Math.max(1, sideIds.length);
	const times = events.map(timeOf);
	const lane = new Int32Array(events.length);
	const row = new Int32Array(events.length).fill(-1);
	const byLane: { points: number[]; spans: number[] }[] = Array.from({ length: nLanes }, () => ({
		points: [],
		spans: []
	}));
	events.forEach((e, i) => {
		const ls = lanesOf(e.sides, order);
		lane[i] = ls[0]!;
		const kind = hasSpans && isSpan(times[i]!) ? 'spans' : 'points';
		for (const l of ls) byLane[l]![kind].push(i);
	});
	const lanes = byLane.map(({ points, spans }, l) => {
		points.sort((a, b) => times[a]!.at - times[b]!.at);
		const rows = assignRows(spans.map((i) => times[i]!));
		spans.forEach((i, j) => {
			if (lane[i] === l) row[i] = rows[j]!;
		});
		return {
			points,
			at: Float64Array.from(points, (i) => times[i]!.at),
			spans,
			spanRow: rows,
			spanRows: rows.length ? Math.max(...rows) + 1 : 0
		};
	});
	const sortedAt = Float64Array.from(times, (t) => t.at).sort();
	return {
		events,
		times,
		lane,
		row,
		lanes,
		index: new Map(events.map((e, i) => [e.id, i])),
		sortedAt
	};
}
