/**
 * Fields shared by every content file: days, ids, URLs, capped text, names, sources, quotes,
 * times and zones.
 */
import { z } from 'zod';
import { CONFIDENCE } from '../confidence';
import { isCalendarDay } from '../dates';

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

export const Text = textOf(TEXT_MAX);
export const Line = textOf(LINE_MAX);

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

export const Sources = z.array(Source).min(1, { error: 'needs at least one source' });

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

export const Time = z
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
