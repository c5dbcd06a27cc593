/**
 * Downloads for classroom exercises: the events (CSV and JSON, every source included) and the plan
 * comparison (CSV). Built at build time for the full files and in the browser for filtered ones,
 * from the same functions.
 */
import { csvFormatRow } from 'd3';
import { eventDatetime } from '../data/dates';
import type { ChronoEvent, Plans, SourceRef } from '../data/types';

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

export function eventsCsv(events: readonly ChronoEvent[]): string {
	const rows = events.map((e): Cell[] => [
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
	return csv([[...EVENT_COLUMNS], ...rows]);
}

export function eventsJson(events: readonly ChronoEvent[]): string {
	return JSON.stringify(events, null, 2) + '\n';
}

const STATUS_TEXT: Record<string, string> = {
	'not-addressed': 'not covered',
	unknown: 'not known (text not published)',
	'not-verified': 'not verified'
};

/** The plan comparison, one row per topic and document. */
export function plansCsv(plans: Plans): string {
	const header = ['topic', 'document', 'status', 'says', 'change', 'confidence', 'sources'];
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
				cell?.says ?? STATUS_TEXT[cell?.status ?? 'unknown'],
				cell?.change,
				cell?.confidence,
				sources.map(sourceText).join(' | ')
			];
		})
	);
	return csv([header, ...rows]);
}
