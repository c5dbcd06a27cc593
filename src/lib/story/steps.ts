/**
 * What the graphic shows for a story step, worked out from the step's data: highlighted events,
 * regions and places, the timeline's visible days and the map layers. Pure, so the story, the
 * presentation and the handout agree.
 */
import type { ChronoEvent, StepEntry } from '../data/types';

export interface StepView {
	events: string[];
	regions: string[];
	places: string[];
	/** Visible days on the timeline. */
	range: { start: string; end: string };
	/** Occupation snapshot on the map, or null for none. */
	occupation: string | null;
	frontline: boolean;
	seas: boolean;
	arcs: boolean;
}

const DAY_MS = 86_400_000;
const shift = (day: string, days: number) =>
	new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/** The days around a set of events, padded so that the marks do not sit on the edges. */
export function rangeAround(events: ChronoEvent[], period: { start: string; end: string }) {
	if (events.length === 0) return { ...period };
	const start = events.reduce((m, e) => (e.date < m ? e.date : m), events[0]!.date);
	const end = events.reduce((m, e) => ((e.end ?? e.date) > m ? (e.end ?? e.date) : m), start);
	const span = (Date.parse(end) - Date.parse(start)) / DAY_MS;
	const pad = Math.max(3, Math.ceil(span * 0.15));
	const clampStart = shift(start, -pad) < period.start ? period.start : shift(start, -pad);
	const clampEnd = shift(end, pad) > period.end ? period.end : shift(end, pad);
	return { start: clampStart, end: clampEnd };
}

export function stepView(
	step: StepEntry,
	events: ChronoEvent[],
	period: { start: string; end: string }
): StepView {
	const own = events.filter((e) => step.events.includes(e.id));
	return {
		events: step.events,
		regions: step.regions,
		places: step.places,
		range: step.range ?? rangeAround(own, period),
		occupation: step.layers?.occupation ?? null,
		frontline: step.layers?.frontline ?? false,
		seas: step.layers?.seas ?? false,
		arcs: step.layers?.arcs ?? false
	};
}
