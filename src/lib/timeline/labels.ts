/**
 * Words for the timeline: an event's date on its card (local time and UTC, "about" when the
 * date is uncertain), phase labels that fit their band, and the announcement of a selection.
 */
import type { ScaleTime } from 'd3';
import { DAY_MS, eventDateLabel, eventLabel, formatDay } from '../data/dates';
import { textWidth, truncate } from './layout';
import { dayMs } from './scales';

interface CardDated {
	date: string;
	end?: string;
	time?: string;
	timezone?: string;
	dateNote?: string;
}

/**
 * "2 Dec 2025, about 20:00 Moscow time (17:00 UTC)": the date with the local time and UTC; an
 * uncertain date (one with a note) reads "about".
 */
export function cardDate(e: CardDated): string {
	const label =
		e.time && e.timezone === 'UTC'
			? // Same words as eventDateLabel, without loading the time-zone data for UTC.
				`${formatDay(e.date)}, ${e.time} UTC${e.end && e.end !== e.date ? ` – ${formatDay(e.end)}` : ''}`
			: eventDateLabel(e);
	if (e.dateNote === undefined) return label;
	if (e.time) return label.replace(`, ${e.time} `, `, about ${e.time} `);
	return `About ${label}`;
}

/** What a screen reader hears once when an event is selected. */
export const selectionMessage = (e: { date: string; end?: string; title: string }) =>
	`Selected: ${eventLabel(e)}`;

export interface PhaseBand {
	id: string;
	u0: number;
	u1: number;
	/** Fitted label, or '' when the band is too narrow for one. */
	label: string;
	/** Where the label starts, px. */
	labelU: number;
	isEven: boolean;
}

/** Phase bands in view, with labels cut to fit their band and the view. */
export function phaseBands(
	phases: readonly { id: string; title: string; start: string; end: string }[],
	scale: ScaleTime<number, number>,
	length: number,
	fontPx: number
): PhaseBand[] {
	return phases
		.map((p, i) => {
			const u0 = scale(dayMs(p.start));
			const u1 = scale(dayMs(p.end) + DAY_MS);
			const a = Math.max(0, u0);
			const b = Math.min(length, u1);
			const room = Math.floor((b - a - 8) / (fontPx * 0.56));
			let label = room >= 4 ? truncate(p.title, room) : '';
			if (label && textWidth(label, fontPx) > b - a - 8) label = '';
			return { id: p.id, u0, u1, label, labelU: a + 4, isEven: i % 2 === 0 };
		})
		.filter((b) => b.u1 > 0 && b.u0 < length);
}
