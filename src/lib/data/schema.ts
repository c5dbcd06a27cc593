/**
 * The shape of every content file in data/, written once with zod. The same schemas validate the
 * YAML at build time, generate the JSON Schemas in data/schema/ for editors, and give the types.
 * Cross-file checks (does a place id resolve?) live in references.ts.
 */
import { z } from 'zod';
import { CONFIDENCE } from './confidence';
import { isCalendarDay } from './dates';

export { CONFIDENCE };

/** A calendar day, ISO `YYYY-MM-DD`. */
export const Day = z
	.string({ error: 'expected a date as text, YYYY-MM-DD' })
	.regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'expected YYYY-MM-DD' })
	.refine(isCalendarDay, { error: 'is not a calendar date (expected YYYY-MM-DD)' })
	.meta({ description: 'A calendar day, YYYY-MM-DD', examples: ['2025-11-23'] });

/** A day, a month (`YYYY-MM`) or a year: sources do not always show a full date. */
export const PartialDay = z
	.string({ error: 'expected YYYY-MM-DD, YYYY-MM or YYYY' })
	.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { error: 'expected YYYY-MM-DD, YYYY-MM or YYYY' })
	.refine((s) => isCalendarDay(s.length === 4 ? `${s}-01-01` : s.length === 7 ? `${s}-01` : s), {
		error: 'is not a calendar date'
	});

export const Id = z
	.string({ error: 'expected an id as text' })
	.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'expected a kebab-case id (a-z, 0-9, "-")' });

/** Regions use ISO 3166-2 codes (UA-14) for admin units and kebab-case ids for groups and seas. */
export const RegionId = z
	.string({ error: 'expected a region id as text' })
	.regex(/^([A-Z]{2}-[0-9A-Z]{1,3}|[a-z0-9]+(-[a-z0-9]+)*)$/, {
		error: 'expected an ISO 3166-2 code (UA-14) or a kebab-case id (black-sea)'
	});

export const Url = z.string({ error: 'expected a URL as text' }).refine(
	(s) => {
		try {
			const u = new URL(s);
			return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname.includes('.');
		} catch {
			return false;
		}
	},
	{ error: 'is not an http(s) URL' }
);

/** Longest prose field (the longest summary today is under 900 characters). */
export const TEXT_MAX = 2000;
/** Longest name, title or label. */
export const LINE_MAX = 300;
/** Longest word: anything longer cannot wrap on a phone (URLs have their own fields). */
export const WORD_MAX = 60;

const longestWord = (s: string) => {
	let longest = 0;
	for (const w of s.split(/\s+/)) longest = Math.max(longest, Array.from(w).length);
	return longest;
};

/** Text of at most `max` characters whose words all fit a phone's line; each limit a named error. */
const textOf = (max: number) =>
	z
		.string({ error: 'expected text' })
		.trim()
		.min(1, { error: 'must not be empty' })
		.max(max, { error: `is too long: at most ${max} characters` })
		.refine((s) => longestWord(s) <= WORD_MAX, {
			error: `has a word over ${WORD_MAX} characters long: break it up or move a link to sources`
		});

const Text = textOf(TEXT_MAX);
const Line = textOf(LINE_MAX);

/** A side of the story (a party to the talks); the story declares its sides in story.yaml. */
export const Side = Id;

export const Confidence = z.enum(CONFIDENCE, { error: `expected one of ${CONFIDENCE.join(', ')}` });

export const Names = z.strictObject({ en: Line, uk: Line.optional() });

/** One cited page. `date` is null when the page shows none. */
export const Source = z
	.strictObject({
		outlet: Line,
		title: Line,
		date: PartialDay.nullable(),
		url: Url,
		note: Text.optional()
	})
	.meta({ description: 'A cited page: outlet (and the wire it carries), headline, date, address' });

const Sources = z.array(Source).min(1, { error: 'needs at least one source' });

