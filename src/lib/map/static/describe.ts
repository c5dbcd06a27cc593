/**
 * The caption and text alternative of a step's map, written from what was drawn, so that they
 * cannot name what the map does not show; and whether a smaller drawing still shows all of it.
 */
import { formatDay } from '../../data/dates';
import type { Arc } from '../model/arcs';
import { listNames } from '../model/arcs';
import { HOME_VIEW, VIEWS } from '../model/camera';
import { SITE } from '../../site';
import type { DrawnPlace, StepMap } from './types';

const focus = SITE.map.focus;
/** The story's area inside a sentence: "Ukraine", "the United States". */
const area = focus ? (focus.inSentence ?? focus.name) : VIEWS[HOME_VIEW]!.label;
/** "occupied by X": the occupied-area layer's legend label, inside a sentence. */
const occupiedBy = (SITE.map.occupation?.label ?? 'Occupied').replace(/^./, (c) => c.toLowerCase());

/** The caption and alt text, from what was drawn. */
export function describe(shown: {
	places: readonly DrawnPlace[];
	regions: readonly { id: string; name: string }[];
	occupation: StepMap['occupation'];
	arcs: readonly Arc[];
	locator: boolean;
}): { caption: string; alt: string } {
	const own = shown.places.filter((p) => p.focus);
	const context = shown.places.filter((p) => !p.focus);
	const named = (p: DrawnPlace) =>
		p.country && p.country !== focus?.name ? `${p.name} (${p.country})` : p.name;
	const clauses: { alt: string; key?: string }[] = [];
	if (own.length) clauses.push({ alt: listNames(own.map(named)) });
	if (shown.regions.length)
		clauses.push({
			alt: `${listNames(shown.regions.map((r) => r.name))} highlighted`,
			key: 'in yellow'
		});
	for (const a of shown.arcs)
		clauses.push({
			alt: `the trip of ${a.who}, ${a.route.replace(' → ', ' to ')}, as an arrow`,
			key: 'purple'
		});
	if (shown.occupation)
		clauses.push({
			alt:
				`the area ${occupiedBy} as of ${formatDay(shown.occupation.date)}` +
				(shown.occupation.frontline ? ', with the front line' : ''),
			key: shown.occupation.frontline ? 'hatched red, the front line dark red' : 'hatched red'
		});
	if (context.length)
		clauses.push({ alt: `${listNames(context.map((p) => p.name))} for reference` });
	if (shown.locator) clauses.push({ alt: `an inset shows where ${area} lies` });
	if (clauses.length === 0) clauses.push({ alt: `${area} and its neighbours` });
	const join = (withKey: boolean) =>
		`Map: ${clauses.map((c) => (withKey && c.key ? `${c.alt} (${c.key})` : c.alt)).join('; ')}.`;
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
