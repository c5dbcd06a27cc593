/**
 * Lanes, rows and labels. Each side of the story gets a lane (in the order the story lists its
 * sides); inside a lane, events that last several days stack in rows so that no two overlapping
 * spans share a row; annotations are placed greedily so that no two labels overlap.
 */

/** The lane of an event: the first of its sides in the story's order (unknown sides go last). */
export function laneOf(sides: readonly string[], order: ReadonlyMap<string, number>): number {
	let lane = order.size;
	for (const s of sides) lane = Math.min(lane, order.get(s) ?? order.size);
	return Math.min(lane, Math.max(0, order.size - 1));
}

/**
 * Rows for intervals [start, end] so that intervals sharing a row never overlap (touching ends
 * count as overlapping). Greedy by start: each goes into the lowest row that is free, so the
 * number of rows is the largest number of intervals that overlap at one instant.
 */
export function assignRows(intervals: readonly { start: number; end: number }[]): number[] {
	const order = intervals
		.map((_, i) => i)
		.sort((a, b) => intervals[a]!.start - intervals[b]!.start);
	const rowEnds: number[] = [];
	const rows = new Array<number>(intervals.length);
	for (const i of order) {
		const { start, end } = intervals[i]!;
		let row = rowEnds.findIndex((e) => e < start);
		if (row === -1) row = rowEnds.push(end) - 1;
		else rowEnds[row] = end;
		rows[i] = row;
	}
	return rows;
}

/** Approximate width of a label in px (Noto Sans averages a little over half an em). */
export function textWidth(text: string, fontPx: number): number {
	return Math.ceil(text.length * fontPx * 0.56);
}

/** Cuts a label to at most `max` characters at a word, with an ellipsis. */
export function truncate(text: string, max: number): string {
	if (text.length <= max) return text;
	const cut = text.slice(0, max - 1);
	const space = cut.lastIndexOf(' ');
	return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/, '')}…`;
}

/** Breaks a label into at most `maxLines` lines of `perLine` characters, at words, with an ellipsis. */
export function wrap(text: string, perLine: number, maxLines: number): string[] {
	const lines: string[] = [];
	let rest = text;
	while (rest && lines.length < maxLines) {
		if (lines.length === maxLines - 1 || rest.length <= perLine) {
			lines.push(truncate(rest, perLine));
			break;
		}
		const cut = rest.lastIndexOf(' ', perLine);
		// A word longer than a line is shortened with an ellipsis, never split across lines.
		const end = cut > 0 ? cut : rest.indexOf(' ') < 0 ? rest.length : rest.indexOf(' ');
		lines.push(cut > 0 ? rest.slice(0, end) : truncate(rest.slice(0, end), perLine));
		rest = rest.slice(end).trimStart();
	}
	return lines;
}

export interface LabelCandidate {
	id: string;
	/** Where the label starts along the time axis, px. */
	u: number;
	/** Its extent along the time axis, px (text width when horizontal, line height when vertical). */
	size: number;
	/** Its slot family, e.g. the lane: labels only compete with others in the same group. */
	group: number;
	/** Higher goes first. */
	priority: number;
}

export interface PlacedLabel {
	id: string;
	u: number;
	size: number;
	group: number;
	/** Which of the group's rows it went into, 0 first. */
	row: number;
}

/**
 * Places labels greedily, most important first: each takes the first row of its group where it
 * overlaps no placed label (with `gap` px between), or is left out. Labels outside [0, length]
 * are left out. Returns at most `max` labels.
 */
/** How far before its mark a label candidate starts, px (the leader line's offset). */
const MARK_REACH = 4;

export function placeLabels(
	candidates: readonly LabelCandidate[],
	opts: { rows: number; gap: number; length: number; max: number }
): PlacedLabel[] {
	const sorted = [...candidates].sort((a, b) => b.priority - a.priority || a.u - b.u);
	const taken = new Map<string, [number, number][]>();
	const placed: PlacedLabel[] = [];
	for (const c of sorted) {
		if (placed.length >= opts.max) break;
		// A label past the end of the axis is pulled back inside while its mark is on the axis
		// (the leader line still reaches it); one whose mark is off the axis is left out.
		if (c.u < -MARK_REACH || c.u + MARK_REACH > opts.length || c.size > opts.length) continue;
		const u = Math.max(0, Math.min(c.u, opts.length - c.size));
		for (let row = 0; row < opts.rows; row++) {
			const key = `${c.group}:${row}`;
			const boxes = taken.get(key) ?? [];
			const free = boxes.every(([a, b]) => u + c.size + opts.gap <= a || b + opts.gap <= u);
			if (free) {
				boxes.push([u, u + c.size]);
				taken.set(key, boxes);
				placed.push({ id: c.id, u, size: c.size, group: c.group, row });
				break;
			}
		}
	}
	return placed;
}
