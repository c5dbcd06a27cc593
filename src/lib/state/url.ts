/**
 * The shared view as a URL query, both ways. One table, PARAMS, names every query key the view
 * owns with its decoder, encoder and default; the View type, toQuery, fromQuery and the key list
 * all come from it. Any view can be linked and restored; a value the story cannot use is dropped
 * (so the rewritten address no longer carries it) and reported once, in a notice that quotes at
 * most a short, cleaned-up piece of it.
 */
import { CONFIDENCE } from '../data/confidence';
import { isCalendarDay } from '../data/dates';
import type { ChronoEvent, Chronology, Confidence } from '../data/types';
import { formatCamera, parseCamera, type Camera } from '../map/model/camera';
import { m as msg } from '../paraglide/messages.js';

/** What the decoders check values against. */
export type QueryModel = Pick<
	Chronology,
	'events' | 'regions' | 'places' | 'steps' | 'sides' | 'story' | 'topics'
>;

/** A decoded value, and what to tell the reader about the raw text, if anything. */
interface Decoded<T> {
	value: T;
	notice?: string;
}

interface Param<T> {
	/** The query key. */
	key: string;
	/** The value when the key is absent or unusable (a fresh one each call). */
	default: () => T;
	/** Reads a present, non-empty raw value; never throws. */
	decode: (raw: string, model: QueryModel) => Decoded<T>;
	/** The value as query text; '' leaves the key out (the default always encodes to ''). */
	encode: (value: T) => string;
}

/** Longest piece of a query value a notice repeats. */
export const QUOTE_MAX = 40;
/** Longest search text kept from a link. */
export const SEARCH_MAX = 200;

// Control and format characters (bidirectional overrides and isolates, zero-width characters)
// and line separators: a link must not be able to reorder or hide the words of the site's own
// status line.
const INVISIBLE = /[\p{Cc}\p{Cf}\u2028\u2029]/gu;

/** Text from a link, without invisible and direction-changing characters. */
export const cleanText = (text: string) => text.replace(INVISIBLE, '');

/** A short, cleaned-up quote of untrusted text: at most `max` characters, then "…". */
export function quote(text: string, max = QUOTE_MAX): string {
	const chars = Array.from(cleanText(text).trim());
	return chars.length > max ? `${chars.slice(0, max).join('')}…` : chars.join('');
}

/** An id that must name one of `known`. */
function idParam(
	key: string,
	unknown: (id: string) => string,
	known: (m: QueryModel) => { id: string }[]
): Param<string | null> {
	return {
		key,
		default: () => null,
		decode: (raw, model) =>
			known(model).some((k) => k.id === raw)
				? { value: raw }
				: { value: null, notice: unknown(quote(raw)) },
		encode: (id) => id ?? ''
	};
}

/** A comma-separated list of which only the known items are kept. */
function listParam<T extends string>(
	key: string,
	known: (m: QueryModel) => readonly T[]
): Param<T[]> {
	return {
		key,
		default: () => [],
		decode: (raw, model) => {
			const items = raw.split(',').filter(Boolean);
			const ok = known(model);
			const value = [
				...new Set(items.filter((x): x is T => (ok as readonly string[]).includes(x)))
			];
			return value.length === items.length
				? { value }
				: { value, notice: msg.notice_unknown_filters() };
		},
		encode: (list) => list.join(',')
	};
}

export type Range = { start: string; end: string };

/** "start..end", real calendar days, clamped to the story's period; outside it, dropped. */
const rangeParam: Param<Range | null> = {
	key: 'range',
	default: () => null,
	decode: (raw, model) => {
		const unusable = (notice: string) => ({ value: null, notice });
		const [start, end, ...rest] = raw.split('..');
		if (
			!start ||
			!end ||
			rest.length ||
			!isCalendarDay(start) ||
			!isCalendarDay(end) ||
			start > end
		)
			return unusable(msg.notice_range_malformed());
		const { period } = model.story;
		if (end < period.start || start > period.end) return unusable(msg.notice_range_outside());
		return {
			value: {
				start: start < period.start ? period.start : start,
				end: end > period.end ? period.end : end
			}
		};
	},
	encode: (r) => (r ? `${r.start}..${r.end}` : '')
};

