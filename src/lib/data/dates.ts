/**
 * Days and times: ISO days as UTC instants and back, and their labels. Days are ISO strings and
 * are formatted as UTC calendar days; a local time is shown in its own zone and in UTC
 * ("2 Dec 2025, 20:00 Moscow time (17:00 UTC)").
 */

import type { Lang } from './schema/fields';
import { currentLang } from '../i18n/lang';

/** One day in milliseconds. */
export const DAY_MS = 86_400_000;

/** Month names as the site writes them ("Sep", not the "Sept" of some Intl locales). */
export const MONTHS = [
	'Jan',
	'Feb',
	'Mar',
	'Apr',
	'May',
	'Jun',
	'Jul',
	'Aug',
	'Sep',
	'Oct',
	'Nov',
	'Dec'
] as const;

/** Short month names in Ukrainian, for the timeline's ticks. */
export const MONTHS_UK = [
	'січ',
	'лют',
	'бер',
	'квіт',
	'трав',
	'черв',
	'лип',
	'серп',
	'вер',
	'жовт',
	'лист',
	'груд'
] as const;

/** A month's short name in the page's language (0 = January). */
export const monthShort = (month: number, lang: Lang = currentLang()) =>
	(lang === 'uk' ? MONTHS_UK : MONTHS)[month]!;

const parts = (day: string) => day.split('-').map(Number) as [number, number, number];

/** Midnight UTC of an ISO day, in ms. */
export function dayMs(day: string): number {
	return Date.UTC(+day.slice(0, 4), +day.slice(5, 7) - 1, +day.slice(8, 10));
}

/** The UTC instant of a local time; UTC itself is read without Intl, which is slow at scale. */
export function instantMs(day: string, time: string, timeZone: string): number {
	if (timeZone === 'UTC') return dayMs(day) + (+time.slice(0, 2) * 60 + +time.slice(3, 5)) * 60000;
	return zonedToUtc(day, time, timeZone).getTime();
}