export const Quote = z
	.strictObject({
		text: Text.meta({ description: 'Verbatim, as published at sourceUrl' }),
		speaker: Id.optional().meta({ description: 'A person id from people.yaml' }),
		speakerName: Text.optional().meta({ description: 'Who spoke, when not in people.yaml' }),
		sourceUrl: Url.meta({ description: 'Must be the url of one of the entry’s sources' }),
		note: Text.optional()
	})
	.refine((q) => q.speaker !== undefined || q.speakerName !== undefined, {
		error: 'needs a speaker (person id) or a speakerName',
		path: ['speaker']
	});

const Time = z
	.string({ error: 'expected a time as text, HH:MM' })
	.regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'expected a 24-hour time HH:MM' });

const isTimeZone = (tz: string) => {
	try {
		new Intl.DateTimeFormat('en', { timeZone: tz });
		return tz.includes('/') || tz === 'UTC';
	} catch {
		return false;
	}
};

export const TimeZone = z
	.string({ error: 'expected an IANA time zone as text' })
	.refine(isTimeZone, { error: 'is not an IANA time zone (expected e.g. Europe/Moscow)' });

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
		note: Text.optional()
	})
	.meta({ description: 'A journey to this event, stated by one of its sources' });

export const Event = z
	.strictObject({
		id: Id,
		date: Day.meta({ description: 'Local date of the event (its first day)' }),
		end: Day.optional().meta({ description: 'Last day, for events over several days' }),
		time: Time.optional().meta({ description: 'Local start time, only where a source gives one' }),
		timezone: TimeZone.optional().meta({ description: 'IANA zone of `time`' }),
		dateNote: Text.optional(),
		title: Text.max(90, { error: 'must be at most 90 characters' }),
		summary: Text,
		location: Text.optional().meta({ description: 'Venue or area, in words' }),
		places: z.array(Id).default([]),
		regions: z.array(RegionId).default([]),
		people: z.array(Id).default([]),
		sides: z.array(Side).min(1, { error: 'needs at least one side' }),
		tags: z.array(Id).default([]),
		confidence: Confidence,
		independentSources: z.int().min(1).optional(),
		confidenceNote: Text.optional(),
		quote: Quote.optional(),
		trips: z.array(Trip).optional().meta({
			description: 'Journeys to this event that its sources state; drawn as arcs on the map'
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
		role: Line,
		until: Day.meta({
			description: 'First day of the next role: the last day of this one is the day before'
		})
	})
	.meta({ description: 'A role held before the next one began' });

export const Person = z
	.strictObject({
		id: Id,
		name: Line,
		alsoSpelled: z.array(Line).optional(),
		role: Line.meta({ description: 'Role as of the end of the story' }),
		earlierRoles: z.array(EarlierRole).optional().meta({
			description: 'Roles held before `role`, oldest first; an event shows the role held on its day'
		}),
		body: Line.meta({ description: 'Country or organisation' }),
		side: Side,
		part: Text.meta({ description: 'Their part in the story' }),
		note: Text.optional(),
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
	country: z.string().regex(/^[A-Z]{2}$/, { error: 'expected an ISO 3166-1 alpha-2 code' }),
	lng: z.number({ error: 'expected a longitude in degrees' }).min(-180).max(180),
	lat: z.number({ error: 'expected a latitude in degrees' }).min(-90).max(90),
	kinds: z.array(Id).default([]),
	note: Text.optional(),
	coordinateSource: Text
});

export const REGION_KINDS = [
	'oblast',
	'autonomous-republic',
	'city',
	'group',
	'sea',
	'strait'
] as const;

export const ControlFact = z.strictObject({
	id: Id,
	asOf: PartialDay.nullable(),
	fact: Text,
	value: Text.meta({ description: 'The figure as reported, in words' }),
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
	note: Text.optional(),
	sources: Sources
});

export const Region = z
	.strictObject({
		id: RegionId,
		kind: z.enum(REGION_KINDS),
		name: Names,
		members: z.array(RegionId).optional().meta({ description: 'For groups: the member regions' }),
		summary: Text.optional(),
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
	term: Line,
	also: z.array(Line).optional(),
	definition: Text,
	events: z.array(Id).default([]),
	sources: Sources
});

const CellStatus = z.enum(['says', 'not-addressed', 'unknown', 'not-verified']);

export const CHANGES = ['kept', 'changed', 'dropped', 'unclear'] as const;

export const Cell = z
	.strictObject({
		status: CellStatus,
		change: z.enum(CHANGES).optional().meta({
			description:
				'For a document that revises another: how this topic compares with the revised text'
		}),
		says: Text.optional(),
		points: Text.optional(),
		values: z.array(z.strictObject({ value: Text, reportedBy: Text })).optional(),
		quote: Quote.optional(),
		sources: z.array(Id).default([]),
		confidence: Confidence.optional(),
		note: Text.optional()
	})
	.refine((c) => (c.status === 'says') === (c.says !== undefined), {
		error: 'a cell says something exactly when its status is "says"',
		path: ['says']
	})
	.refine((c) => c.status !== 'says' || c.sources.length > 0, {
		error: 'needs at least one source',
		path: ['sources']
	});

export const Document = z
	.strictObject({
		id: Id,
		title: Text,
		also: z.array(Text).optional(),
		date: Day.optional(),
		from: Day.optional(),
		to: Day.optional(),
		dateNote: Text.optional(),
		authorSide: Side,
		authorNote: Text.optional(),
		people: z.array(Id).default([]),
		status: z.enum(['leaked', 'published', 'reported', 'not-published']),
		statusNote: Text.optional(),
		pointCount: z.int().min(1).nullable(),
		pointCountValues: z
			.array(z.strictObject({ value: z.union([z.int(), Text]), reportedBy: Text }))
			.optional(),
		pointCountNote: Text.optional(),
		events: z.array(Id).default([]),
		sources: z.array(Id).min(1, { error: 'needs at least one source' }),
		confidence: Confidence,
		independentSources: z.int().min(1).optional(),
		confidenceNote: Text.optional(),
		afterPeriod: z.boolean().optional().meta({ description: 'Shown for context only' }),
		revises: Id.optional().meta({ description: 'The document this one is a revision of' })
	})
	.refine((d) => d.date !== undefined || d.from !== undefined, {
		error: 'needs a date or a from/to range',
		path: ['date']
	})
	.refine((d) => d.from === undefined || d.to === undefined || d.to >= d.from, {
		error: 'must not be before from',
		path: ['to']
	});

export const Topic = z.strictObject({
	id: Id,
	title: Text,
	question: Text,
	regions: z.array(RegionId).default([]),
	places: z.array(Id).default([]),
	regionNote: Text.optional(),
	values: z.array(z.strictObject({ value: Text, reportedBy: Text })).optional(),
	cells: z.record(Id, Cell)
});

export const Position = z.strictObject({
	id: Id,
	side: Side,
	jointWith: z.array(Side).optional(),
	issue: Id,
	date: PartialDay.meta({ description: 'Day of the statement (a month where only that is known)' }),
	dateNote: Text.optional(),
	position: Text,
	speaker: Id.optional(),
	speakerName: Text.optional(),
	people: z.array(Id).default([]),
	quote: Quote.optional(),
	sources: Sources,
	confidence: Confidence,
	independentSources: z.int().min(1).optional(),
	confidenceNote: Text.optional(),
	events: z.array(Id).default([])
});

export const Phase = z
	.strictObject({
		id: Id,
		title: Text,
		start: Day,
		end: Day,
		summary: Text.optional()
	})
	.refine((p) => p.end >= p.start, { error: 'must not be before start', path: ['end'] });

const words = (s: string) => s.trim().split(/\s+/).length;

/** What the map shows in a step: the occupation snapshot and the optional overlays. */
export const StepLayers = z.strictObject({
	occupation: Id.nullable().optional().meta({
		description: 'Occupation snapshot to show (e.g. "2025-11-20"), or null for none'
	}),
	frontline: z.boolean().optional(),
	seas: z.boolean().optional(),
	arcs: z.boolean().optional().meta({
		description: "Draw the trips (events' `trips`) that arrive at or leave from the step's events"
	})
});

export const Step = z.strictObject({
	id: Id,
	title: Text,
	text: Text.refine((t) => words(t) <= 80, { error: 'must be at most 80 words' }),
	alt: Text.meta({ description: 'One sentence saying what the graphic shows' }),
	events: z.array(Id).default([]).meta({ description: 'Highlighted on the timeline' }),
	regions: z.array(RegionId).default([]).meta({ description: 'Highlighted on the map' }),
	places: z.array(Id).default([]).meta({ description: 'Highlighted on the map' }),
	range: z
		.strictObject({ start: Day, end: Day })
		.refine((r) => r.end >= r.start, { error: 'must not be before start', path: ['end'] })
		.optional()
		.meta({ description: "The timeline's visible days; default: around the step's events" }),
	camera: z
		.strictObject({
			center: z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]),
			zoom: z.number().min(0).max(20)
		})
		.optional()
		.meta({ description: 'Map view [lng, lat] and zoom; default: fit the regions and places' }),
	layers: StepLayers.optional(),
	annotation: Text.optional().meta({ description: 'A short label drawn on the graphic' }),
	legend: Text.optional().meta({ description: 'A line explaining what the colours mean here' }),
	build: z.array(Text).optional().meta({
		description: 'Items a presenter reveals one keypress at a time (e.g. the main points)'
	}),
	notes: Text.optional().meta({
		description: 'Speaker notes for the presentation; never shown to the audience'
	}),
	questions: z
		.array(Text)
		.max(3, { error: 'at most 3 discussion questions' })
		.default([])
		.meta({ description: 'Discussion questions for the class, answerable from the material' })
});

