/**
 * Downloads for classroom exercises: the events (CSV and JSON, every source included) and the plan
 * comparison (CSV). Built at build time for the full files and in the browser for filtered ones,
 * from the same functions.
 */
import { csvFormatRow } from 'd3';
import { eventDatetime } from '../data/dates';
import type { ChronoEvent, Plans, SourceRef } from '../data/types';
import type { Lang } from '../data/schema/fields';

type Cell = string | number | null | undefined;

/**
 * One cell as text that a spreadsheet shows as text: a cell that starts with = + - @, a tab or a
 * carriage return would be read as a formula (CSV injection), so it gets a leading apostrophe, as
 * OWASP recommends. https://owasp.org/www-community/attacks/CSV_Injection
 */
export function safeCell(value: Cell): string {
	const s = value === null || value === undefined ? '' : String(value);
	return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}

/**
 * Rows as CSV: RFC 4180 quoting by d3-dsv, every cell made safe first, each line ended by CRLF as
 * RFC 4180 asks (d3's csvFormatRows would join them with a bare LF).
 */
export const csv = (rows: Cell[][]) =>
	rows.map((r) => csvFormatRow(r.map(safeCell)) + '\r\n').join('');

const sourceText = (s: SourceRef) => [s.outlet, s.title, s.date ?? 'undated', s.url].join(' — ');

export const EVENT_COLUMNS = [
	'id',
	'date',
	'end',
	'time',
	'timezone',
	'utc',
	'title',
	'summary',
	'location',
	'places',
	'regions',
	'people',
	'sides',
	'tags',
	'confidence',
	'quote',
	'quote_speaker',
	'sources'
] as const;

/** The columns' names in the Ukrainian edition's downloads. */
const EVENT_COLUMNS_UK: Record<(typeof EVENT_COLUMNS)[number], string> = {
	id: 'ідентифікатор',
	date: 'дата',
	end: 'кінець',
	time: 'час',
	timezone: 'часовий_пояс',
	utc: 'utc',
	title: 'назва',
	summary: 'опис',
	location: 'місце',
	places: 'місця',
	regions: 'регіони',
	people: 'люди',
	sides: 'сторони',
	tags: 'теги',
	confidence: 'достовірність',
	quote: 'цитата',
	quote_speaker: 'автор_цитати',
	sources: 'джерела'
};

const eventColumns = (lang: Lang) =>
	EVENT_COLUMNS.map((c) => (lang === 'uk' ? EVENT_COLUMNS_UK[c] : c));

export function eventsCsv(events: readonly ChronoEvent[], lang: Lang = 'en'): string {
	return csv([eventColumns(lang), ...eventRows(events)]);
}

function eventRows(events: readonly ChronoEvent[]): Cell[][] {
	return events.map((e): Cell[] => [
		e.id,
		e.date,
		e.end,
		e.time,
		e.timezone,
		e.time ? eventDatetime(e) : '',
		e.title,
		e.summary,
		e.location,
		e.places.join('; '),
		e.regions.join('; '),
		e.people.join('; '),
		e.sides.join('; '),
		e.tags.join('; '),
		e.confidence,
		e.quote?.text,
		e.quote ? (e.quote.speaker ?? e.quote.speakerName) : '',
		e.sources.map(sourceText).join(' | ')
	]);
}

/**
 * Every event as JSON: the model's own fields in English; in the Ukrainian edition one object
 * per event with the CSV's Ukrainian column names.
 */
export function eventsJson(events: readonly ChronoEvent[], lang: Lang = 'en'): string {
	if (lang === 'en') return JSON.stringify(events, null, 2) + '\n';
	const columns = eventColumns(lang);
	const rows = eventRows(events).map((row) =>
		Object.fromEntries(row.map((cell, i) => [columns[i], cell ?? null]))
	);
	return JSON.stringify(rows, null, 2) + '\n';
}

const STATUS_TEXT: Record<string, string> = {
	'not-addressed': 'not covered',
	unknown: 'not known (text not published)',
	'not-verified': 'not verified'
};

/** The plan comparison, one row per topic and document. */
const STATUS_TEXT_UK: Record<string, string> = {
	'not-addressed': 'не йдеться',
	unknown: 'невідомо (текст не оприлюднено)',
	'not-verified': 'не перевірено'
};

export function plansCsv(plans: Plans, lang: Lang = 'en'): string {
	const header =
		lang === 'uk'
			? ['тема', 'документ', 'статус', 'зміст', 'зміна', 'достовірність', 'джерела']
			: ['topic', 'document', 'status', 'says', 'change', 'confidence', 'sources'];
	const statusText = lang === 'uk' ? STATUS_TEXT_UK : STATUS_TEXT;
	const rows = plans.topics.flatMap((t) =>
		plans.documents.map((d) => {
			const cell = t.cells[d.id];
			const sources = (cell?.sources ?? [])
				.map((id) => plans.sources[id])
				.filter((s): s is SourceRef => !!s);
			return [
				t.title,
				d.title,
				cell?.status ?? 'unknown',
				cell?.says ?? statusText[cell?.status ?? 'unknown'],
				cell?.change,
				cell?.confidence,
				sources.map(sourceText).join(' | ')
			];
		})
	);
	return csv([header, ...rows]);
}
