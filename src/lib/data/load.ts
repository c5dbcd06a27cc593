/**
 * The one load step: YAML text of every content file → validated, cross-checked `Chronology`.
 * Every problem of a run is collected (not only the first) and thrown as one ChronologyError.
 */
import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import {
	ChronologyError,
	makeError,
	show,
	valueOf,
	type DataError,
	type Path,
	type SourceFile
} from './errors';
import { checkReferences } from './references';
import { topicRef } from './relations';
import { FILE_KINDS, FILES, OPTIONAL_FILES, type FileKind } from './schema';
import { LocalText, type Lang } from './schema/fields';
import type { ChronoEvent, Chronology, ImageFile, ImageSize, Resolved } from './types';

/** Text of each content file, keyed by kind; `dir` is how files are named in messages. */
export interface ContentFiles {
	dir: string;
	files: Partial<Record<FileKind, string>>;
	/** The image files in the folder's media/, by path (`media/launch.jpg`); none when left out. */
	images?: Record<string, ImageFile>;
}

type Parsed = { [K in FileKind]?: z.output<(typeof FILES)[K]> };

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
	v !== null && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype;

/** A validated value with every text field in `lang` (untranslated ones in English). */
export function resolveLang<T>(value: T, lang: Lang): Resolved<T> {
	const walk = (v: unknown): unknown => {
		if (v instanceof LocalText) return v.in(lang);
		if (Array.isArray(v)) return v.map(walk);
		if (isPlainObject(v))
			return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
		return v;
	};
	return walk(value) as Resolved<T>;
}

/** The path of every text field under `value` that has no `lang` wording yet. */
export function untranslatedPaths(value: unknown, lang: Lang, at: Path = []): Path[] {
	if (lang === 'en') return [];
	if (value instanceof LocalText) return value[lang] === undefined ? [at] : [];
	// Place and region names: `name: { en, uk }`, and glossary terms that add `ru`.
	if (
		isPlainObject(value) &&
		typeof value.en === 'string' &&
		Object.keys(value).every((k) => k === 'en' || k === 'uk' || k === 'ru')
	)
		return value[lang] === undefined ? [at] : [];
	if (Array.isArray(value)) return value.flatMap((v, i) => untranslatedPaths(v, lang, [...at, i]));
	if (isPlainObject(value))
		return Object.entries(value).flatMap(([k, v]) => untranslatedPaths(v, lang, [...at, k]));
	return [];
}

function readYaml(name: string, text: string, errors: DataError[]): SourceFile | null {
	const lines = new LineCounter();
	const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
	if (doc.errors.length > 0) {
		for (const err of doc.errors) {
			const line = err.linePos?.[0]?.line ?? lines.linePos(err.pos[0]).line;
			const what =
				err.code === 'DUPLICATE_KEY' ? 'a field is given twice' : err.message.split('\n')[0];
			errors.push({ file: name, line, entry: '', field: '', message: `YAML syntax: ${what}` });
		}
		return null;
	}
	return { name, doc, lines, data: doc.toJS({ maxAliasCount: 100 }) ?? {} };
}

/** Turns one zod issue into an editor's message, with the value that was found. */
function describeIssue(src: SourceFile, issue: z.core.$ZodIssue): DataError {
	const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
	const value = valueOf(src, path);
	if (issue.code === 'unrecognized_keys') {
		const keys = issue.keys.map((k) => `"${k}"`).join(', ');
		return makeError(
			src,
			path,
			`unknown field${issue.keys.length > 1 ? 's' : ''} ${keys} (check the spelling; data/README.md lists the fields)`
		);
	}
	// A text field is a string or { en, uk }: when it is neither, zod reports the union.
	const wrongType = issue.code === 'invalid_type' || issue.code === 'invalid_union';
	if (value === undefined && wrongType) {
		return makeError(src, path, `is missing (${issue.message})`);
	}
	if (wrongType) {
		return makeError(src, path, `${show(value)} is not valid: ${issue.message}`);
	}
	const shown = value !== null && typeof value === 'object' ? '' : show(value);
	return makeError(src, path, shown ? `${shown} ${issue.message}` : issue.message);
}

/** Validates a file as a whole, so that every issue in it is reported. */
function validateFile<K extends FileKind>(kind: K, src: SourceFile, errors: DataError[]) {
	const whole = FILES[kind].safeParse(src.data);
	if (whole.success) return whole.data as z.output<(typeof FILES)[K]>;
	for (const issue of whole.error.issues) errors.push(describeIssue(src, issue));
	return undefined;
}

function phaseOf(day: string, phases: Chronology['phases']): string | null {
	return phases.find((p) => p.start <= day && day <= p.end)?.id ?? null;
}

