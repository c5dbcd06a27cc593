/**
 * How entries relate across files: which events concern a region (groups and their members count
 * both ways), and which regions, places and events a plan topic concerns.
 */
import type { ChronoEvent, RegionEntry, TopicEntry, TopicRef } from './types';

/** The region itself, its members if it is a group, and the groups it belongs to. */
export function relatedRegions(id: string, regions: readonly RegionEntry[]): Set<string> {
	const out = new Set([id]);
	const region = regions.find((r) => r.id === id);
	for (const m of region?.members ?? []) out.add(m);
	for (const g of regions) if (g.members?.includes(id)) out.add(g.id);
	return out;
}

/**
 * The events where a topic was at issue: those on its regions or places, and those of the
 * documents that say something about it.
 */
export function topicRef(
	topic: TopicEntry,
	events: readonly ChronoEvent[],
	regions: readonly RegionEntry[],
	documentEvents: ReadonlyMap<string, readonly string[]>
): TopicRef {
	const expanded = new Set(topic.regions.flatMap((id) => [...relatedRegions(id, regions)]));
	const saying = Object.entries(topic.cells)
		.filter(([, cell]) => cell.status === 'says')
		.flatMap(([doc]) => documentEvents.get(doc) ?? []);
	const onMap = events.filter(
		(e) => e.regions.some((r) => expanded.has(r)) || e.places.some((p) => topic.places.includes(p))
	);
	const ids = new Set([...onMap.map((e) => e.id), ...saying]);
	return {
		id: topic.id,
		title: topic.title,
		regions: [...expanded],
		places: topic.places,
		events: events.filter((e) => ids.has(e.id)).map((e) => e.id)
	};
}
