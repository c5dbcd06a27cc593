/**
 * The chronology's entries: events (with the trips they state), people, places, regions with
 * their control facts, and glossary terms.
 */
import { z } from 'zod';
import {
	Confidence,
	Day,
	Id,
	Line,
	LLine,
	LText,
	Localized,
	Names,
	PartialDay,
	Quote,
	RegionId,
	Side,
	Source,
	Sources,
	Text,
	Time,
	TimeZone,
	Url
} from './fields';
import { Media } from './media';

/**
 * A journey to an event that a source states ("Driscoll flew from Geneva to Abu Dhabi"): the map
 * draws it as an arc from the place of the event the travellers came from to this event's place.
 */
export const Trip = z
	.strictObject({
		from: Id.meta({
			description: 'Id of the earlier event the travellers came from; the arc starts at its place'
		}),
		people: z
			.array(Id)
			.min(1, { error: 'name who travelled (person ids)' })
			.meta({ description: 'Who travelled: person ids listed in both events' }),
		sourceUrl: Url.meta({
			description: "The url of one of this event's sources, which states the journey"
		}),
		note: LText.optional()
	})
	.meta({ description: 'A journey to this event, stated by one of its sources' });

export const Event = z
	.strictObject({
		id: Id,
		date: Day.meta({ description: 'Local date of the event (its first day)' }),
		end: Day.optional().meta({ description: 'Last day, for events over several days' }),
		time: Time.optional().meta({ description: 'Local start time, only where a source gives one' }),
		timezone: TimeZone.optional().meta({ description: 'IANA zone of `time`' }),
		dateNote: LText.optional(),
		title: Localized(Text.max(90, { error: 'must be at most 90 characters' })),
		summary: LText,
		location: LText.optional().meta({ description: 'Venue or area, in words' }),
		places: z.array(Id).default([]),
		regions: z.array(RegionId).default([]),
		people: z.array(Id).default([]),
		sides: z.array(Side).min(1, { error: 'needs at least one side' }),
		tags: z.array(Id).default([]),
		confidence: Confidence,
		independentSources: z.int().min(1).optional(),
		confidenceNote: LText.optional(),
		quote: Quote.optional(),
		trips: z.array(Trip).optional().meta({
			description: 'Journeys to this event that its sources state; drawn as arcs on the map'
		}),
		media: Media.optional().meta({
			description: "A photograph or a link card shown in the event's card"
		}),
		sources: Sources
	})
	.refine((e) => e.end === undefined || e.end >= e.date, {
		error: 'must not be before date',
		path: ['end']
	})
	.refine((e) => (e.time === undefined) === (e.timezone === undefined), {
		error: 'time and timezone go together',
		path: ['timezone']
	});

/** A role a person held before their current one, up to (not including) the day `until`. */
export const EarlierRole = z
	.strictObject({
		role: LLine,
		until: Day.meta({
			description: 'First day of the next role: the last day of this one is the day before'
		})
	})
	.meta({ description: 'A role held before the next one began' });

export const Person = z
	.strictObject({
		id: Id,
		name: LLine,
		alsoSpelled: z.array(Line).optional(),
		role: LLine.meta({ description: 'Role as of the end of the story' }),
		earlierRoles: z.array(EarlierRole).optional().meta({
			description: 'Roles held before `role`, oldest first; an event shows the role held on its day'
		}),
		body: LLine.meta({ description: 'Country or organisation' }),
		side: Side,
		part: LText.meta({ description: 'Their part in the story' }),
		note: LText.optional(),
		sources: Sources
	})
	.refine(
		(p) => (p.earlierRoles ?? []).every((r, i, all) => i === 0 || all[i - 1]!.until < r.until),
		{
			error: 'earlier roles go oldest first, each ending after the one before',
			path: ['earlierRoles']
		}
	);

export const Place = z.strictObject({
	id: Id,
	name: Names,
	country: z
		.string()
		.regex(/^[A-Z]{2}$/, { error: 'expected an ISO 3166-1 alpha-2 code' })
		.optional()
		.meta({ description: 'The country it lies in; none for a point at sea' }),
	lng: z.number({ error: 'expected a longitude in degrees' }).min(-180).max(180),
	lat: z.number({ error: 'expected a latitude in degrees' }).min(-90).max(90),
	kinds: z.array(Id).default([]),
	note: LText.optional(),
	coordinateSource: Text
});

/**
 * Region kinds the engine itself knows: a group is drawn as one outline of its members, seas and
 * straits are water. A story names its other kinds, and says what each is, in site.yaml
 * (`regionKinds`).
 */
export const REGION_KINDS = ['group', 'sea', 'strait'] as const;

export const ControlFact = z.strictObject({
	id: Id,
	asOf: PartialDay.nullable(),
	fact: LText,
	value: LText.meta({ description: 'The figure as reported, in words' }),
	range: z
		.strictObject({
			min: z.number(),
			max: z.number(),
			unit: z.enum(['percent', 'km2'])
		})
		.refine((r) => r.max >= r.min, { error: 'max must not be below min', path: ['max'] })
		.optional()
		.meta({ description: 'Where sources disagree: the lowest and highest figure' }),
	confidence: Confidence,
	note: LText.optional(),
	sources: Sources
});

export const Region = z
	.strictObject({
		id: RegionId,
		kind: Id.meta({
			description: 'group, sea, strait, or a kind named in site.yaml › regionKinds (oblast …)'
		}),
		name: Names,
		members: z.array(RegionId).optional().meta({ description: 'For groups: the member regions' }),
		summary: LText.optional(),
		facts: z.array(ControlFact).default([]),
		sources: z.array(Source).default([])
	})
	.refine((r) => (r.kind === 'group') === (r.members !== undefined && r.members.length > 0), {
		error: 'groups, and only groups, list their members',
		path: ['members']
	})
	.refine((r) => r.summary === undefined || r.sources.length > 0, {
		error: 'a region with a summary needs at least one source',
		path: ['sources']
	});

export const GlossaryTerm = z.strictObject({
	id: Id,
	term: LLine,
	ru: Line.optional().meta({ description: 'The Russian term, for reference' }),
	also: z.array(LLine).optional(),
	definition: LText,
	events: z.array(Id).default([]),
	sources: Sources
});
