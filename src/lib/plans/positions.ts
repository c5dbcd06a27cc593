/** Each side's position on each issue as of a day: the latest statement on or before it. */
import type { PositionEntry } from '../data/types';

/**
 * The latest position of `side` on `issue` dated on or before `day` (ISO; month-only dates count
 * as the start of their month), or null when none was found by then.
 */
export function positionAsOf(
	positions: readonly PositionEntry[],
	side: string,
	issue: string,
	day: string
): PositionEntry | null {
	let best: PositionEntry | null = null;
	for (const p of positions) {
		if (p.side !== side && !p.jointWith?.includes(side)) continue;
		if (p.issue !== issue || p.date > day) continue;
		if (!best || p.date >= best.date) best = p;
	}
	return best;
}

export interface PositionCell {
	side: string;
	issue: string;
	position: PositionEntry | null;
	/** True when the position differs from the one shown for the previous day. */
	isChanged: boolean;
}

/** The matrix of sides × issues as of `day`, compared with `previous` (or nothing). */
export function positionGrid(
	positions: readonly PositionEntry[],
	sides: readonly string[],
	issues: readonly string[],
	day: string,
	previous: string | null
): PositionCell[][] {
	return issues.map((issue) =>
		sides.map((side) => {
			const position = positionAsOf(positions, side, issue, day);
			const before = previous ? positionAsOf(positions, side, issue, previous) : position;
			return { side, issue, position, isChanged: previous !== null && before?.id !== position?.id };
		})
	);
}
