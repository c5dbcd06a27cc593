/**
 * Lanes and rows. Each side of the story gets a lane (in the order the story lists its sides);
 * inside a lane, events that last several days stack in rows so that no two overlapping spans
 * share a row.
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
