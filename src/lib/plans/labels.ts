/**
 * The words for the plans' fixed values (a cell's status, a document's status), in the page's
 * language. Functions, not tables: the same server renders every edition.
 */
import { m } from '../paraglide/messages.js';
import { getLocale } from '../paraglide/runtime.js';

const CELL_STATUS: Record<string, () => string> = {
	'not-addressed': m.status_not_covered,
	unknown: m.status_unknown,
	'not-verified': m.status_not_verified
};

/** What a cell without text says about its topic: "Not covered", "Not known: …". */
export const cellStatusLabel = (status: string): string => CELL_STATUS[status]?.() ?? status;

const DOC_STATUS: Record<string, () => string> = {
	leaked: m.doc_leaked,
	published: m.doc_published,
	reported: m.doc_reported,
	'not-published': m.doc_not_published
};

/** How a document became known: "leaked", "published", "reported", "not published". */
export const docStatusLabel = (status: string): string => DOC_STATUS[status]?.() ?? status;

const CHANGE: Record<string, () => string> = {
	kept: m.change_kept,
	changed: m.change_changed,
	dropped: m.change_dropped,
	unclear: m.change_unclear
};

/** How a cell's text changed from the document it revises: "kept", "changed", "dropped", … */
export const changeLabel = (change: string): string => CHANGE[change]?.() ?? change;

const CONFIDENCE: Record<string, () => string> = {
	confirmed: m.event_confirmed,
	'single-source': m.event_single_source,
	conflicting: m.event_sources_conflict
};

/** How sure a cell is: "Confirmed", "Single source", "Sources conflict". */
export const confidenceLabel = (confidence: string): string =>
	CONFIDENCE[confidence]?.() ?? confidence;

/**
 * "3 sources", kept per language and count: the plan table shows it in each of about 200 cells,
 * and each message with a count builds its own plural rules.
 */
const counts = new Map<string, string>();
export function sourcesCountLabel(count: number): string {
	const key = `${getLocale()}:${count}`;
	let label = counts.get(key);
	if (label === undefined) counts.set(key, (label = m.sources_count({ count })));
	return label;
}