const cameraParam: Param<Camera | null> = {
	key: 'cam',
	default: () => null,
	decode: (raw) => {
		const value = parseCamera(raw);
		return value
			? { value }
			: {
					value: null,
					notice: msg.notice_camera()
				};
	},
	encode: (c) => (c ? formatCamera(c) : '')
};

const searchParam: Param<string> = {
	key: 'q',
	default: () => '',
	decode: (raw) => ({ value: Array.from(cleanText(raw)).slice(0, SEARCH_MAX).join('') }),
	encode: (q) => q
};

/** Every query key of the shared view, in the order links write them. */
export const PARAMS = {
	step: idParam(
		'step',
		(id) => msg.notice_unknown_step({ id }),
		(m) => m.steps
	),
	event: idParam(
		'event',
		(id) => msg.notice_unknown_event({ id }),
		(m) => m.events
	),
	region: idParam(
		'region',
		(id) => msg.notice_unknown_region({ id }),
		(m) => m.regions
	),
	place: idParam(
		'place',
		(id) => msg.notice_unknown_place({ id }),
		(m) => m.places
	),
	topic: idParam(
		'topic',
		(id) => msg.notice_unknown_topic({ id }),
		(m) => m.topics
	),
	camera: cameraParam,
	range: rangeParam,
	sides: listParam('sides', (m) => m.sides.map((s) => s.id)),
	tags: listParam('tags', (m) => [...new Set(m.events.flatMap((e) => e.tags))]),
	confidence: listParam<Confidence>('confidence', () => CONFIDENCE),
	q: searchParam
};

type Field = keyof typeof PARAMS;
type Values = { [F in Field]: (typeof PARAMS)[F] extends Param<infer T> ? T : never };

/** The fields the timeline's filters hold; the rest are the view's own. */
const FILTER_FIELDS = ['sides', 'tags', 'confidence', 'q'] as const satisfies Field[];
type FilterField = (typeof FILTER_FIELDS)[number];
const isFilter = (f: Field): f is FilterField => (FILTER_FIELDS as readonly Field[]).includes(f);

export type Filters = Pick<Values, FilterField>;
export type View = Omit<Values, FilterField> & { filters: Filters };

const FIELDS = Object.keys(PARAMS) as Field[];

/** The query keys the shared view reads and writes; other keys belong to their pages. */
export const QUERY_KEYS: readonly string[] = FIELDS.map((f) => PARAMS[f].key);

function read(view: View, f: Field): unknown {
	return isFilter(f) ? view.filters[f] : view[f];
}
function write(view: View, f: Field, value: unknown) {
	if (isFilter(f)) (view.filters as Record<string, unknown>)[f] = value;
	else (view as unknown as Record<string, unknown>)[f] = value;
}

export const emptyFilters = (): Filters => ({
	sides: PARAMS.sides.default(),
	tags: PARAMS.tags.default(),
	confidence: PARAMS.confidence.default(),
	q: PARAMS.q.default()
});

export function defaultView(): View {
	const view = { filters: {} } as View;
	for (const f of FIELDS) write(view, f, PARAMS[f].default());
	return view;
}

/** The query for a view; default values are left out so links stay short. */
export function toQuery(view: View): URLSearchParams {
	const q = new URLSearchParams();
	for (const f of FIELDS) {
		const text = (PARAMS[f].encode as (v: unknown) => string)(read(view, f));
		if (text) q.set(PARAMS[f].key, text);
	}
	return q;
}

/**
 * Reads a query against the model. Never throws: a value it cannot use falls back to the default
 * and gives one notice (a notice shared by several keys is given once).
 */
export function fromQuery(
	query: URLSearchParams,
	model: QueryModel
): { view: View; notices: string[] } {
	const view = defaultView();
	const notices = new Set<string>();
	for (const f of FIELDS) {
		const param = PARAMS[f] as Param<unknown>;
		const raw = query.get(param.key);
		if (raw === null || raw === '') continue;
		const { value, notice } = param.decode(raw, model);
		write(view, f, value);
		if (notice) notices.add(notice);
	}
	return { view, notices: [...notices] };
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
		const q = f.q.toLocaleLowerCase();
		const text = `${e.title} ${e.summary} ${e.location ?? ''}`.toLocaleLowerCase();
		if (!text.includes(q)) return false;
	}
	return true;
}
