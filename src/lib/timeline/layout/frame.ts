/**
 * One frame of the timeline: from the prepared events, the visible time domain and the lane
 * geometry, the marks to draw (single events, density bins, spans), the labels that fit, and
 * whether SVG or canvas draws them. Runs on every zoom step, so it is O(visible events).
 */
import type { ScaleTime } from 'd3';
import { binLane, clusterLane, needsCanvas, type Bin } from './lod';
import { placeLabels, textWidth, truncate, wrap } from './labels';
import type { Geometry } from './geometry';
import type { Prepared } from '../model/prepare';

/** Offsets across the lane for marks that would overlap, in mark sizes. */
const STACK = [0, 1, -1];

export interface PointMark {
	i: number;
	u: number;
	v: number;
	lane: number;
	/** A copy in another of the event's sides' lanes: pointer only, no focus, no label. */
	isEcho?: boolean;
}
export interface SpanMark {
	i: number;
	u0: number;
	u1: number;
	v: number;
	lane: number;
	isEcho?: boolean;
}
export interface BinMark extends Bin {
	lane: number;
	v: number;
}
export interface LabelMark {
	i: number;
	u: number;
	v: number;
	text: string;
	/** The mark's position, for the leader line. */
	markU: number;
	markV: number;
}

export interface Frame {
	points: PointMark[];
	spans: SpanMark[];
	bins: BinMark[];
	labels: LabelMark[];
	/** SVG would hold too many nodes: canvas draws points, spans and bins. */
	isCanvas: boolean;
}

export interface FrameOptions {
	/** Ids drawn larger and labelled first. */
	emphasis: ReadonlySet<number>;
	bucketPx?: number;
	maxPerBucket?: number;
	maxLabels?: number;
	spanGap?: number;
	/** Touch layouts: the least space between single marks, px (else buckets are used). */
	minGapPx?: number;
}

export function computeFrame(
	p: Prepared,
	scale: ScaleTime<number, number>,
	worldOffset: number,
	g: Geometry,
	opts: FrameOptions
): Frame {
	// The first and last instant shown (a broken scale has two more between them).
	const domain = scale.domain();
	const [d0, d1] = [+domain[0]!, +domain.at(-1)!];
	const pad = (d1 - d0) * 0.02;
	const view: [number, number] = [d0 - pad, d1 + pad];
	const toU = (ms: number) => scale(ms);
	const toWorld = (ms: number) => scale(ms) - worldOffset;
	const points: PointMark[] = [];
	const bins: BinMark[] = [];
	const spans: SpanMark[] = [];
	p.lanes.forEach((lane, l) => {
		const v = g.laneMid[l]!;
		const detail = opts.minGapPx
			? clusterLane(lane.at, view, toU, opts.minGapPx)
			: binLane(lane.at, view, toWorld, worldOffset, {
					bucketPx: opts.bucketPx ?? 10,
					maxPerBucket: opts.maxPerBucket ?? 3
				});
		// Marks closer than their size step aside across the lane, so none hides another.
		const stackGap = g.markSize + 2;
		const lastU = [-Infinity, -Infinity, -Infinity];
		for (const j of detail.points) {
			const i = lane.points[j]!;
			const u = toU(p.times[i]!.at);
			let level = lastU.findIndex((x) => u - x >= stackGap);
			if (level === -1) level = lastU.indexOf(Math.min(...lastU));
			lastU[level] = u;
			const shift = opts.minGapPx ? 0 : STACK[level]! * stackGap;
			const mark: PointMark = { i, u, v: v + shift, lane: l };
			if (p.lane[i] !== l) mark.isEcho = true;
			points.push(mark);
		}
		for (const b of detail.bins) bins.push({ ...b, lane: l, v });
		lane.spans.forEach((i, k) => {
			const t = p.times[i]!;
			if (t.end < view[0] || t.start > view[1]) return;
			const off = (lane.spanRow[k]! + 1) * (opts.spanGap ?? 8) + 6;
			const mark: SpanMark = { i, u0: toU(t.start), u1: toU(t.end), v: v + off, lane: l };
			if (p.lane[i] !== l) mark.isEcho = true;
			spans.push(mark);
		});
	});
	// The emphasised events always get their own mark, even inside a bin or as a span.
	for (const i of opts.emphasis) {
		const t = p.times[i];
		if (!t || p.row[i]! >= 0 || t.at < view[0] || t.at > view[1]) continue;
		if (!points.some((m) => m.i === i && !m.isEcho))
			points.push({ i, u: toU(t.at), v: g.laneMid[p.lane[i]!]!, lane: p.lane[i]! });
	}
	const isCanvas = needsCanvas(points.length + spans.length);
	// Emphasised multi-day events are labelled too, from the start of their bar.
	const spanAnchors = spans
		.filter((m) => !m.isEcho && opts.emphasis.has(m.i))
		.map((m) => ({ i: m.i, u: Math.max(0, m.u0), v: m.v, lane: m.lane }));
	const labels = placeFrameLabels(p, [...points, ...spanAnchors], g, opts, isCanvas);
	return { points, spans, bins, labels, isCanvas };
}

