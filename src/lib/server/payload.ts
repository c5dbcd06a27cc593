/**
 * The server half of `virtual:chronomap-content`, and what `/data/<kind>.json` serves: each kind
 * of content read from the content files at build time. Nothing here reaches the page's HTML
 * except what the page renders.
 */
import type { Fetch, PayloadKind, Payloads } from '../data/payload';
import { instantsOf, zoneNamesOf } from '../data/dates';
import { mapPlans } from '../map/model/plans';
import { readChronology } from './content';
import { readLocator, readTwin } from './maps';

export function readPayload<K extends PayloadKind>(kind: K): Payloads[K] {
	const model = readChronology();
	const all: { [P in PayloadKind]: () => Payloads[P] } = {
		model: () => ({
			...model,
			plans: null,
			instants: instantsOf(model.events),
			zoneNames: zoneNamesOf(model.events)
		}),
		plans: () => model.plans!,
		plansBrief: () => ({
			hasTable: !!model.plans?.documents.length && !!model.plans.topics.length,
			hasPositions: !!model.plans?.positions.length,
			map: mapPlans(model.plans)
		}),
		twin: () => readTwin(model),
		locator: () => readLocator()
	};
	return all[kind]();
}

export async function loadPayload<K extends PayloadKind>(
	_fetch: Fetch,
	kind: K
): Promise<Payloads[K]> {
	return readPayload(kind);
}
