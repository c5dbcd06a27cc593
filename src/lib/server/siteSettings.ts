/**
 * The story's site settings as the build holds them (`virtual:chronomap-site`, src/lib/site.ts):
 * `site.yaml` of the content folder, validated, once per language with every text in that
 * language, and the groups of `regions.yaml` (kind: group) that the maps draw as one outline each.
 * The Vite plugin serves it to the site; the end-to-end tests, which run outside Vite, read the
 * same object through tests/site-module.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { resolveLang } from '../data/load';
import { LANGS, type Lang } from '../data/schema/fields';
import { Site } from '../data/schema/site';
import type { BuildSite } from '../site';

interface RawGroup {
	id: string;
	kind: string;
	members?: string[];
	name: { en: string; uk?: string };
}

/**
 * The settings without what no page needs in the browser: the About page's paragraphs and
 * licences (its server load sends them, in its own language) and the tags' words (the model has
 * them, in its own language).
 */
export function forBrowser(sites: Record<Lang, BuildSite>): Record<Lang, BuildSite> {
	return Object.fromEntries(
		Object.entries(sites).map(([lang, s]) => [
			lang,
			{
				...s,
				about: [],
				tags: {},
				map: {
					...s.map,
					credits: s.map.credits.map((c) => ({ ...c, about: undefined })),
					occupation: s.map.occupation && { ...s.map.occupation, licence: '' }
				}
			}
		])
	) as unknown as Record<Lang, BuildSite>;
}

/** `onRead` is told of every file read (the dev server watches them). */
export function readSiteSettings(
	dir = process.env.CHRONOMAP_DATA ?? 'data',
	onRead: (path: string) => void = () => {}
): Record<Lang, BuildSite> {
	const read = (name: string): unknown => {
		const path = resolve(dir, name);
		if (!existsSync(path)) return {};
		onRead(path);
		return parse(readFileSync(path, 'utf8')) ?? {};
	};
	const regions = ((read('regions.yaml') as { regions?: RawGroup[] }).regions ?? []).filter(
		(r) => r.kind === 'group'
	);
	// A map label drops the name's explanation in brackets: "Donbas (Donetsk and …)" → "Donbas".
	const short = (name = '') => name.replace(/\s*\([^)]*\)\s*$/, '');
	const groups = regions.map((r) => ({
		id: r.id,
		members: r.members ?? [],
		en: short(r.name.en),
		uk: short(r.name.uk)
	}));
	const site = Site.parse(read('site.yaml'));
	return Object.fromEntries(
		LANGS.map((lang) => [lang, { ...resolveLang(site, lang), groups }])
	) as Record<Lang, BuildSite>;
}
