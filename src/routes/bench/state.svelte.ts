/**
 * The bench page's own state: the part of StoryState the timeline uses, without the URL and
 * content-schema code, so the page measures the timeline and not the site around it.
 */
import type { Chronology, ChronoEvent } from '$lib/data/types';
import type { Filters, View } from '$lib/state/url';
import { matchesFilters } from '$lib/timeline/model/filters';
import type { TimelineStory } from '$lib/timeline/story';

const noFilters = (): Filters => ({ sides: [], tags: [], confidence: [], q: '' });

export class BenchStory implements TimelineStory {
	readonly model: Chronology;
	eventId = $state<string | null>(null);
	range = $state<View['range']>(null);
	filters = $state<Filters>(noFilters());
	selectedEvent: ChronoEvent | null;
	visibleEvents: ChronoEvent[];

	constructor(model: Chronology) {
		this.model = model;
		this.selectedEvent = $derived(
			this.eventId === null ? null : (model.events.find((e) => e.id === this.eventId) ?? null)
		);
		this.visibleEvents = $derived(
			model.events.filter(
				(e) =>
					matchesFilters(e, this.filters) &&
					(!this.range || ((e.end ?? e.date) >= this.range.start && e.date <= this.range.end))
			)
		);
	}
	selectEvent(id: string | null) {
		this.eventId = id;
	}
	setRange(range: View['range']) {
		this.range = range;
	}
	setFilters(patch: Partial<Filters>) {
		this.filters = { ...this.filters, ...patch };
	}
	clearFilters() {
		this.filters = noFilters();
	}
}