/** ISO day of a UTC instant. */
export const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Whether `day` is a real calendar day written YYYY-MM-DD ("2025-02-30" is not). */
export function isCalendarDay(day: string): boolean {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return false;
	const [y, m, d] = parts(day);
	const date = new Date(Date.UTC(y, m - 1, d));
	return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * Ukrainian month names, written out like MONTHS: the genitive after a day ("23 листопада 2025"),
 * the nominative of a month ("грудень 2025"). These are the words Intl gives for "uk", without the
 * "р." it appends to the year (media write the bare year); the first Ukrainian Intl formatter a
 * page makes costs a phone tens of ms, and its words could vary with the browser's ICU.
 */
const UK_MONTHS_OF = [
	'січня',
	'лютого',
	'березня',
	'квітня',
	'травня',
	'червня',
	'липня',
	'серпня',
	'вересня',
	'жовтня',
	'листопада',
	'грудня'
] as const;
const UK_MONTHS = [
	'січень',
	'лютий',
	'березень',
	'квітень',
	'травень',
	'червень',
	'липень',
	'серпень',
	'вересень',
	'жовтень',
	'листопад',
	'грудень'
] as const;
function ukDate(day: string, key: 'day' | 'month' | 'short'): string {
	const [y, m, d] = parts(day);
	if (key === 'month') return `${UK_MONTHS[m - 1]} ${y}`;
	return key === 'short' ? `${d} ${UK_MONTHS_OF[m - 1]}` : `${d} ${UK_MONTHS_OF[m - 1]} ${y}`;
}

/** "2025-11-23" → "23 Nov 2025" (uk: "23 листопада 2025"); "2025-12" → "Dec 2025"; "2025" → "2025". */
export function formatDay(day: string, lang: Lang = currentLang()): string {
	const [y, m, d] = parts(day);
	if (day.length === 4) return String(y);
	if (lang === 'uk') return ukDate(day, day.length === 7 ? 'month' : 'day');
	if (day.length === 7) return `${MONTHS[m - 1]} ${y}`;
	return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** "23 Nov" (uk: "23 листопада"). */
const dayAndMonth = (day: string, lang: Lang) => {
	if (lang === 'uk') return ukDate(day, 'short');
	const [, m, d] = parts(day);
	return `${d} ${MONTHS[m - 1]}`;
};

/**
 * "24–25 Nov 2025", "30 Nov – 2 Dec 2025", "31 Dec 2024 – 1 Jan 2025", or one day (uk: "24–25
 * листопада 2025"). Written by hand rather than with Intl.DateTimeFormat#formatRange: that puts
 * thin spaces around the dash ("24 – 25 Nov"), writes "Sept", and varies with the ICU version, so
 * the prerendered page and the browser could disagree.
 */
export function formatDayRange(start: string, end?: string, lang: Lang = currentLang()): string {
	if (!end || end === start) return formatDay(start, lang);
	const [y1, m1, d1] = parts(start);
	const [y2, m2] = parts(end);
	if (y1 !== y2) return `${formatDay(start, lang)} – ${formatDay(end, lang)}`;
	if (m1 !== m2) return `${dayAndMonth(start, lang)} – ${formatDay(end, lang)}`;
	return `${d1}–${formatDay(end, lang)}`;
}

/**
 * A range without the year, for labels where the year is plain from context: "23 Nov",
 * "24–25 Nov", "30 Nov – 2 Dec". A range across two years keeps them ("31 Dec 2024 – 1 Jan 2025").
 */
export function formatShortRange(start: string, end?: string, lang: Lang = currentLang()): string {
	const [y1, m1, d1] = parts(start);
	if (!end || end === start) return dayAndMonth(start, lang);
	const [y2, m2] = parts(end);
	if (y1 !== y2) return formatDayRange(start, end, lang);
	if (m1 !== m2) return `${dayAndMonth(start, lang)} – ${dayAndMonth(end, lang)}`;
	return `${d1}–${dayAndMonth(end, lang)}`;
}

/** One formatter per time zone: making an Intl.DateTimeFormat costs far more than using one. */
const zoneFormats = new Map<string, Intl.DateTimeFormat>();

function zoneFormat(timeZone: string): Intl.DateTimeFormat {
	let fmt = zoneFormats.get(timeZone);
	if (!fmt) {
		fmt = new Intl.DateTimeFormat('en-GB', {
			timeZone,
			hourCycle: 'h23',
			year: 'numeric',
			month: '2-digit',
			day: '2-digit',
			hour: '2-digit',
			minute: '2-digit'
		});
		zoneFormats.set(timeZone, fmt);
	}
	return fmt;
}

/** Minutes to add to UTC to get local time in `timeZone` at instant `utcMs`. */
export function zoneOffsetMinutes(utcMs: number, timeZone: string): number {
	const fmt = zoneFormat(timeZone);
	const p = Object.fromEntries(fmt.formatToParts(new Date(utcMs)).map((x) => [x.type, x.value]));
	const local = Date.UTC(+p.year!, +p.month! - 1, +p.day!, +p.hour!, +p.minute!);
	return Math.round((local - Math.floor(utcMs / 60000) * 60000) / 60000);
}

/**
 * UTC instants already worked out, by "day time zone". The content's are worked out when the
 * site is built and handed to the browser with the content (rememberInstants), so a page does
 * not load the time-zone database to show them: its first use costs a phone tens of ms.
 */
const instants = new Map<string, number>();
const instantKey = (day: string, time: string, timeZone: string) => `${day} ${time} ${timeZone}`;

/** The UTC instants (ms) of the local times of some dated entries, by key: for rememberInstants. */
export function instantsOf(entries: readonly Dated[]): Record<string, number> {
	const out: Record<string, number> = {};
	for (const e of entries)
		if (e.time && e.timezone)
			out[instantKey(e.date, e.time, e.timezone)] = +zonedToUtc(e.date, e.time, e.timezone);
	return out;
}

/** Takes in instants worked out elsewhere (instantsOf, at build time). */
export function rememberInstants(known: Record<string, number> | undefined) {
	for (const [key, ms] of Object.entries(known ?? {})) instants.set(key, ms);
}

/** The UTC instant of a local day and time in an IANA zone. */
export function zonedToUtc(day: string, time: string, timeZone: string): Date {
	const key = instantKey(day, time, timeZone);
	const known = instants.get(key);
	if (known !== undefined) return new Date(known);
	const utc = new Date(zoneToUtcMs(day, time, timeZone));
	instants.set(key, +utc);
	return utc;
}

function zoneToUtcMs(day: string, time: string, timeZone: string): number {
	const [y, m, d] = parts(day);
	const [hh, mm] = time.split(':').map(Number) as [number, number];
	const guess = Date.UTC(y, m - 1, d, hh, mm);
	// Two passes settle the offset also right after a daylight-saving change.
	const utc = guess - zoneOffsetMinutes(guess, timeZone) * 60000;
	return guess - zoneOffsetMinutes(utc, timeZone) * 60000;
}

/**
 * Ukrainian names of time zones, once worked out: each takes a new Intl formatter and the time-zone
 * names, which cost a phone tens of ms the first time. The content's are worked out when the site
 * is built and handed to the browser with the content (rememberZoneNames), like its instants.
 */
const ukZoneNames = new Map<string, string>();

/** The names of the time zones of some dated entries in a language, where they need Intl. */
export function zoneNamesOf(
	entries: readonly Dated[],
	lang: Lang = currentLang()
): Record<string, string> {
	const out: Record<string, string> = {};
	if (lang !== 'uk') return out;
	for (const e of entries)
		if (e.timezone && e.timezone !== 'UTC') out[e.timezone] = zoneName(e.timezone, lang);
	return out;
}

/** Takes in zone names worked out elsewhere (zoneNamesOf, at build time). */
export function rememberZoneNames(known: Record<string, string> | undefined) {
	for (const [zone, name] of Object.entries(known ?? {})) ukZoneNames.set(zone, name);
}

/** "Europe/Moscow" → "Moscow time" (uk: "за московським стандартним часом"); "UTC" → "UTC". */
export function zoneName(timeZone: string, lang: Lang = currentLang()): string {
	if (timeZone === 'UTC') return 'UTC';
	if (lang === 'uk') {
		let name = ukZoneNames.get(timeZone);
		if (name === undefined) {
			name =
				new Intl.DateTimeFormat('uk', { timeZone, timeZoneName: 'longGeneric' })
					.formatToParts(0)
					.find((p) => p.type === 'timeZoneName')?.value ?? timeZone;
			ukZoneNames.set(timeZone, name);
		}
		return name;
	}
	const city = timeZone.split('/').pop()!.replaceAll('_', ' ');
	return `${city} time`;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "2 Dec 2025, 20:00 Moscow time (17:00 UTC)"; the UTC day is named when it differs. */
export function formatLocalTime(
	day: string,
	time: string,
	timeZone: string,
	lang: Lang = currentLang()
): string {
	const utc = zonedToUtc(day, time, timeZone);
	const utcDay = utc.toISOString().slice(0, 10);
	const utcTime = `${pad(utc.getUTCHours())}:${pad(utc.getUTCMinutes())}`;
	if (timeZone === 'UTC') return `${formatDay(day, lang)}, ${time} UTC`;
	const utcLabel = utcDay === day ? `${utcTime} UTC` : `${formatDay(utcDay, lang)}, ${utcTime} UTC`;
	return `${formatDay(day, lang)}, ${time} ${zoneName(timeZone, lang)} (${utcLabel})`;
}

interface Dated {
	date: string;
	end?: string;
	time?: string;
	timezone?: string;
}

/** The label a reader sees for an event's date. */
export function eventDateLabel(e: Dated, lang: Lang = currentLang()): string {
	if (e.time && e.timezone) {
		const start = formatLocalTime(e.date, e.time, e.timezone, lang);
		return e.end && e.end !== e.date ? `${start} – ${formatDay(e.end, lang)}` : start;
	}
	return formatDayRange(e.date, e.end, lang);
}

/** The machine-readable value for `<time datetime>`: a day, or a UTC instant when a time is known. */
export function eventDatetime(e: Dated): string {
	if (e.time && e.timezone)
		return zonedToUtc(e.date, e.time, e.timezone).toISOString().replace(':00.000Z', 'Z');
	return e.date;
}

/** "23 Nov 2025 — US and Ukrainian delegations meet in Geneva": an event's accessible name. */
export function eventLabel(e: Dated & { title: string }): string {
	return `${formatDayRange(e.date, e.end)} — ${e.title}`;
}