export const SideEntry = z.strictObject({
	id: Id,
	name: Text.meta({ description: 'Lane label on the timeline, e.g. "United States"' })
});

export const Story = z.strictObject({
	title: Text,
	standfirst: Text,
	asOf: Day,
	period: z
		.strictObject({ start: Day, end: Day })
		.refine((p) => p.end >= p.start, { error: 'must not be before start', path: ['end'] }),
	sides: z.array(SideEntry).min(1, { error: 'needs at least one side' }),
	phases: z.array(Phase).min(1, { error: 'needs at least one phase' }),
	steps: z.array(Step).default([])
});

/**
 * A host whose pages are copies, not an outlet's own page (a Wikipedia mirror, a staging or CDN
 * copy, an aggregator): a source there must say why it is weak in its `note`.
 */
export const MirrorHost = z.strictObject({
	host: z
		.string({ error: 'expected a host name as text' })
		.regex(/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/, {
			error: 'expected a host name such as wikimili.com (its subdomains are included)'
		})
		.meta({ description: 'A host name; its subdomains are included' }),
	why: Text.meta({ description: 'What kind of copy its pages are' })
});

/** One file per kind; each has a top-level key so that it can grow. */
export const FILES = {
	story: Story,
	events: z.strictObject({ events: z.array(Event).min(1, { error: 'needs at least one event' }) }),
	people: z.strictObject({ people: z.array(Person).default([]) }),
	places: z.strictObject({ places: z.array(Place).default([]) }),
	regions: z.strictObject({ regions: z.array(Region).default([]) }),
	glossary: z.strictObject({ glossary: z.array(GlossaryTerm).default([]) }),
	documents: z.strictObject({
		sources: z.record(Id, Source).default({}),
		documents: z.array(Document).default([]),
		topics: z.array(Topic).default([])
	}),
	positions: z.strictObject({
		issues: z.record(Id, Text).default({}),
		positions: z.array(Position).default([])
	}),
	hosts: z.strictObject({ mirrorHosts: z.array(MirrorHost).default([]) })
} as const;

export type FileKind = keyof typeof FILES;
export const FILE_KINDS = Object.keys(FILES) as FileKind[];
/** Files that a story may leave out (the tiny test story has no documents). */
export const OPTIONAL_FILES: readonly FileKind[] = ['glossary', 'documents', 'positions', 'hosts'];

/** The lists in each file whose entries carry an `id`, with the schema of one entry. */
export const LISTS = {
	story: { sides: SideEntry, phases: Phase, steps: Step },
	events: { events: Event },
	people: { people: Person },
	places: { places: Place },
	regions: { regions: Region },
	glossary: { glossary: GlossaryTerm },
	documents: { documents: Document, topics: Topic },
	positions: { positions: Position },
	hosts: {}
} as const satisfies Record<FileKind, Record<string, z.ZodType>>;
