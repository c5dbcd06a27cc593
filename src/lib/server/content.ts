/**
 * Reads the content files of one story from disk. Used at build time (prerender), by the dev
 * server and by `npm run check:data`; the browser never sees YAML.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { loadChronology, type ContentFiles } from '../data/load';
import { FILE_KINDS } from '../data/schema';
import type { Lang } from '../data/schema/fields';
import { currentLang } from '../i18n/lang';
import type { Chronology, ImageFile } from '../data/types';
import { imageSize } from './imageSize';

/** The story the site is built from: `data/`, or another folder named by CHRONOMAP_DATA. */
export const contentDir = () => process.env.CHRONOMAP_DATA ?? 'data';

export function readContentFiles(dir = contentDir()): ContentFiles {
	const root = resolve(dir);
	const files: ContentFiles['files'] = {};
	for (const kind of FILE_KINDS) {
		const path = join(root, `${kind}.yaml`);
		if (existsSync(path)) files[kind] = readFileSync(path, 'utf8');
	}
	return {
		dir: relative(process.cwd(), root).replaceAll('\\', '/') || '.',
		files,
		images: readImages(root)
	};
}

/** Every file under the folder's media/, by its path from the folder, with its pixel size. */
function readImages(root: string): Record<string, ImageFile> {
	const media = join(root, 'media');
	if (!existsSync(media)) return {};
	const images: Record<string, ImageFile> = {};
	for (const entry of readdirSync(media, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		const path = join(entry.parentPath, entry.name);
		const key = relative(root, path).replaceAll('\\', '/');
		images[key] = imageSize(readFileSync(path));
	}
	return images;
}

/** The full path of an image of the content folder (`media/launch.jpg`). */
export const imagePath = (image: string, dir = contentDir()) => join(resolve(dir), image);

const cache = new Map<Lang, { key: string; model: Chronology }>();

/**
 * The model of a story folder in one language (the page's own unless asked); parsed once per
 * content and language, as several pages ask for it per build.
 */
export function readChronology(dir = contentDir(), lang: Lang = currentLang()): Chronology {
	const content = readContentFiles(dir);
	const key = JSON.stringify(content);
	let hit = cache.get(lang);
	if (hit?.key !== key) {
		hit = { key, model: loadChronology(content, lang) };
		cache.set(lang, hit);
	}
	return hit.model;
}
