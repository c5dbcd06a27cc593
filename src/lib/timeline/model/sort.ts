/** Sorting for the timeline's table view. */
import type { ChronoEvent } from '../../data/types';
import { compareText } from '../../i18n/lang';

export type SortKey = 'date' | 'title' | 'side' | 'confidence';

const CONFIDENCE_ORDER = { confirmed: 0, 'single-source': 1, conflicting: 2 } as const;

/** The events sorted by a column; ties keep chronological order. Does not change the input. */
export function sortEvents(
	events: readonly ChronoEvent[],
	key: SortKey,
	isAscending: boolean,
	sideOrder: ReadonlyMap<string, number>
): ChronoEvent[] {
	const rank = (e: ChronoEvent) => Math.min(...e.sides.map((s) => sideOrder.get(s) ?? 99));
	const cmp: Record<SortKey, (a: ChronoEvent, b: ChronoEvent) => number> = {
		date: () => 0,
		title: (a, b) => compareText(a.title, b.title),
		side: (a, b) => rank(a) - rank(b),
		confidence: (a, b) => CONFIDENCE_ORDER[a.confidence] - CONFIDENCE_ORDER[b.confidence]
	};
	const indexed = events.map((e, i) => ({ e, i }));
	const dir = isAscending ? 1 : -1;
	indexed.sort((a, b) => dir * (cmp[key](a.e, b.e) || a.i - b.i));
	return indexed.map((x) => x.e);
}
