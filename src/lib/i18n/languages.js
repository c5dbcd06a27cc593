/**
 * The languages a story is published in: `languages` in its site.yaml, the first served at `/`,
 * each other one at `/<lang>/`. Read by the kit and vite configurations (prerender entries and the
 * URL patterns of the interface messages), so plain JavaScript.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';

/** The languages the interface has message files for (messages/<lang>.json). */
export const INTERFACE_LANGS = /** @type {const} */ (['en', 'uk']);

/**
 * The story's languages, from its content folder (CHRONOMAP_DATA, else data/).
 * @param {string} [dir]
 * @returns {string[]}
 */
export function storyLanguages(dir = process.env.CHRONOMAP_DATA ?? 'data') {
	const path = resolve(dir, 'site.yaml');
	const site = existsSync(path) ? (parse(readFileSync(path, 'utf8')) ?? {}) : {};
	/** @type {unknown} */
	const langs = site.languages ?? ['en'];
	if (!Array.isArray(langs) || langs.length === 0) {
		throw new Error(`${path}: languages must be a list such as [en, uk]`);
	}
	for (const lang of langs) {
		if (!INTERFACE_LANGS.includes(lang)) {
			throw new Error(
				`${path}: languages: "${lang}" has no interface messages (messages/${lang}.json); known: ${INTERFACE_LANGS.join(', ')}`
			);
		}
	}
	return langs;
}
