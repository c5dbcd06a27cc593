/**
 * Downloads for classroom exercises: the events (CSV and JSON, every source included) and the plan
 * comparison (CSV). Built at build time for the full files and in the browser for filtered ones,
 * from the same functions.
 */
import { eventDatetime } from '../data/dates';
import type { ChronoEvent, Plans, SourceRef } from '../data/types';

/** One CSV field: quoted when it holds a comma, a quote or a line break (RFC 4180). */
export function csvField(value: string | number | null | undefined): string {
	const s = value === null || value === undefined ? '' : String(value);
	return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

export const csvRow = (fields: (string | number | null | undefined)[]) =>
	fields.map(csvField).join(',');

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
	const rows = events.map((e) =>
		csvRow([
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
		])
	);
	return [csvRow([...EVENT_COLUMNS]), ...rows].join('\r\n') + '\r\n';
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
	const header = csvRow(['topic', 'document', 'status', 'says', 'change', 'confidence', 'sources']);
	const rows = plans.topics.flatMap((t) =>
		plans.documents.map((d) => {
			const cell = t.cells[d.id];
			const sources = (cell?.sources ?? [])
				.map((id) => plans.sources[id])
				.filter((s): s is SourceRef => !!s);
			return csvRow([
				t.title,
				d.title,
				cell?.status ?? 'unknown',
				cell?.says ?? STATUS_TEXT[cell?.status ?? 'unknown'],
				cell?.change,
				cell?.confidence,
				sources.map(sourceText).join(' | ')
			]);
		})
	);
	return [header, ...rows].join('\r\n') + '\r\n';
}
