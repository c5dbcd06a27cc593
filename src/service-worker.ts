/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Offline use, for classrooms without internet: the first visit caches the whole site (code,
 * prerendered pages and their data, fonts, map data); afterwards every page loads from the cache,
 * network or not. A new build gets a new cache and the old one is dropped.
 */
import { build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `chronomap-${version}`;
const ASSETS = [...build, ...files, ...prerendered];

sw.addEventListener('install', (event) => {
	event.waitUntil(
		caches
			.open(CACHE)
			.then((cache) => cache.addAll(ASSETS))
			.then(() => sw.skipWaiting())
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

sw.addEventListener('fetch', (event) => {
	const request = event.request;
	const url = new URL(request.url);
	if (request.method !== 'GET' || url.origin !== sw.location.origin) return;
	event.respondWith(
		(async () => {
			const cache = await caches.open(CACHE);
			// Pages are cached under their path; the query (?step=, ?event=…) only changes the view.
			const cached =
				(await cache.match(request, { ignoreSearch: true })) ??
				(await cache.match(url.pathname.replace(/\/$/, '') || '/'));
			if (cached) return cached;
			try {
				const response = await fetch(request);
				if (response.ok && response.type === 'basic') void cache.put(request, response.clone());
				return response;
			} catch {
				return (
					(await cache.match(`${sw.registration.scope.replace(/\/$/, '')}/`)) ??
					new Response('Offline, and this page was not saved yet.', { status: 503 })
				);
			}
		})()
	);
});
