/**
 * The browser half of `virtual:chronomap-content`: a kind of content is one prerendered JSON file,
 * fetched once per page load and kept by the HTTP cache and the service worker.
 */
import { localHref } from '$lib/i18n/paths';
import { currentLang } from '$lib/i18n/lang';
import { rememberInstants, rememberZoneNames } from './dates';
import type { Fetch, PayloadKind, Payloads } from './payload';

/** By language and kind: each edition has its own files (`/uk/data/model.json`). */
const pending = new Map<string, Promise<unknown>>();

export function loadPayload<K extends PayloadKind>(fetch: Fetch, kind: K): Promise<Payloads[K]> {
	const key = `${currentLang()} ${kind}`;
	let p = pending.get(key);
	if (!p) {
		p = fetch(localHref(`/data/${kind}.json`))
			.then((r) => {
				if (!r.ok) throw new Error(`Could not load the ${kind} data (HTTP ${r.status}).`);
				return r.json();
			})
			.then((data: Payloads[K]) => {
				// The model's local times come with their UTC instants and zone names: no
				// time-zone data to load.
				if (kind === 'model') {
					rememberInstants((data as Payloads['model']).instants);
					rememberZoneNames((data as Payloads['model']).zoneNames);
				}
				return data;
			});
		// A failed request is tried again on the next load, not remembered.
		p.catch(() => pending.delete(key));
		pending.set(key, p);
	}
	return p as Promise<Payloads[K]>;
}
