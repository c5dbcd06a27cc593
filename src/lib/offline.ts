/**
 * What the service worker stores, as plain functions so that the size budget test computes the
 * same lists as the worker. A first visit stores the app shell: the code and styles of the pages
 * (not the map's engine), the body font, the story's data and the pages a reader starts from.
 * Everything else is stored when it is first used, and the presentation's "Save for offline use"
 * stores the rest ahead of a lesson.
 */

export interface SiteFiles {
	/** Hashed code and styles (`$service-worker`'s `build`). */
	build: readonly string[];
	/** Files from `static/`. */
	files: readonly string[];
	/** Prerendered pages and endpoints. */
	prerendered: readonly string[];
}

/** Never stored: the benchmark page and what only it uses. */
export const isNeverCached = (path: string) => /\/bench(\.html|\/|$)/.test(path);

/** The Latin faces: every page sets text in them. */
const isShellFont = (path: string) => /-latin-(400|700)-normal\.[\w-]+\.woff2$/.test(path);

/** The pages a first visit stores, by their path after the base, and the data they all read. */
export const SHELL_PAGES = ['/', '/present', '/404.html', '/data/model.json'];

/**
 * The same pages of each further edition (`/uk`, `/uk/present`, `/uk/data/model.json`), so a
 * reader of either language finds the story and the presentation offline; the not-found page
 * is one for all.
 */
export const editionShell = (prefixes: readonly string[]) =>
	prefixes.flatMap((p) => [p, `${p}/present`, `${p}/data/model.json`]);

/**
 * The files of one edition: the pages and data under its prefix (`/uk/…`), or, for the first
 * edition (prefix ''), those under none of the others'. Code, styles, fonts and static files
 * serve every edition.
 */
export function inEdition(path: string, base: string, prefix: string, others: readonly string[]) {
	const after = path.slice(base.length);
	const under = (p: string) => after === p || after.startsWith(`${p}/`) || after === `${p}.html`;
	return prefix ? under(prefix) : !others.some(under);
}

/** The code and styles a page's HTML asks for, as absolute paths. */
export function assetsOf(html: string, pageUrl: string): string[] {
	const found = new Set<string>();
	for (const m of html.matchAll(/(?:href|src)="([^"]+\.(?:js|css))"/g)) {
		found.add(new URL(m[1]!, pageUrl).pathname);
	}
	return [...found];
}

/**
 * The scripts a page runs to start, as absolute paths: the entries its start script imports, the
 * route nodes it hydrates (found by number among `build`), and everything those import statically.
 * Code imported with `import()` (the map, the timeline) is left out: the page asks for it later.
 * `textOf` gives a script's text by its path. The page names none of them in a tag: it asks for
 * them once it has painted (server/afterPaint.ts).
 */
export async function startScripts(
	html: string,
	pageUrl: string,
	build: readonly string[],
	textOf: (path: string) => Promise<string | null>
): Promise<string[]> {
	const origin = new URL(pageUrl).origin;
	const entries = [...html.matchAll(/import\("([^"]+\.js)"\)/g)].map(
		(m) => new URL(m[1]!, pageUrl).pathname
	);
	const ids =
		/node_ids: \[([\d, ]+)\]/
			.exec(html)?.[1]
			?.split(',')
			.map((n) => n.trim()) ?? [];
	const nodes = build.filter((f) => ids.some((id) => f.includes(`/_app/immutable/nodes/${id}.`)));
	const seen = new Set<string>();
	const visit = async (path: string): Promise<void> => {
		if (seen.has(path)) return;
		seen.add(path);
		const code = (await textOf(path)) ?? '';
		const imports = [...code.matchAll(/(?:\bfrom|\bimport)\s*"(\.{1,2}\/[^"]+\.js)"/g)];
		await Promise.all(imports.map((m) => visit(new URL(m[1]!, origin + path).pathname)));
	};
	await Promise.all([...entries, ...nodes].map(visit));
	return [...seen];
}

/**
 * What a first visit stores: the shell pages, what their HTML loads and the scripts they start
 * with (not the map engine nor the timeline, which those pages import only when the reader gets
 * to them) and the Latin fonts. `textOf` gives a shell page's HTML, or a script's text, by its
 * path.
 */
export async function precacheList(
	site: SiteFiles,
	base: string,
	textOf: (path: string) => Promise<string | null>,
	editions: readonly string[] = []
): Promise<string[]> {
	const pages = [
		...SHELL_PAGES.map((p) => (p === '/' ? `${base}/` : base + p)),
		...editionShell(editions).map((p) => base + p)
	];
	const list = new Set<string>(pages);
	for (const page of pages.filter((p) => !p.endsWith('.json'))) {
		const html = await textOf(page);
		if (!html) continue;
		// Any origin will do: only the paths are kept.
		const url = `http://localhost${page}`;
		for (const a of assetsOf(html, url)) list.add(a);
		for (const a of await startScripts(html, url, site.build, textOf)) list.add(a);
	}
	for (const f of site.build) if (isShellFont(f)) list.add(f);
	for (const f of site.files) if (f.endsWith('favicon.svg')) list.add(f);
	return [...list].filter((p) => !isNeverCached(p));
}

/**
 * Everything a lesson may need offline: the whole site but the benchmark; given an edition, its
 * pages and data only (a class in Ukrainian does not download the English pages).
 */
export function fullList(
	site: SiteFiles,
	edition?: { base: string; prefix: string; others: readonly string[] }
): string[] {
	return [
		...site.build,
		...site.files,
		...site.prerendered.filter(
			(p) => !edition || inEdition(p, edition.base, edition.prefix, edition.others)
		)
	].filter((p) => !isNeverCached(p) && !p.endsWith('screenshot.png'));
}

/** Hashed files never change: served from the cache first. Everything else asks the network. */
export const isImmutable = (path: string) =>
	path.includes('/_app/immutable/') || path.endsWith('.woff2');

/** `prefix`: the edition the presentation is in ('' for the first, '/uk'). */
export type OfflineMessage =
	{ type: 'offline-plan'; prefix?: string } | { type: 'offline-save'; prefix?: string };

export type OfflineReply =
	| { type: 'offline-plan'; missing: string[] }
	| { type: 'offline-progress'; done: number; total: number }
	| { type: 'offline-saved'; total: number; failed: number };
