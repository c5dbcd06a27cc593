/**
 * Look-ups between the story's model and the map: which map feature stands for a region, which
 * snapshot of the occupied area applies on a day, which events and plan topics concern a region or
 * a place, and in which order the map lists them. Pure functions over plain data.
 */
import { formatDay } from '../../data/dates';
import { currentLang, localName } from '../../i18n/lang';
import { m } from '../../paraglide/messages.js';
import type {
	Chronology,
	ChronoEvent,
	ControlFactEntry,
	Plans,
	RegionEntry,
	TopicEntry
} from '../../data/types';
import { relatedRegions } from '../../data/relations';
import { SITE } from '../../site';
import { localSite } from '../../i18n/site';

/** The map sources a clickable thing lives in. */
export type MapSourceId = 'admin1' | 'groups' | 'seas' | 'places';

/** A region or place as the map addresses it. */
export interface MapTarget {
	kind: 'region' | 'place';
	id: string;
}

/** The occupied-area snapshots the story's site.yaml lists, oldest first; none without the layer. */
export const SNAPSHOTS: readonly { id: string; date: string; label: string }[] =
	SITE.map.occupation?.snapshots ?? [];

/** A snapshot id, or 'none' where the story has no occupied-area layer. */
export type SnapshotId = string;

/** The latest snapshot taken on or before `day` (ISO); the earliest one for days before all. */
export function snapshotFor(day: string | null | undefined): SnapshotId {
	if (!SNAPSHOTS.length) return 'none';
	if (!day) return SNAPSHOTS[SNAPSHOTS.length - 1]!.id;
	let found: SnapshotId = SNAPSHOTS[0]!.id;
	for (const s of SNAPSHOTS) if (s.date <= day) found = s.id;
	return found;
}

/**
 * How the map names a snapshot: its date, and, when the day shown is later than the latest
 * snapshot, that this is the latest map there is ("2 Dec 2025, the latest map used here"), so that
 * an event in February does not seem to come with a February front line.
 */
export function snapshotLabelFor(id: SnapshotId, day: string | null | undefined): string {
	const snap = SNAPSHOTS.find((s) => s.id === id);
	const latest = SNAPSHOTS[SNAPSHOTS.length - 1];
	if (!snap || !latest) return '';
	// site.yaml's label in the page's language ("2 грудня 2025", "До 24 лютого 2022").
	const label =
		localSite().map.occupation?.snapshots.find((s) => s.id === id)?.label ?? formatDay(snap.date);
	return snap.id === latest.id && day && day > latest.date ? m.latest_map({ date: label }) : label;
}

/** The day the map shows: the selected event's, else the end of the time range, else null. */
export function selectedDay(
	event: Pick<ChronoEvent, 'date'> | null,
	range: { start: string; end: string } | null
): string | null {
	return event?.date ?? range?.end ?? null;
}

/** Which map source draws a region: oblasts, the two groups, or the seas. */
export function sourceOfRegion(region: Pick<RegionEntry, 'kind'>): MapSourceId {
	if (region.kind === 'group') return 'groups';
	if (region.kind === 'sea' || region.kind === 'strait') return 'seas';
	return 'admin1';
}

/** Region ids an event touches, groups expanded to their members too. */
export function expandRegions(ids: readonly string[], regions: readonly RegionEntry[]): string[] {
	const out = new Set(ids);
	for (const id of ids) {
		for (const m of regions.find((r) => r.id === id)?.members ?? []) out.add(m);
	}
	return [...out];
}

export function eventsForRegion(model: Pick<Chronology, 'events' | 'regions'>, id: string) {
	if (!model.regions.some((r) => r.id === id)) return [];
	// The region, its members and the groups it belongs to (Donetsk events count for Donbas).
	const related = relatedRegions(id, model.regions);
	return model.events.filter((e) => e.regions.some((r) => related.has(r)));
}

export function eventsForPlace(model: Pick<Chronology, 'events'>, id: string) {
	return model.events.filter((e) => e.places.includes(id));
}

/** Plan topics that name the target, directly or (for regions) through a group or a member. */
export function topicsFor(
	plans: Pick<Plans, 'topics'> | null,
	target: MapTarget,
	regions: readonly RegionEntry[]
): TopicEntry[] {
	if (!plans) return [];
	if (target.kind === 'place') return plans.topics.filter((t) => t.places.includes(target.id));
	if (!regions.some((r) => r.id === target.id)) return [];
	const related = relatedRegions(target.id, regions);
	return plans.topics.filter((t) => t.regions.some((r) => related.has(r)));
}

