/**
 * When an event happens on the timeline: its instant and the stretch it covers, in UTC
 * milliseconds, from its day, optional local time and zone.
 */
import { DAY_MS, dayMs, instantMs } from '../../data/dates';

interface Dated {
	date: string;
	end?: string;
	time?: string;
	timezone?: string;
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
