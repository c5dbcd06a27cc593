import { dev } from '$app/environment';
import { base } from '$app/paths';
import { afterLoad, whenIdle } from './idle';

/**
 * The service worker (src/service-worker.ts), which keeps the site for offline use. It is
 * registered once the page has loaded and settled: installing stores the app shell, and on a
 * phone's few cores that work would otherwise slow the page's own first seconds. Anything that
 * needs it sooner (saving the deck for a lesson) registers it at once.
 */

/** How long after the page's load event the worker is registered, in a quiet moment. */
const REGISTER_AFTER_MS = 3000;

let registering: Promise<ServiceWorkerRegistration | null> | null = null;

/** Registers the worker now (once per page); null where there is none (or in dev, which serves no cache list). */
export function registerWorker(): Promise<ServiceWorkerRegistration | null> {
	if (dev || !('serviceWorker' in navigator)) return Promise.resolve(null);
	registering ??= navigator.serviceWorker.register(`${base}/service-worker.js`).catch(() => null);
	return registering;
}

/** Registers the worker once the page has loaded and settled; returns a cancel. */
export function registerWorkerLater(): () => void {
	let timer = 0;
	let stopIdle = () => {};
	const stopLoad = afterLoad(() => {
		timer = window.setTimeout(() => {
			stopIdle = whenIdle(() => void registerWorker(), 2000);
		}, REGISTER_AFTER_MS);
	});
	return () => {
		stopLoad();
		clearTimeout(timer);
		stopIdle();
	};
}

/**
 * Calls `newer` when a newer worker (a new deploy's) takes control of the page: one other than
 * `first`, the worker in control when the page started. A first visit's worker also takes control
 * of the page (`first` is null then): that is no newer version. Returns a cancel.
 */
export function watchForNewer(first: ServiceWorker | null, newer: () => void): () => void {
	if (!('serviceWorker' in navigator)) return () => {};
	const workers = navigator.serviceWorker;
	let controller = first;
	const changed = () => {
		if (controller && workers.controller !== controller) newer();
		controller = workers.controller;
	};
	// It may have changed before this code arrived.
	changed();
	workers.addEventListener('controllerchange', changed);
	return () => workers.removeEventListener('controllerchange', changed);
}

/** The newer-version notice's code (UpdateNotice.svelte), loaded with the worker's, not at start. */
export const loadNotice = () => import('./UpdateNotice.svelte');
