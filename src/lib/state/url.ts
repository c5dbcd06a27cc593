/**
 * The shared view as a URL query, both ways. Any view can be linked and restored; ids that the
 * story does not know are dropped with a notice for the reader instead of failing.
 */
import { CONFIDENCE } from '../data/confidence';
import type { ChronoEvent, Chronology, Confidence } from '../data/types';

export interface Filters {
	/** Side ids to show; empty = all. */
	sides: string[];
	/** Tags to show; empty = all. */
	tags: string[];
	/** Confidence levels to show; empty = all. */
	confidence: Confidence[];
	/** Free-text search over titles and summaries. */
	q: string;
}

export interface View {
	event: string | null;
	region: string | null;
	place: string | null;
	/** Plan topic whose regions and events are in focus. */
	topic: string | null;
	/** Map camera as "lng,lat,zoom" (degrees, MapLibre zoom), or null for the default view. */
	camera: string | null;
	/** Visible/brushed time range, ISO days, or null for the whole period. */
	range: { start: string; end: string } | null;
	/** Step id of the story or presentation, or null for the first. */
	step: string | null;
	filters: Filters;
}

export const emptyFilters = (): Filters => ({ sides: [], tags: [], confidence: [], q: '' });

export const defaultView = (): View => ({
	event: null,
	region: null,
	place: null,
	topic: null,
	camera: null,
	range: null,
	step: null,
	filters: emptyFilters()
});

/** The query keys the shared view reads and writes; other keys belong to their pages. */
export const QUERY_KEYS = [
	'step',
	'event',
	'region',
	'place',
	'range',
	'sides',
	'tags',
	'confidence',
	'q'
];

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const NUMBER = /^-?\d{1,3}(\.\d+)?$/;

/** "lng,lat,zoom" with each number in range. */
export function isCamera(text: string): boolean {
	const parts = text.split(',');
	if (parts.length !== 3 || !parts.every((p) => NUMBER.test(p))) return false;
	const [lng, lat, zoom] = parts.map(Number) as [number, number, number];
	return Math.abs(lng) <= 180 && Math.abs(lat) <= 85 && zoom >= 0 && zoom <= 22;
}
const list = (v: string | null) => (v ? v.split(',').filter(Boolean) : []);

/** The query for a view; default values are left out so links stay short. */
export function toQuery(view: View): URLSearchParams {
	const q = new URLSearchParams();
	if (view.step) q.set('step', view.step);
	if (view.event) q.set('event', view.event);
	if (view.region) q.set('region', view.region);
	if (view.place) q.set('place', view.place);
	if (view.topic) q.set('topic', view.topic);
	if (view.camera) q.set('cam', view.camera);
	if (view.range) q.set('range', `${view.range.start}..${view.range.end}`);
	if (view.filters.sides.length) q.set('sides', view.filters.sides.join(','));
	if (view.filters.tags.length) q.set('tags', view.filters.tags.join(','));
	if (view.filters.confidence.length) q.set('confidence', view.filters.confidence.join(','));
	if (view.filters.q) q.set('q', view.filters.q);
	return q;
}

/** Reads a query against the model. Never throws: what it cannot use becomes a notice. */
export function fromQuery(
	query: URLSearchParams,
	model: Pick<Chronology, 'events' | 'regions' | 'places' | 'steps' | 'sides' | 'story' | 'topics'>
): { view: View; notices: string[] } {
	const view = defaultView();
	const notices: string[] = [];
	const pick = (key: string, known: { id: string }[], what: string) => {
		const id = query.get(key);
		if (id === null || id === '') return null;
		if (known.some((k) => k.id === id)) return id;
		notices.push(`There is no ${what} “${id}” in this story, so the link opens the default view.`);
		return null;
	};
	view.step = pick('step', model.steps, 'step');
	view.event = pick('event', model.events, 'event');
	view.region = pick('region', model.regions, 'region');
	view.place = pick('place', model.places, 'place');
	view.topic = pick('topic', model.topics, 'topic');

	const camera = query.get('cam');
	if (camera && isCamera(camera)) view.camera = camera;
	else if (camera)
		notices.push(`The map view “${camera}” could not be read, so the map opens as usual.`);

	const range = query.get('range');
	if (range) {
		const [start, end] = range.split('..');
		if (start && end && DAY.test(start) && DAY.test(end) && start <= end) {
			view.range = { start, end };
		} else {
			notices.push(`The time range “${range}” could not be read, so the whole period is shown.`);
		}
	}

	const sides = list(query.get('sides'));
	view.filters.sides = sides.filter((s) => model.sides.some((d) => d.id === s));
	const tags = new Set(model.events.flatMap((e) => e.tags));
	view.filters.tags = list(query.get('tags')).filter((t) => tags.has(t));
	view.filters.confidence = list(query.get('confidence')).filter((c): c is Confidence =>
		(CONFIDENCE as readonly string[]).includes(c)
	);
	const dropped =
		sides.length -
		view.filters.sides.length +
		list(query.get('tags')).length -
		view.filters.tags.length +
		list(query.get('confidence')).length -
		view.filters.confidence.length;
	if (dropped > 0) notices.push('Some filters in the link are not known here and were left out.');
	view.filters.q = (query.get('q') ?? '').slice(0, 200);
	return { view, notices };
}

/**
 * The page's query with the view's keys replaced by `view` (a query string): keys the view does
 * not own, such as a slide's build-up position, are kept.
 */
export function mergeQuery(current: string, view: string): string {
	const merged = new URLSearchParams(current);
	for (const key of QUERY_KEYS) merged.delete(key);
	for (const [key, value] of new URLSearchParams(view)) merged.set(key, value);
	return merged.toString();
}

/** A query string as URLSearchParams writes it, to compare two queries ("?a" and "a=" match). */
export const normalizeQuery = (query: string) => new URLSearchParams(query).toString();

type Filterable = Pick<ChronoEvent, 'title' | 'summary' | 'sides' | 'tags' | 'confidence'> & {
	location?: string;
};

/** Whether an event passes the side, tag, confidence and text filters. */
export function matchesFilters(e: Filterable, f: Filters): boolean {
	if (f.sides.length && !e.sides.some((s) => f.sides.includes(s))) return false;
	if (f.tags.length && !e.tags.some((t) => f.tags.includes(t))) return false;
	if (f.confidence.length && !f.confidence.includes(e.confidence)) return false;
	if (f.q) {
		const q = f.q.toLocaleLowerCase('en');
		const text = `${e.title} ${e.summary} ${e.location ?? ''}`.toLocaleLowerCase('en');
		if (!text.includes(q)) return false;
	}
	return true;
}
