/**
 * Addresses in an edition: the story's first language is served at `/`, every other one under
 * `/<lang>/` (site.yaml `languages`). Page links go through `localHref`, so a Ukrainian page links
 * to Ukrainian pages; the language switch and `hreflang` links go through `twinHref`.
 */
import { base } from '$app/paths';
import type { Lang } from '$lib/data/schema/fields';
import { deLocalizeHref, localizeHref } from '$lib/paraglide/runtime';
import { SITE } from '$lib/site';
import { currentLang } from './lang';

/** The story's editions, the first at `/`. */
export const LANGUAGES: readonly Lang[] = SITE.languages;

/** The path prefix of an edition: '' for the first language, '/uk' for Ukrainian. */
export const langPrefix = (lang: Lang = currentLang()) => (lang === LANGUAGES[0] ? '' : `/${lang}`);

/**
 * A page or file of the site in the current (or a given) edition, under the site's base:
 * localHref('/explore') is "…/explore" in English and "…/uk/explore" in Ukrainian.
 */
export function localHref(path: `/${string}`, lang: Lang = currentLang()): string {
	const prefix = langPrefix(lang);
	return `${base}${prefix}${prefix && path === '/' ? '' : path}`;
}

/**
 * The same view in another edition: the address with its query and fragment (the step, slide,
 * selection, range and filters), its path moved to that language.
 */
export const twinHref = (href: string, lang: Lang) =>
	// Pages are files without a trailing slash (`/uk`, not `/uk/`), as prerendered.
	localizeHref(deLocalizeHref(href), { locale: lang }).replace(/(.)\/(?=$|[?#])/, '$1');

/**
 * Routes with one edition only, the first: the benchmark, which has no text to translate and is
 * never linked from the story. Their pages name no twin, so the build never writes `/uk/bench`.
 */
const FIRST_EDITION_ONLY = new Set(['/bench']);

/** Whether a route (its id, as `page.route.id` gives it) has a page in every edition. */
export const hasTwins = (routeId: string | null) => !FIRST_EDITION_ONLY.has(routeId ?? '');