function placeFrameLabels(
	p: Prepared,
	points: PointMark[],
	g: Geometry,
	opts: FrameOptions,
	isCanvas: boolean
): LabelMark[] {
	if (g.labelRows === 0) return [];
	// With thousands of marks in view only the emphasised events are labelled.
	const own = points.filter((m) => !m.isEcho);
	const pool = isCanvas || g.hasSharedLabels ? own.filter((m) => opts.emphasis.has(m.i)) : own;
	const groupOf = (lane: number) => (g.hasSharedLabels ? 0 : lane);
	const horizontal = g.orientation === 'horizontal';
	const texts = new Map<number, string>();
	const candidates = pool.map((m) => {
		const e = p.events[m.i]!;
		// Vertical labels sit in a narrow column: two short lines instead of one long one.
		const lines = horizontal ? [truncate(e.title, g.labelChars)] : wrap(e.title, g.labelChars, 2);
		texts.set(m.i, lines.join('\n'));
		const size = horizontal ? textWidth(lines[0]!, g.fontPx) : lines.length * (g.fontPx + 3);
		const priority =
			(opts.emphasis.has(m.i) ? 100 : 0) +
			(e.confidence === 'confirmed' ? 2 : 0) +
			Math.min(e.sources.length, 4) +
			(e.quote ? 1 : 0);
		return {
			id: String(m.i),
			u: horizontal ? m.u - 4 : m.u - (g.fontPx + 3) / 2,
			size,
			group: horizontal ? groupOf(m.lane) : 0,
			priority
		};
	});
	const byIndex = new Map(own.map((m) => [m.i, m]));
	return placeLabels(candidates, {
		rows: g.labelRows,
		gap: horizontal ? 8 : 2,
		length: g.length,
		max: opts.maxLabels ?? 40
	}).map((l) => {
		const i = Number(l.id);
		const m = byIndex.get(i)!;
		return {
			i,
			u: l.u,
			v: g.labelAt(horizontal ? groupOf(m.lane) : 0, l.row),
			text: texts.get(i)!,
			markU: m.u,
			markV: m.v
		};
	});
}

/** The event or bin under a point (px along and across the time axis), for canvas hit tests. */
export function hitTest(
	frame: Frame,
	u: number,
	v: number,
	radius: number
): { kind: 'point'; i: number } | { kind: 'bin'; bin: BinMark } | null {
	let best: PointMark | null = null;
	let bestD = radius * radius;
	for (const m of frame.points) {
		const d = (m.u - u) ** 2 + (m.v - v) ** 2;
		if (d <= bestD) {
			best = m;
			bestD = d;
		}
	}
	if (best) return { kind: 'point', i: best.i };
	for (const s of frame.spans)
		if (u >= s.u0 && u <= s.u1 && Math.abs(s.v - v) <= 5) return { kind: 'point', i: s.i };
	const bin = frame.bins.find((b) => u >= b.u0 && u <= b.u1 && Math.abs(b.v - v) <= radius);
	return bin ? { kind: 'bin', bin } : null;
}

/**
 * The marks SVG draws: all of them, or with canvas only the pinned ones (emphasised or focused).
 * The focused event always has a mark to hold the focus, even inside a density mark.
 */
export function svgMarks(
	frame: Frame,
	p: Prepared,
	scale: ScaleTime<number, number>,
	laneMid: readonly number[],
	emphasis: ReadonlySet<number>,
	activeIndex: number
): { points: PointMark[]; spans: SpanMark[] } {
	const isPinned = (i: number) => emphasis.has(i) || i === activeIndex;
	const spans = frame.isCanvas ? frame.spans.filter((m) => isPinned(m.i)) : frame.spans;
	const points = frame.isCanvas ? frame.points.filter((m) => emphasis.has(m.i)) : frame.points;
	const i = activeIndex;
	const isOwn = (m: { i: number; isEcho?: boolean }) => m.i === i && !m.isEcho;
	if (i < 0 || points.some(isOwn) || spans.some(isOwn)) return { points, spans };
	const lane = p.lane[i]!;
	const own = { i, u: scale(p.times[i]!.at), v: laneMid[lane]!, lane };
	return { points: [...points, own], spans };
}