function sortKey(e: { date: string; time?: string }) {
	return `${e.date}T${e.time ?? '99:99'}`;
}

/** Parses, validates and cross-checks every file; throws every problem of the run at once. */
function parseContent(content: ContentFiles) {
	const errors: DataError[] = [];
	const sources: Partial<Record<FileKind, SourceFile>> = {};
	const parsed: Parsed = {};

	for (const kind of FILE_KINDS) {
		const name = `${content.dir}/${kind}.yaml`;
		// A file a story may leave out counts as empty: what refers to its entries is still checked.
		const text = content.files[kind] ?? (OPTIONAL_FILES.includes(kind) ? '' : undefined);
		if (text === undefined) {
			errors.push({ file: name, line: 1, entry: '', field: '', message: 'file is missing' });
			continue;
		}
		const src = readYaml(name, text, errors);
		if (!src) continue;
		sources[kind] = src;
		(parsed as Record<string, unknown>)[kind] = validateFile(kind, src, errors);
	}

	const report = (kind: FileKind, path: Path, message: string) => {
		const src = sources[kind];
		if (src) errors.push(makeError(src, path, message));
	};
	checkReferences(sources, report, content.images);

	if (errors.length > 0) {
		errors.sort((a, b) => (a.file === b.file ? a.line - b.line : a.file.localeCompare(b.file)));
		throw new ChronologyError(errors);
	}
	return { parsed, sources };
}

/**
 * Every text field of the content that has no `lang` wording yet, one problem each, in file and
 * line order: what `npm run check:data -- --lang uk` lists. Throws as loadChronology does when the
 * content is invalid.
 */
export function untranslated(content: ContentFiles, lang: Lang): DataError[] {
	const { parsed, sources } = parseContent(content);
	const missing: DataError[] = [];
	for (const kind of FILE_KINDS) {
		const src = sources[kind];
		if (!src) continue;
		for (const path of untranslatedPaths(parsed[kind], lang))
			missing.push(makeError(src, path, `has no "${lang}" text yet`));
	}
	// A tag without words in site.yaml › tags would show in the filters as itself, in English.
	const tags = parsed.site?.tags ?? {};
	if (lang !== 'en' && sources.events && sources.site)
		parsed.events?.events.forEach((e, index) =>
			e.tags.forEach((tag, i) => {
				if (!Object.hasOwn(tags, tag))
					missing.push(
						makeError(
							sources.events!,
							['events', index, 'tags', i],
							`tag "${tag}" has no "${lang}" words in site.yaml › tags yet`
						)
					);
			})
		);
	return missing.sort((a, b) =>
		a.file === b.file ? a.line - b.line : a.file.localeCompare(b.file)
	);
}

/**
 * Parses and checks every content file; returns the model with every text field in `lang`
 * (English where a field has no translation yet), or throws every problem at once.
 */
export function loadChronology(content: ContentFiles, lang: Lang = 'en'): Chronology {
	const parsed = resolveLang(parseContent(content).parsed, lang);

	const story = parsed.story!;
	const events: ChronoEvent[] = parsed
		.events!.events.map((e) => ({ ...e, phase: phaseOf(e.date, story.phases) }))
		.sort((a, b) => sortKey(a).localeCompare(sortKey(b)));

	const regions = parsed.regions?.regions ?? [];
	const documentEvents = new Map(
		(parsed.documents?.documents ?? []).map((d) => [d.id, d.events] as const)
	);
	const topics = (parsed.documents?.topics ?? []).map((t) =>
		topicRef(t, events, regions, documentEvents)
	);

	const images: Record<string, ImageSize> = {};
	for (const entry of [...events, ...story.steps]) {
		const file = entry.media?.image;
		const size = file === undefined ? undefined : content.images?.[file];
		if (file !== undefined && size && !('problem' in size)) images[file] = size;
	}

	return {
		story: {
			title: story.title,
			standfirst: story.standfirst,
			asOf: story.asOf,
			period: story.period
		},
		sides: story.sides,
		phases: story.phases,
		steps: story.steps,
		events,
		people: parsed.people?.people ?? [],
		places: parsed.places?.places ?? [],
		regions,
		glossary: parsed.glossary?.glossary ?? [],
		topics,
		tagNames: parsed.site?.tags ?? {},
		plans: {
			sources: parsed.documents?.sources ?? {},
			documents: parsed.documents?.documents ?? [],
			topics: parsed.documents?.topics ?? [],
			issues: parsed.positions?.issues ?? {},
			positions: parsed.positions?.positions ?? []
		},
		images
	};
}
