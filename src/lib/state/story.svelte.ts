/**
 * The one shared state of a page: what is selected, the time range, the active step and the
 * filters. Every view reads it from context and changes it through its methods; its serialised
 * form is the URL query (url.ts), so the layout keeps the address in step with it.
 */
import { getContext, setContext } from 'svelte';
import { prefersReducedMotion } from 'svelte/motion';
import { relatedRegions } from '../data/relations';
import type { Chronology, ChronoEvent } from '../data/types';
import type { Camera } from '../map/model/camera';
import {
	defaultView,
	emptyFilters,
	fromQuery,
	matchesFilters,
	toQuery,
	type Filters,
	type View
} from './url';

/** Whether views animate ('full') or jump ('reduce'). */
export type Motion = 'full' | 'reduce';

export class StoryState {
	readonly model: Chronology;
	eventId = $state<string | null>(null);
	regionId = $state<string | null>(null);
	placeId = $state<string | null>(null);
	topicId = $state<string | null>(null);
	/** The map's camera, kept for links; written by the map after each move. */
	camera = $state.raw<Camera | null>(null);
	/**
	 * The camera a link or navigation asked for (a new object each time one is restored), for
	 * the map to move to; the map's own moves do not change it.
	 */
	linkedCamera = $state.raw<{ camera: Camera } | null>(null);
	range = $state<View['range']>(null);
	stepId = $state<string | null>(null);
	filters = $state<Filters>(emptyFilters());
	/** Polite messages for the reader, e.g. about a link that named an unknown id. */
	notices = $state<string[]>([]);
	/** Spoiler-free mode: events after this day are hidden (null: show all). */
	hideAfter = $state<string | null>(null);
	/** The page's motion switch: null follows the OS setting, else it overrides it. */
	motionChoice = $state<Motion | null>(null);
	/**
	 * The one motion setting every view reads: camera flights, the timeline's zoom and the CSS
	 * transitions (the OS setting, or `html[data-motion]` for the switch) jump when it is 'reduce'.
	 */
	motion: Motion;
	/** motion === 'reduce'. */
	isMotionReduced: boolean;

	selectedEvent: ChronoEvent | null;
	stepIndex: number;
	/** Events that pass the filters, spoiler-free mode and any focus, in chronological order. */
	focusedEvents: ChronoEvent[];
	/** focusedEvents inside the chosen time range. */
	visibleEvents: ChronoEvent[];
	view: View;
	/** The view as a URL query string (without "?"). */
	query: string;

	constructor(model: Chronology) {
		this.model = model;
		this.selectedEvent = $derived(model.events.find((e) => e.id === this.eventId) ?? null);
		this.stepIndex = $derived(
			Math.max(
				0,
				model.steps.findIndex((s) => s.id === this.stepId)
			)
		);
		this.focusedEvents = $derived(model.events.filter(this.focusTest()));
		this.visibleEvents = $derived(
			this.range
				? this.focusedEvents.filter(
						(e) => (e.end ?? e.date) >= this.range!.start && e.date <= this.range!.end
					)
				: this.focusedEvents
		);
		this.view = $derived({
			event: this.eventId,
			region: this.regionId,
			place: this.placeId,
			topic: this.topicId,
			camera: this.camera,
			range: this.range,
			step: this.stepId,
			filters: this.filters
		});
		this.query = $derived(toQuery(this.view).toString());
		this.motion = $derived(this.motionChoice ?? (prefersReducedMotion.current ? 'reduce' : 'full'));
		this.isMotionReduced = $derived(this.motion === 'reduce');
	}

	selectEvent(id: string | null) {
		this.eventId = id;
	}
	selectRegion(id: string | null) {
		this.regionId = id;
		if (id) this.placeId = null;
	}
	selectPlace(id: string | null) {
		this.placeId = id;
		if (id) this.regionId = null;
	}
	setCamera(camera: Camera | null) {
		this.camera = camera;
	}
	selectTopic(id: string | null) {
		this.topicId = id;
	}
	setRange(range: View['range']) {
		this.range = range;
	}
	goToStep(id: string | null) {
		this.stepId = id;
	}
	setFilters(patch: Partial<Filters>) {
		this.filters = { ...this.filters, ...patch };
	}
	clearFilters() {
		this.filters = emptyFilters();
	}
	dismissNotice(index: number) {
		this.notices = this.notices.filter((_, i) => i !== index);
	}

	/** Restores a view from a URL query; unknown ids fall back to the default with a notice. */
	applyQuery(query: URLSearchParams) {
		const { view, notices } = fromQuery(query, this.model);
		this.apply(view);
		this.linkedCamera = view.camera ? { camera: view.camera } : null;
		this.notices = notices;
	}

	reset() {
		this.apply(defaultView());
	}

	private apply(view: View) {
		this.eventId = view.event;
		this.regionId = view.region;
		this.placeId = view.place;
		this.topicId = view.topic;
		this.camera = view.camera;
		this.range = view.range;
		this.stepId = view.step;
		this.filters = view.filters;
	}

	setHideAfter(day: string | null) {
		this.hideAfter = day;
	}

	/** Sets the page's motion switch, overriding the OS setting (null: follow it again). */
	setMotion(motion: Motion | null) {
		this.motionChoice = motion;
	}

	/** The filter, spoiler-free and focus test, with the focus worked out once. */
	private focusTest(): (e: ChronoEvent) => boolean {
		const f = this.filters;
		const after = this.hideAfter;
		const region = this.regionId ? relatedRegions(this.regionId, this.model.regions) : null;
		const place = this.placeId;
		const topic = this.model.topics.find((t) => t.id === this.topicId)?.events ?? null;
		return (e) =>
			(!after || e.date <= after) &&
			// A region, place or topic in focus narrows the chronology to its events.
			(!region || e.regions.some((r) => region.has(r))) &&
			(!place || e.places.includes(place)) &&
			(!topic || topic.includes(e.id)) &&
			matchesFilters(e, f);
	}
}

const KEY = Symbol('story');
export const setStory = (state: StoryState) => setContext(KEY, state);
export const getStory = () => getContext<StoryState>(KEY);
