/**
 * The caption and text alternative of a step's map, written from what was drawn, so that they
 * cannot name what the map does not show; and whether a smaller drawing still shows all of it.
 */
import { formatDay } from '../../data/dates';
import type { Arc } from '../model/arcs';
import { listNames } from '../model/arcs';
import { SITE, SITES } from '../../site';
import { currentLang } from '../../i18n/lang';
import { m } from '../../paraglide/messages.js';
import type { DrawnPlace, StepMap } from './types';

const focus = SITE.map.focus;

/** The caption and alt text, from what was drawn. */
export function describe(shown: {
	places: readonly DrawnPlace[];
	regions: readonly { id: string; name: string }[];
	occupation: StepMap['occupation'];
	arcs: readonly Arc[];
	locator: boolean;
}): { caption: string; alt: string } {
	const site = SITES[currentLang()];
	/** The story's area inside a sentence: "Ukraine", "the United States". */
	const area = site.map.focus
		? (site.map.focus.inSentence ?? site.map.focus.name)
		: site.map.views[0]!.label;
	/** "the area occupied by X": the occupied-area layer inside a sentence. */
	const occupied = site.map.occupation
		? (site.map.occupation.area ?? site.map.occupation.label)
		: '';
	const inSentence =
		currentLang() === 'en' ? occupied.replace(/^./, (c) => c.toLowerCase()) : occupied;
	const own = shown.places.filter((p) => p.focus);
	const context = shown.places.filter((p) => !p.focus);
	const named = (p: DrawnPlace) =>
		p.country && p.country !== focus?.name && p.country !== site.map.focus?.name
			? `${p.name} (${p.country})`
			: p.name;
	const clauses: { alt: string; key?: string }[] = [];
	if (own.length) clauses.push({ alt: listNames(own.map(named)) });
	if (shown.regions.length)
		clauses.push({
			alt: m.map_highlighted({ names: listNames(shown.regions.map((r) => r.name)) }),
			key: m.map_key_yellow()
		});
	for (const a of shown.arcs)
		clauses.push({
			alt: m.map_trip({ who: a.who, route: a.route.replace(' → ', ` ${m.map_to()} `) }),
			key: m.map_key_purple()
		});
	if (shown.occupation)
		clauses.push({
			alt:
				m.map_occupied({ area: inSentence, date: formatDay(shown.occupation.date) }) +
				(shown.occupation.frontline ? m.map_frontline() : ''),
			key: shown.occupation.frontline ? m.map_key_hatched_front() : m.map_key_hatched()
		});
	if (context.length)
		clauses.push({ alt: m.map_for_reference({ names: listNames(context.map((p) => p.name)) }) });
	if (shown.locator) clauses.push({ alt: m.map_inset({ area }) });
	if (clauses.length === 0) clauses.push({ alt: m.map_neighbours({ area }) });
	const join = (withKey: boolean) =>
		m.map_caption({
			clauses: clauses.map((c) => (withKey && c.key ? `${c.alt} (${c.key})` : c.alt)).join('; ')
		});
	return { caption: join(true), alt: join(false) };
}

/**
 * The caption and alt text that hold for both drawings of a step, the full one and the small one
 * for phones: the step's own places, its regions, trips and occupied area must all be in the
 * small drawing, and of the reference places only those both drawings show are named. Null when
 * the small drawing lacks any of the step's own.
 */
export function describeBoth(
	small: StepMap,
	full: StepMap,
	arcs: readonly Arc[]
): { caption: string; alt: string; named: string[] } | null {
	const inSmall = new Set(small.places.map((p) => p.id));
	const labelled = (m: StepMap, a: Arc) => m.labels.some((l) => l.id === `trip-${a.id}`);
	const trips = arcs.filter((a) => labelled(full, a));
	const same =
		full.places.every((p) => !p.focus || inSmall.has(p.id)) &&
		full.regions.every((r) => small.regions.some((s) => s.id === r.id)) &&
		trips.every((a) => labelled(small, a)) &&
		small.locator === full.locator &&
		small.occupation?.snapshot === full.occupation?.snapshot;
	if (!same) return null;
	const places = full.places.filter((p) => inSmall.has(p.id));
	const text = describe({
		places,
		regions: full.regions,
		occupation: full.occupation,
		arcs: trips,
		locator: full.locator
	});
	return { ...text, named: places.map((p) => p.id) };
}
