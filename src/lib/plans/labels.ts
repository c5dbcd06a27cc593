/**
 * The words for the plans' fixed values (a cell's status, a document's status), in the page's
 * language. Functions, not tables: the same server renders every edition.
 */
import { m } from '../paraglide/messages.js';

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
