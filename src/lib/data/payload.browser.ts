/**
 * The browser half of `virtual:chronomap-content`: a kind of content is one prerendered JSON file,
 * fetched once per page load and kept by the HTTP cache and the service worker.
 */
import { base } from '$app/paths';
import { rememberInstants } from './dates';
import type { Fetch, PayloadKind, Payloads } from './payload';

const pending = new Map<PayloadKind, Promise<unknown>>();

export function loadPayload<K extends PayloadKind>(fetch: Fetch, kind: K): Promise<Payloads[K]> {
	let p = pending.get(kind);
	if (!p) {
		p = fetch(`${base}/data/${kind}.json`)
			.then((r) => {
				if (!r.ok) throw new Error(`Could not load the ${kind} data (HTTP ${r.status}).`);
				return r.json();
			})
			.then((data: Payloads[K]) => {
				// The model's local times come with their UTC instants: no time-zone data to load.
				if (kind === 'model') rememberInstants((data as Payloads['model']).instants);
				return data;
			});
		// A failed request is tried again on the next load, not remembered.
		p.catch(() => pending.delete(kind));
		pending.set(kind, p);
	}
	return p as Promise<Payloads[K]>;
}
