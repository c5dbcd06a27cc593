/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Offline use, for classrooms without internet. A first visit stores the app shell (see
 * lib/offline.ts); every page, data file and map file is stored the first time it is used, so a
 * page once seen works offline. "Save for offline use" on the presentation stores the rest.
 *
 * Pages and data ask the network first (with a short wait), so a new deploy reaches a returning
 * reader on the next load; hashed code and fonts come from the cache first. A new build gets a
 * new cache and the old one is dropped.
 */
import { build, files, prerendered, version } from '$service-worker';
import {
	fullList,
	isImmutable,
	isNeverCached,
	precacheList,
	type OfflineMessage,
	type OfflineReply
} from './lib/offline';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `chronomap-${version}`;
const scope = new URL(sw.registration.scope).pathname.replace(/\/$/, '');
const site = { build, files, prerendered };
/** The path prefixes of the story's further editions (`/uk`): those with their own model file. */
const editions = prerendered.flatMap((p) => {
	const lang = p.slice(scope.length).match(/^\/([a-z]{2,3})\/data\/model\.json$/)?.[1];
	return lang ? [`/${lang}`] : [];
});
/** How long a page waits for the network before it is served from the cache. */
const NETWORK_WAIT_MS = 4000;

sw.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			const cache = await caches.open(CACHE);
			// The shell pages first, then what their HTML loads.
			const html = new Map<string, string>();
			const list = await precacheList(
				site,
				scope,
				async (path) => {
					const response = await fetch(path);
					// The not-found page may come with its own status (hosts serve it as the 404).
					if (!response.ok && !path.endsWith('/404.html')) return null;
					const text = await response.clone().text();
					html.set(path, text);
					await cache.put(path, response);
					return text;
				},
				editions
			);
			// One by one: a file the host does not serve leaves a gap, not a worker that never installs.
			await Promise.all(
				list
					.filter((p) => !html.has(p))
					.map(async (path) => {
						const response = await fetch(path).catch(() => null);
						if (response?.ok) await cache.put(path, response);
					})
			);
			await sw.skipWaiting();
		})()
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
			.then(() => sw.clients.claim())
	);
});

/** The cache key of a request: pages under their path (the query only changes the view). */
function keyOf(request: Request): string {
	const url = new URL(request.url);
	return request.mode === 'navigate' ? url.pathname.replace(/\/$/, '') || '/' : url.pathname;
}

async function fromCache(request: Request): Promise<Response | undefined> {
	const cache = await caches.open(CACHE);
	return (
		(await cache.match(request, { ignoreSearch: true })) ??
		(await cache.match(keyOf(request))) ??
		(request.mode === 'navigate' && keyOf(request) === scope
			? await cache.match(`${scope}/`)
			: undefined)
	);
}

async function fromNetwork(request: Request, store: boolean): Promise<Response> {
	const response = await fetch(request);
	if (store && response.ok && response.type === 'basic') {
		const cache = await caches.open(CACHE);
		void cache.put(keyOf(request), response.clone());
	}
	return response;
}

async function offlinePage(request: Request): Promise<Response> {
	const cache = await caches.open(CACHE);
	if (request.mode === 'navigate') {
		const notFound = await cache.match(`${scope}/404.html`);
		if (notFound) return new Response(notFound.body, { status: 404, headers: notFound.headers });
	}
	return new Response('Offline, and this was not saved yet.', { status: 503 });
}

async function respond(request: Request): Promise<Response> {
	const path = new URL(request.url).pathname;
	if (isNeverCached(path)) return fetch(request);
	if (isImmutable(path)) {
		return (
			(await fromCache(request)) ?? fromNetwork(request, true).catch(() => offlinePage(request))
		);
	}
	// Network first, with a short wait: fresh after a deploy, quick on a dead connection.
	const network = fromNetwork(request, true);
	const timeout = new Promise<undefined>((r) => setTimeout(() => r(undefined), NETWORK_WAIT_MS));
	try {
		const first = await Promise.race([network, timeout]);
		if (first) return first;
		return (await fromCache(request)) ?? (await network);
	} catch {
		return (await fromCache(request)) ?? offlinePage(request);
	}
}

sw.addEventListener('fetch', (event) => {
	const request = event.request;
	if (request.method !== 'GET' || new URL(request.url).origin !== sw.location.origin) return;
	event.respondWith(respond(request));
});

/** The files of the whole site not stored yet. */
async function missing(prefix = ''): Promise<string[]> {
	const cache = await caches.open(CACHE);
	const keys = new Set((await cache.keys()).map((r) => new URL(r.url).pathname));
	const edition = { base: scope, prefix, others: editions };
	return fullList(site, edition).filter((p) => !keys.has(p));
}

sw.addEventListener('message', (event) => {
	const data = event.data as OfflineMessage;
	const client = event.source;
	const reply = (message: OfflineReply) => client?.postMessage(message);
	if (data?.type === 'offline-plan') {
		event.waitUntil(
			missing(data.prefix).then((list) => reply({ type: 'offline-plan', missing: list }))
		);
	} else if (data?.type === 'offline-save') {
		event.waitUntil(
			(async () => {
				const list = await missing(data.prefix);
				const cache = await caches.open(CACHE);
				let done = 0;
				let failed = 0;
				// A few at a time: a school connection is shared.
				const queue = [...list];
				const worker = async () => {
					for (let path = queue.shift(); path; path = queue.shift()) {
						try {
							const response = await fetch(path);
							if (response.ok) await cache.put(path, response);
							else failed += 1;
						} catch {
							failed += 1;
						}
						done += 1;
						if (done % 5 === 0 || done === list.length)
							reply({ type: 'offline-progress', done, total: list.length });
					}
				};
				await Promise.all([worker(), worker(), worker(), worker()]);
				reply({ type: 'offline-saved', total: list.length, failed });
			})()
		);
	}
});
