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

/** The languages of the content: English, and the Ukrainian edition. */
export const LANGS = ['en', 'uk'] as const;
export type Lang = (typeof LANGS)[number];

/**
 * A text field's words in each language, as validated. The loader turns every one into a plain
 * string for the language it builds (`uk` falls back to `en` while untranslated), so the model
 * every view reads holds strings only.
 */
export class LocalText {
	constructor(
		readonly en: string,
		readonly uk?: string
	) {}
	in(lang: Lang): string {
		return lang === 'uk' ? (this.uk ?? this.en) : this.en;
	}
}

/**
 * A human-readable text field: a plain string (English, not yet translated) or
 * `{ en: …, uk: … }`, each checked as `base` checks a string.
 */
export const Localized = <T extends z.ZodType<string, string>>(base: T) =>
	z
		.union([base, z.strictObject({ en: base, uk: base.optional() })], {
			error: 'expected text'
		})
		.transform((v): LocalText => {
			if (typeof v === 'string') return new LocalText(v);
			const both = v as { en: string; uk?: string };
			return new LocalText(both.en, both.uk);
		});

/** Localized prose and lines: the text fields that a translation gives in each language. */
export const LText = Localized(Text);
export const LLine = Localized(Line);

/** One cited page. `date` is null when the page shows none. */
export const Source = z
	.strictObject({
		outlet: Line,
		title: Line,
		date: PartialDay.nullable(),
		url: Url,
		note: LText.optional()
	})
	.meta({ description: 'A cited page: outlet (and the wire it carries), headline, date, address' });

export const Sources = z.array(Source).min(1, { error: 'needs at least one source' });

export const Quote = z
	.strictObject({
		text: LText.meta({
			description:
				'Verbatim, as published at sourceUrl; its `uk` is a translation unless ukIsOriginal'
		}),
		ukIsOriginal: z.boolean().optional().meta({
			description: "true only where a cited source gives the quote's Ukrainian wording"
		}),
		speaker: Id.optional().meta({ description: 'A person id from people.yaml' }),
		speakerName: LText.optional().meta({ description: 'Who spoke, when not in people.yaml' }),
		sourceUrl: Url.meta({ description: 'Must be the url of one of the entry’s sources' }),
		note: LText.optional()
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
