/**
 * Checks that cross the boundaries of one entry or one file: unique ids, references that resolve,
 * quotes that cite one of their entry's sources, and dates inside the story's period.
 * Runs on every entry, with the fields that are valid, so one bad value does not hide the others.
 */
import type { z } from 'zod';
import type { Path, SourceFile } from './errors';
import { LISTS, Story, type FileKind } from './schema';
import type { TripEntry } from './types';

type Report = (kind: FileKind, path: Path, message: string) => void;
type Lists = typeof LISTS;
type Entry<K extends FileKind, L extends keyof Lists[K]> = z.output<Lists[K][L] & z.ZodType>;

export function checkReferences(files: Partial<Record<FileKind, SourceFile>>, report: Report) {
	const raw = (kind: FileKind, key: string): unknown[] => {
		const data = files[kind]?.data as Record<string, unknown> | undefined;
		const list = data?.[key];
		return Array.isArray(list) ? list : [];
	};
	const rawRecord = (kind: FileKind, key: string): Record<string, unknown> => {
		const data = files[kind]?.data as Record<string, unknown> | undefined;
		const rec = data?.[key];
		return rec && typeof rec === 'object' && !Array.isArray(rec)
			? (rec as Record<string, unknown>)
			: {};
	};

	/**
	 * Entries with their index in the file, so messages point at the right lines. An invalid entry
	 * still takes part with the fields that are valid on their own: one bad date must not hide an
	 * unknown place in the same entry.
	 */
	function entries<K extends FileKind, L extends keyof Lists[K] & string>(kind: K, key: L) {
		const schema = LISTS[kind][key] as unknown as z.ZodObject;
		return raw(kind, key).flatMap((item, index) => {
			const whole = schema.safeParse(item);
			if (whole.success) return [{ index, value: whole.data as Partial<Entry<K, L>> }];
			if (item === null || typeof item !== 'object' || Array.isArray(item)) return [];
			const fields: Record<string, unknown> = {};
			for (const [field, fieldSchema] of Object.entries(schema.shape)) {
				const r = (fieldSchema as z.ZodType).safeParse((item as Record<string, unknown>)[field]);
				if (r.success && r.data !== undefined) fields[field] = r.data;
			}
			return [{ index, value: fields as Partial<Entry<K, L>> }];
		});
	}

	/** Every id present in the file, valid entry or not: a typo elsewhere is not blamed on it. */
	function ids(kind: FileKind, key: string): Set<string> | null {
		// A file that could not be read has its own error; nothing is checked against it.
		if (!files[kind]) return null;
		const seen = new Map<string, number>();
		raw(kind, key).forEach((item, index) => {
			const id = (item as { id?: unknown } | null)?.id;
			if (typeof id !== 'string') return;
			const first = seen.get(id);
			if (first !== undefined) {
				report(
					kind,
					[key, index, 'id'],
					`id "${id}" is already used by entry #${first + 1}; ids must be unique`
				);
			} else seen.set(id, index);
		});
		return new Set(seen.keys());
	}

	const places = ids('places', 'places');
	const regions = ids('regions', 'regions');
	const people = ids('people', 'people');
	const events = ids('events', 'events');
	const documents = ids('documents', 'documents');
	ids('glossary', 'glossary');
	ids('documents', 'topics');
	ids('positions', 'positions');
	const sides = ids('story', 'sides');
	ids('story', 'phases');
	ids('story', 'steps');
	const registry = rawRecord('documents', 'sources');
	const mirrorHosts = raw('hosts', 'mirrorHosts').flatMap((h) => {
		const host = (h as { host?: unknown } | null)?.host;
		return typeof host === 'string' ? [host.toLowerCase()] : [];
	});
	const issues = new Set(Object.keys(rawRecord('positions', 'issues')));

	const story = Story.shape.period.safeParse(
		(files.story?.data as Record<string, unknown> | undefined)?.period
	);
	const period = story.success ? story.data : null;

	const ref = (
		kind: FileKind,
		path: Path,
		id: string | undefined,
		known: Set<string> | null,
		what: string
	) => {
		if (id !== undefined && known && !known.has(id))
			report(kind, path, `unknown ${what} "${id}"${hint(id, known)}`);
	};
	const refs = (
		kind: FileKind,
		path: Path,
		list: readonly string[] | undefined,
		known: Set<string> | null,
		what: string
	) => list?.forEach((id, i) => ref(kind, [...path, i], id, known, what));
	const inPeriod = (kind: FileKind, path: Path, day: string | undefined) => {
		if (!period || day === undefined) return;
		if (day < period.start || day > period.end) {
			report(
				kind,
				path,
				`"${day}" is outside the story's period ${period.start} … ${period.end} (story.yaml › period)`
			);
		}
	};
	const quoteCites = (
		kind: FileKind,
		path: Path,
		quote: { sourceUrl: string; speaker?: string } | undefined,
		urls: readonly string[] | undefined
	) => {
		if (!quote) return;
		// Without valid sources the entry already has an error, and the quote cannot be checked.
		if (urls && !urls.includes(quote.sourceUrl)) {
			report(
				kind,
				[...path, 'quote', 'sourceUrl'],
				`"${quote.sourceUrl}" is not the url of one of this entry's sources (a quote must cite one of them)`
			);
		}
		if (quote.speaker !== undefined)
			ref(kind, [...path, 'quote', 'speaker'], quote.speaker, people, 'person');
	};

	/** The listed mirror or aggregator host a URL lives on (itself or a subdomain), if any. */
	const mirrorHostOf = (url: string): string | undefined => {
		let host: string;
		try {
			host = new URL(url).hostname.toLowerCase();
		} catch {
			return undefined;
		}
		return mirrorHosts.find((h) => host === h || host.endsWith(`.${h}`));
	};
	/** A source on a mirror or aggregator host must say in its note why it is weak. */
	const noteOnMirror = (kind: FileKind, path: Path, source: { url?: string; note?: string }) => {
		if (typeof source.url !== 'string' || source.note) return;
		const host = mirrorHostOf(source.url);
		if (host)
			report(
				kind,
				[...path, 'note'],
				`is missing: "${host}" is a mirror or aggregator host (hosts.yaml), so the note must say why this page is weak (e.g. "Wikipedia mirror", "mirror copy")`
			);
	};
	const notesOnMirrors = (kind: FileKind, path: Path, sources: unknown) => {
		if (Array.isArray(sources))
			sources.forEach((s, i) => {
				if (s && typeof s === 'object') noteOnMirror(kind, [...path, i], s as { url?: string });
			});
	};
	/** The last day a source date can stand for: '2025-12' → '2025-12-31', '2025' → '2025-12-31'. */
	const lastDayOf = (date: string): string => {
		if (date.length === 4) return `${date}-12-31`;
		if (date.length === 7) {
			const [y, m] = date.split('-').map(Number) as [number, number];
			return `${date}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
		}
		return date;
	};

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
	function checkTrip(at: Path, e: (typeof eventEntries)[number]['value'], trip: TripEntry) {
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

	for (const { index, value: p } of entries('people', 'people')) {
		ref('people', ['people', index, 'side'], p.side, sides, 'side');
		notesOnMirrors('people', ['people', index, 'sources'], p.sources);
	}

	for (const { index, value: r } of entries('regions', 'regions')) {
		refs('regions', ['regions', index, 'members'], r.members ?? [], regions, 'region');
		notesOnMirrors('regions', ['regions', index, 'sources'], r.sources);
		r.facts?.forEach((f, i) =>
			notesOnMirrors('regions', ['regions', index, 'facts', i, 'sources'], f.sources)
		);
	}

	for (const { index, value: g } of entries('glossary', 'glossary')) {
		refs('glossary', ['glossary', index, 'events'], g.events, events, 'event');
		notesOnMirrors('glossary', ['glossary', index, 'sources'], g.sources);
	}

	for (const [id, source] of Object.entries(registry)) {
		if (source && typeof source === 'object') noteOnMirror('documents', ['sources', id], source);
	}

	for (const { index, value: d } of entries('documents', 'documents')) {
		const at: Path = ['documents', index];
		ref('documents', [...at, 'authorSide'], d.authorSide, sides, 'side');
		refs('documents', [...at, 'people'], d.people, people, 'person');
		refs('documents', [...at, 'events'], d.events, events, 'event');
		refs('documents', [...at, 'sources'], d.sources, new Set(Object.keys(registry)), 'source');
		ref('documents', [...at, 'revises'], d.revises, documents, 'document');
		if (!d.afterPeriod) {
			inPeriod('documents', [...at, d.date !== undefined ? 'date' : 'from'], d.date ?? d.from);
		}
	}

	const revising = new Set(
		entries('documents', 'documents').flatMap(({ value }) =>
			value.revises && value.id ? [value.id] : []
		)
	);
	const registryUrl = (id: string) => (registry[id] as { url?: unknown } | undefined)?.url;
	for (const { index, value: t } of entries('documents', 'topics')) {
		const at: Path = ['topics', index];
		refs('documents', [...at, 'regions'], t.regions, regions, 'region');
		refs('documents', [...at, 'places'], t.places, places, 'place');
		for (const [docId, cell] of Object.entries(t.cells ?? {})) {
			const cellAt: Path = [...at, 'cells', docId];
			ref('documents', cellAt, docId, documents, 'document');
			if (cell.change !== undefined && !revising.has(docId)) {
				report(
					'documents',
					[...cellAt, 'change'],
					`document "${docId}" revises no other document, so there is nothing to compare with (add \`revises:\` to it)`
				);
			}
			refs(
				'documents',
				[...cellAt, 'sources'],
				cell.sources,
				new Set(Object.keys(registry)),
				'source'
			);
			const urls = cell.sources.map(registryUrl).filter((u): u is string => typeof u === 'string');
			quoteCites('documents', cellAt, cell.quote, urls);
		}
	}

	for (const { index, value: p } of entries('positions', 'positions')) {
		const at: Path = ['positions', index];
		ref('positions', [...at, 'side'], p.side, sides, 'side');
		refs('positions', [...at, 'jointWith'], p.jointWith ?? [], sides, 'side');
		ref('positions', [...at, 'issue'], p.issue, issues, 'issue');
		if (p.speaker !== undefined) ref('positions', [...at, 'speaker'], p.speaker, people, 'person');
		refs('positions', [...at, 'people'], p.people, people, 'person');
		refs('positions', [...at, 'events'], p.events, events, 'event');
		quoteCites(
			'positions',
			at,
			p.quote,
			p.sources?.map((s) => s.url)
		);
		const quoted = p.quote?.speaker;
		if (quoted !== undefined && p.people && quoted !== p.speaker && !p.people.includes(quoted)) {
			report(
				'positions',
				[...at, 'quote', 'speaker'],
				`"${quoted}" is quoted but is neither this position's speaker nor in its people`
			);
		}
		notesOnMirrors('positions', [...at, 'sources'], p.sources);
	}

	for (const { index, value: p } of entries('story', 'phases')) {
		inPeriod('story', ['phases', index, 'start'], p.start);
		inPeriod('story', ['phases', index, 'end'], p.end);
	}
	for (const { index, value: s } of entries('story', 'steps')) {
		const at: Path = ['steps', index];
		refs('story', [...at, 'events'], s.events, events, 'event');
		refs('story', [...at, 'regions'], s.regions, regions, 'region');
		refs('story', [...at, 'places'], s.places, places, 'place');
		if (s.layers?.arcs && files.events && !s.events?.some((id) => tripEnds.has(id))) {
			report(
				'story',
				[...at, 'layers', 'arcs'],
				"none of the step's events has a trip to draw (a trip is an event's `trips` entry)"
			);
		}
		inPeriod('story', [...at, 'range', 'start'], s.range?.start);
		inPeriod('story', [...at, 'range', 'end'], s.range?.end);
	}
}

/** "did you mean …?" for near misses, so a typo is quick to fix. */
function hint(id: string, known: Set<string>): string {
	let best: string | null = null;
	let bestDistance = Math.max(2, Math.floor(id.length / 4)) + 1;
	for (const k of known) {
		const d = distance(id, k);
		if (d < bestDistance) [best, bestDistance] = [k, d];
	}
	return best ? ` (did you mean "${best}"?)` : ' (expected an id defined in its own file)';
}

function distance(a: string, b: string): number {
	if (Math.abs(a.length - b.length) > 3) return 99;
	const row = Array.from({ length: b.length + 1 }, (_, i) => i);
	for (let i = 1; i <= a.length; i++) {
		let prev = row[0]!;
		row[0] = i;
		for (let j = 1; j <= b.length; j++) {
			const tmp = row[j]!;
			row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
			prev = tmp;
		}
	}
	return row[b.length]!;
}
