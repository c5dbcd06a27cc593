/**
 * Words for the timeline: an event's date on its card (local time and UTC, "about" when the date
 * is uncertain) and the announcement of a selection.
 */
import { eventDateLabel, eventLabel, formatDay } from '../../data/dates';
import { m } from '../../paraglide/messages.js';

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
	if (e.time) return label.replace(`, ${e.time} `, `, ${m.about_time()} ${e.time} `);
	return m.about_date({ label });
}

/** What a screen reader hears once when an event is selected. */
export const selectionMessage = (e: { date: string; end?: string; title: string }) =>
	m.selected({ label: eventLabel(e) });
