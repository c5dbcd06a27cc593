/**
 * What every cross-file check shares: each file's entries (valid fields only, so one bad value
 * does not hide the others), the ids each file declares (reporting duplicates), and the checks
 * that a reference resolves, a day lies in the story's period, a quote cites its entry's sources
 * and a source on a mirror host says why it is weak.
 */
import type { z } from 'zod';
import type { Path, SourceFile } from './errors';
import { LISTS, Story, type FileKind } from './schema';

export type Report = (kind: FileKind, path: Path, message: string) => void;
type Lists = typeof LISTS;
export type Entry<K extends FileKind, L extends keyof Lists[K]> = z.output<Lists[K][L] & z.ZodType>;

/** What every cross-file check uses: the entries, the ids each file declares, and the checks. */
export type CrossCheck = ReturnType<typeof crossCheck>;

export function crossCheck(files: Partial<Record<FileKind, SourceFile>>, report: Report) {
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
	return {
		entries,
		ids,
		ref,
		refs,
		inPeriod,
		quoteCites,
		noteOnMirror,
		notesOnMirrors,
		places,
		regions,
		people,
		events,
		documents,
		sides,
		registry,
		issues,
		period,
		report
	};
}

/** "did you mean …?" for near misses, so a typo is quick to fix. */
export function hint(id: string, known: Set<string>): string {
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
