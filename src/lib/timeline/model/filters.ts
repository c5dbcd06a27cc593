/**
 * The timeline's filter logic and the list of active filters shown as removable chips. The time
 * range is not a filter here: the timeline shows events outside it dimmed.
 */
import type { Confidence } from '../../data/types';
import { m } from '../../paraglide/messages.js';
import { quote, type Filters } from '../../state/url';

/** The one filter test, shared with StoryState. */
export { matchesFilters } from '../../state/url';

// Getters: the words are the page's language's, asked for when shown.
export const CONFIDENCE_LABELS: Record<Confidence, string> = {
	get confirmed() {
		return m.event_confirmed();
	},
	get 'single-source'() {
		return m.event_single_source();
	},
	get conflicting() {
		return m.event_sources_conflict();
	}
};

/** How the filters name a tag: the model's words (site.yaml › tags), else the tag itself. */
export const tagLabel = (tag: string, names: Readonly<Record<string, string>>): string =>
	names[tag] ?? tag.replaceAll('-', ' ');

/** The confidence levels in the order the filters list them. */
export const CONFIDENCE_LEVELS = Object.keys(CONFIDENCE_LABELS) as Confidence[];

export interface Chip {
	key: string;
	label: string;
	/** The filters without this one. */
	without: Partial<Filters>;
}

/** One chip per active filter value, in a stable order: sides, tags, confidence, search. */
export function activeChips(
	f: Filters,
	sideNames: ReadonlyMap<string, string>,
	tagNames: Readonly<Record<string, string>> = {}
): Chip[] {
	return [
		...f.sides.map((s) => ({
			key: `side:${s}`,
			label: m.chip_side({ name: sideNames.get(s) ?? s }),
			without: { sides: f.sides.filter((x) => x !== s) }
		})),
		...f.tags.map((t) => ({
			key: `tag:${t}`,
			label: m.chip_tag({ name: tagLabel(t, tagNames) }),
			without: { tags: f.tags.filter((x) => x !== t) }
		})),
		...f.confidence.map((c) => ({
			key: `confidence:${c}`,
			label: CONFIDENCE_LABELS[c],
			without: { confidence: f.confidence.filter((x) => x !== c) }
		})),
		...(f.q ? [{ key: 'q', label: m.chip_search({ q: quote(f.q) }), without: { q: '' } }] : [])
	];
}

/** Tags used by the events, most used first, then by name. */
export function tagList(events: readonly { tags: readonly string[] }[]): string[] {
	const counts = new Map<string, number>();
	for (const e of events) for (const t of e.tags) counts.set(t, (counts.get(t) ?? 0) + 1);
	return [...counts]
		.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
		.map(([t]) => t);
}
