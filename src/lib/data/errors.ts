/**
 * Errors written for the people who edit data/: each names the file, the line, the entry and the
 * field, says what is wrong and what was expected. Paths are mapped back to YAML lines here.
 */
import type { Document, LineCounter, Node } from 'yaml';

export type Path = readonly (string | number)[];

export interface DataError {
	/** File as the editor knows it, e.g. `data/events.yaml`. */
	file: string;
	/** 1-based line of the offending value (or of its entry when the field is missing). */
	line: number;
	/** e.g. `event "geneva-talks"`; empty for file-level problems. */
	entry: string;
	/** e.g. `sources[0].url`; empty for entry- or file-level problems. */
	field: string;
	message: string;
}

export function formatError(e: DataError): string {
	const where = [e.entry, e.field].filter(Boolean).join(' › ');
	return `${e.file}:${e.line}${where ? ' ' + where : ''}: ${e.message}`;
}

export class ChronologyError extends Error {
	readonly errors: DataError[];
	constructor(errors: DataError[]) {
		super(
			`${errors.length} problem${errors.length === 1 ? '' : 's'} in the content files:\n` +
				errors.map((e) => '  ' + formatError(e)).join('\n')
		);
		this.name = 'ChronologyError';
		this.errors = errors;
	}
}

/** Singular names of list entries, for messages: `events` → `event`. */
const ENTRY_NAMES: Record<string, string> = {
	events: 'event',
	people: 'person',
	places: 'place',
	regions: 'region',
	glossary: 'term',
	documents: 'document',
	topics: 'topic',
	positions: 'position',
	phases: 'phase',
	steps: 'step',
	sources: 'source',
	issues: 'issue',
	mirrorHosts: 'host'
};

/** Where a parsed YAML file came from, to turn a path into a line. */
export interface SourceFile {
	name: string;
	doc: Document;
	lines: LineCounter;
	data: unknown;
}

function nodeAt(doc: Document, path: Path): Node | null {
	// Walk down as far as the path exists, so a missing field points at its entry.
	for (let n = path.length; n >= 0; n--) {
		const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
		if (node && typeof node === 'object' && 'range' in node) return node as Node;
	}
	return null;
}

export function lineOf(src: SourceFile, path: Path): number {
	const node = nodeAt(src.doc, path);
	const offset = node?.range?.[0] ?? 0;
	return src.lines.linePos(offset).line;
}

function valueAt(data: unknown, path: Path): unknown {
	let v: unknown = data;
	for (const key of path) {
		if (v === null || typeof v !== 'object') return undefined;
		v = (v as Record<string | number, unknown>)[key];
	}
	return v;
}

/** `["events", 3, "sources", 0, "url"]` → entry `event "x"`, field `sources[0].url`. */
export function describePath(src: SourceFile, path: Path): { entry: string; field: string } {
	const [top, index, ...rest] = path;
	if (top === undefined) return { entry: '', field: '' };
	const list = valueAt(src.data, [top]);
	const isEntry =
		index !== undefined &&
		((Array.isArray(list) && typeof index === 'number') ||
			(!Array.isArray(list) && typeof list === 'object' && typeof index === 'string'));
	if (!isEntry) return { entry: '', field: fieldName(path) };
	const kind = ENTRY_NAMES[String(top)] ?? String(top);
	const id = typeof index === 'number' ? valueAt(src.data, [top, index, 'id']) : index;
	const entry =
		typeof id === 'string' && id !== '' ? `${kind} "${id}"` : `${kind} #${Number(index) + 1}`;
	return { entry, field: fieldName(rest) };
}

function fieldName(path: Path): string {
	return path
		.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`))
		.join('')
		.replace(/^\./, '');
}

/** Shows the offending value in a message: short, and as the editor typed it. */
export function show(value: unknown): string {
	if (value === undefined) return '';
	if (typeof value === 'string')
		return JSON.stringify(value.length > 60 ? value.slice(0, 57) + '…' : value);
	if (value === null || typeof value !== 'object') return String(value);
	return Array.isArray(value) ? 'a list' : 'a mapping';
}

export function makeError(src: SourceFile, path: Path, message: string): DataError {
	return { file: src.name, line: lineOf(src, path), ...describePath(src, path), message };
}

export function valueOf(src: SourceFile, path: Path): unknown {
	return valueAt(src.data, path);
}
