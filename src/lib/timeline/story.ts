/**
 * What the timeline needs from the shared state: the StoryState class fits it, and so does the
 * bench page's small state. The timeline imports only this type, so a page that brings its own
 * state does not load the content schema with it.
 */
import type { Chronology, ChronoEvent } from '../data/types';
import { matchesFilters, type Filters, type View } from '../state/url';

export interface TimelineStory {
	readonly model: Chronology;
	readonly eventId: string | null;
	readonly selectedEvent: ChronoEvent | null;
	readonly range: View['range'];
	readonly filters: Filters;
	/** Events that pass the filters and the time range. */
	readonly visibleEvents: ChronoEvent[];
	/** Events that pass the filters and any focus (region, place, topic), whatever the range: a
	 * selection of model.events, in their order. */
	readonly focusedEvents?: ChronoEvent[];
	/** 'reduce': the timeline's zoom jumps instead of easing; absent: the OS setting decides. */
	readonly motion?: 'full' | 'reduce';
	/** Spoiler-free mode: events after this ISO day are hidden. */
	readonly hideAfter?: string | null;
	selectEvent(id: string | null): void;
	setRange(range: View['range']): void;
	setFilters(patch: Partial<Filters>): void;
	clearFilters(): void;
}

/**
 * The events the timeline shows: those in focus (region, place or topic) when the state has a
 * focus, else those that pass the filters and the spoiler-free cut-off.
 */
export function shownEvents(story: TimelineStory): ChronoEvent[] {
	if (story.focusedEvents) return story.focusedEvents;
	const f = story.filters;
	const after = story.hideAfter ?? null;
	const isOpen = !f.sides.length && !f.tags.length && !f.confidence.length && !f.q && !after;
	if (isOpen) return story.model.events;
	return story.model.events.filter((e) => (!after || e.date <= after) && matchesFilters(e, f));
}
