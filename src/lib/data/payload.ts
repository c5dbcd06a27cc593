/**
 * The content a page needs, by kind, as the pages load it. A page's HTML carries only what it
 * renders: the data behind it comes, at build time, from the content files and, in the browser,
 * from one prerendered JSON file per kind (`/data/<kind>.json`) that every page shares and the
 * service worker keeps. The module `virtual:chronomap-content` is this file's server or browser
 * half (vite.config.ts picks one).
 */
import type { MapPlans } from '../map/model/plans';
import type { Locator, Twin } from '../map/twin/shapes';
import type { Chronology, Plans } from './types';

/** The kinds of content a page can ask for, and what each holds. */
export interface Payloads {
	/**
	 * The whole content model without the heavy plan documents, the UTC instants of its local
	 * times (dates.ts instantsOf) and, where the language needs Intl for them, the names of their
	 * time zones (zoneNamesOf), worked out at build time.
	 */
	model: Chronology & { instants?: Record<string, number>; zoneNames?: Record<string, string> };
	/** The plan versions and positions: the comparison table, the positions matrix, the sources. */
	plans: Plans;
	/**
	 * What Explore needs of the plans before the reader reaches its table: whether it has a table
	 * and a positions matrix, and the slice the map's region panel shows (map/model/plans.ts).
	 */
	plansBrief: { hasTable: boolean; hasPositions: boolean; map: MapPlans | null };
	/** The explore map's SVG twin, drawn at build time (the no-WebGL map). */
	twin: Twin;
	/** The locator's world outline. */
	locator: Locator;
}

export type PayloadKind = keyof Payloads;

export const PAYLOAD_KINDS = [
	'model',
	'plans',
	'plansBrief',
	'twin',
	'locator'
] as const satisfies readonly PayloadKind[];

/** SvelteKit's `fetch` in a load function, or the window's. */
export type Fetch = typeof globalThis.fetch;
