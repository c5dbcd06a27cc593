/**
 * The story's site settings in the page's language (site.yaml's texts, SITES in lib/site), and the
 * sentences made from them. Read at render time, never kept in a module constant: the same
 * server renders every edition.
 */
import { SITES, type BuildSite } from '../site';
import { m } from '../paraglide/messages.js';
import { currentLang } from './lang';

export const localSite = (): BuildSite => SITES[currentLang()];

/** What the home view shows, inside a sentence: site.yaml's `map.area`, else the first view. */
export const homeArea = (site = localSite()): string => site.map.area ?? site.map.views[0]!.label;

/** The drawn map's text alternative. */
export const mapAlt = (site = localSite()): string =>
	site.map.alt ?? m.map_of({ area: homeArea(site) });

/** The occupied-area layer inside a sentence ("The Russian-occupied area"); null without one. */
export const occupiedArea = (site = localSite()): string | null =>
	site.map.occupation
		? (site.map.occupation.area ??
			m.occupied_area_fallback({
				label: site.map.occupation.label.replace(/^./, (c) => c.toLowerCase())
			}))
		: null;
