/**
 * Cross-file checks of the events: their sides, places, regions and people resolve, their days
 * fall in the story's period and after none of their sources, quotes cite their own sources, and
 * each trip joins two events as the data says it does.
 */
import type { Path } from './errors';
import type { CrossCheck } from './crossCheck';
import type { TripEntry } from './types';

/** The last day a source date can stand for: '2025-12' → '2025-12-31', '2025' → '2025-12-31'. */
const lastDayOf = (date: string): string => {
	if (date.length === 4) return `${date}-12-31`;
	if (date.length === 7) {
		const [y, m] = date.split('-').map(Number) as [number, number];
		return `${date}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
	}
	return date;
};

/** Checks the events; returns those that a trip arrives at or leaves from. */
export function checkEvents(c: CrossCheck) {
	const { entries, ref, refs, inPeriod, quoteCites, notesOnMirrors, report } = c;
	const { places, regions, people, events, sides } = c;
	const eventEntries = entries('events', 'events');
	const eventById = new Map(
		eventEntries.flatMap(({ value }) => (value.id ? [[value.id, value] as const] : []))
	);
	// Events that a trip arrives at or leaves from: a step that draws arcs needs one of them.
	const tripEnds = new Set(
		eventEntries.flatMap(({ value }) =>
			value.trips?.length && value.id ? [value.id, ...value.trips.map((t) => t.from)] : []
		)
	);

	for (const { index, value: e } of eventEntries) {
		const at: Path = ['events', index];
		refs('events', [...at, 'sides'], e.sides, sides, 'side');
		refs('events', [...at, 'places'], e.places, places, 'place');
		refs('events', [...at, 'regions'], e.regions, regions, 'region');
		refs('events', [...at, 'people'], e.people, people, 'person');
		inPeriod('events', [...at, 'date'], e.date);
		inPeriod('events', [...at, 'end'], e.end);
		quoteCites(
			'events',
			at,
			e.quote,
			e.sources?.map((s) => s.url)
		);
		// Whoever is quoted took part in the event, so a card can name them with their role.
		if (e.quote?.speaker !== undefined && e.people && !e.people.includes(e.quote.speaker)) {
			report(
				'events',
				[...at, 'quote', 'speaker'],
				`"${e.quote.speaker}" is quoted but is not in this event's people (add them to \`people\`)`
			);
		}
		// A source may be later than the event it reports, never all of them earlier: an event
		// dated after every one of its (dated) sources has its date, or its sources, wrong.
		const dated = e.sources?.filter((s) => s.date !== null) ?? [];
		if (e.date && dated.length > 0 && dated.length === e.sources?.length) {
			const latest = dated
				.map((s) => lastDayOf(s.date!))
				.sort()
				.at(-1)!;
			if (latest < e.date) {
				report(
					'events',
					[...at, 'date'],
					`"${e.date}" is after every one of this event's sources (the latest is dated ${latest}); a source cannot report an event before it happened`
				);
			}
		}
		notesOnMirrors('events', [...at, 'sources'], e.sources);
		e.trips?.forEach((trip, i) => checkTrip([...at, 'trips', i], e, trip));
	}

	/**
	 * A trip joins two events that each have one place, different ones; the earlier event is the
	 * start; whoever travelled is listed in both events; a source of the arrival states it.
	 */
	function checkTrip(
		at: Path,
		e: (typeof eventEntries)[number]['value'],
		trip: Pick<TripEntry, 'from' | 'people' | 'sourceUrl'>
	) {
		ref('events', [...at, 'from'], trip.from, events, 'event');
		refs('events', [...at, 'people'], trip.people, people, 'person');
		const urls = e.sources?.map((s) => s.url);
		if (urls && !urls.includes(trip.sourceUrl)) {
			report(
				'events',
				[...at, 'sourceUrl'],
				`"${trip.sourceUrl}" is not the url of one of this event's sources (the source that states the journey must be one of them)`
			);
		}
		const ends = (n: number) => (n === 1 ? 'one place' : `${n} places`);
		if (e.places && e.places.length !== 1) {
			report(
				'events',
				[...at, 'from'],
				`a trip ends at an event with exactly one place, and this event has ${ends(e.places.length)}`
			);
		}
		trip.people.forEach((p, i) => {
			if (e.people && people?.has(p) && !e.people.includes(p))
				report(
					'events',
					[...at, 'people', i],
					`"${p}" travelled here but is not in this event's people`
				);
		});
		if (trip.from === e.id) {
			report('events', [...at, 'from'], 'a trip cannot start at the event it leads to');
			return;
		}
		const from = eventById.get(trip.from);
		if (!from) return;
		if (from.date && e.date && from.date > e.date) {
			report(
				'events',
				[...at, 'from'],
				`event "${trip.from}" (${from.date}) is after this one (${e.date}); a trip starts at an earlier event`
			);
		}
		if (from.places && from.places.length !== 1) {
			report(
				'events',
				[...at, 'from'],
				`event "${trip.from}" has ${ends(from.places.length)}; a trip starts at an event with exactly one place`
			);
		} else if (from.places && e.places?.includes(from.places[0]!)) {
			report(
				'events',
				[...at, 'from'],
				`event "${trip.from}" is also at "${from.places[0]}"; a trip joins two different places`
			);
		}
		trip.people.forEach((p, i) => {
			if (from.people && people?.has(p) && !from.people.includes(p))
				report(
					'events',
					[...at, 'people', i],
					`"${p}" is not in the people of event "${trip.from}", where the trip starts`
				);
		});
	}
	return { tripEnds };
}