/** The groups a region belongs to (Donetsk → Donbas). */
export function groupsOf(id: string, regions: readonly RegionEntry[]): RegionEntry[] {
	return regions.filter((r) => r.members?.includes(id));
}

/** What a region or place is, in a few words. */
export function describeRegion(region: Pick<RegionEntry, 'kind'>): string {
	const builtIn: Record<string, () => string> = {
		group: m.kind_group,
		sea: m.kind_sea,
		strait: m.kind_strait
	};
	return localSite().regionKinds[region.kind] ?? builtIn[region.kind]?.() ?? m.kind_region();
}

/** Place kinds every story may use; a story names its own in site.yaml (`placeKinds`). */
const KNOWN_KINDS: Record<string, { label: () => string; rank: 1 | 2 | 3 }> = {
	capital: { label: m.kind_capital, rank: 1 },
	port: { label: m.kind_port, rank: 2 }
};
const kindOf = (k: string): { label: string; rank?: 1 | 2 | 3 } | undefined => {
	const own = localSite().placeKinds[k];
	if (own) return own;
	const known = KNOWN_KINDS[k];
	return known && { label: known.label(), rank: known.rank };
};

export function describePlace(kinds: readonly string[]): string {
	const words = kinds.map((k) => kindOf(k)?.label ?? k);
	const text = words.join(', ');
	return text ? text[0]!.toUpperCase() + text.slice(1) : m.kind_place();
}

/**
 * How prominent a place is on the map: 1 = meeting places and capitals, 2 = ports and the like,
 * 3 = the rest (site.yaml › placeKinds gives each kind its rank). Lower ranks win label collisions.
 */
export function placeRank(kinds: readonly string[]): 1 | 2 | 3 {
	return kinds.reduce<1 | 2 | 3>((best, k) => Math.min(best, kindOf(k)?.rank ?? 3) as 1 | 2 | 3, 3);
}

/** Short label for an oblast on the map: "Donetsk Oblast" → "Donetsk", "Донецька область" → "Донецька". */
export function shortRegionName(name: string): string {
	return name
		.replace(/ Oblast$/, '')
		.replace(/^Autonomous Republic of /, 'AR ')
		.replace(/ область$/, '')
		.replace(/^Автономна Республіка /, 'АР ');
}

/**
 * Items of the list twin in on-screen order: north to south, then west to east, in rows of
 * `rowDegrees` of latitude, so the list reads the way the eye scans the map.
 */
export function screenOrder<T extends { lng: number; lat: number }>(
	items: readonly T[],
	rowDegrees = 1.5
): T[] {
	return [...items].sort((a, b) => {
		const ra = Math.floor(-a.lat / rowDegrees);
		const rb = Math.floor(-b.lat / rowDegrees);
		return ra - rb || a.lng - b.lng;
	});
}

/**
 * A region's facts for its panel, under the region they belong to: the region's own, then (for
 * Donbas or Crimea) each member's, so that every figure sits beside the name of its oblast.
 * Regions with no facts are kept, so that the panel can say so.
 */
export function factsByRegion(
	region: RegionEntry,
	regions: readonly RegionEntry[]
): { region: RegionEntry; facts: ControlFactEntry[] }[] {
	const members = (region.members ?? []).flatMap((id) => {
		const m = regions.find((r) => r.id === id);
		return m ? [m] : [];
	});
	if (!members.length) return [{ region, facts: region.facts }];
	const own = region.facts.length ? [{ region, facts: region.facts }] : [];
	return [...own, ...members.map((m) => ({ region: m, facts: m.facts }))];
}

/** Whether a summary only repeats facts the panel lists anyway (one of them word for word). */
export function isSummaryInFacts(summary: string, facts: readonly { fact: string }[]): boolean {
	const flat = (t: string) => t.replace(/\s+/g, ' ').trim();
	return facts.some((f) => flat(summary).includes(flat(f.fact)));
}

/** A region's name inside a sentence: "the Sea of Azov", "the Autonomous Republic of Crimea". */
export function nameInSentence(region: Pick<RegionEntry, 'kind' | 'name'>): string {
	// English writes "the Black Sea" inside a sentence; Ukrainian has no article.
	const takesThe =
		currentLang() === 'en' && ['sea', 'strait', 'autonomous-republic'].includes(region.kind);
	return takesThe ? `the ${localName(region.name)}` : localName(region.name);
}

/** "4 Dec 2025", "Dec 2025", or a plain word when the sources give no date. */
export function factDate(asOf: string | null, format: (day: string) => string): string {
	return asOf ? format(asOf) : m.no_date_in_sources();
}
