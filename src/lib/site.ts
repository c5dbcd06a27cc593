/**
 * The story's site settings (`site.yaml` in its content folder, see data/README.md): the map's
 * area and views, the country it is about, its special layers, legend wording and credits. One
 * constant per build, the same on the server and in the browser.
 */
import sites from 'virtual:chronomap-site';
import type { Lang } from './data/schema/fields';
import type { SiteConfig } from './data/schema/site';
import type { Resolved } from './data/types';

/** A group of regions the maps draw as one outline (regions.yaml, `kind: group`). */
export interface GroupShape {
	id: string;
	members: string[];
	en: string;
	uk: string;
}

export type BuildSite = Resolved<SiteConfig> & { groups: GroupShape[] };

/** The settings in each language of the content, every text field a string in that language. */
export const SITES: Record<Lang, BuildSite> = sites;

/** The settings in English. */
export const SITE: BuildSite = SITES.en;

/** The home view's bounds: the first named view. */
export const HOME_BOUNDS = SITE.map.views[0]!.bounds;
