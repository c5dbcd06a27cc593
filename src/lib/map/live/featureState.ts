/**
 * Selection, hover and the event's highlight shown with feature-state, without rebuilding layers;
 * and the queue that applies a new view's changes at the next animation frame.
 * https://maplibre.org/maplibre-gl-js/docs/API/classes/Map/#setfeaturestate
 */
import type { FeatureIdentifier, Map as MapLibreMap } from 'maplibre-gl';
import type { RegionEntry } from '../../data/types';
import { sourceOfRegion, type MapTarget } from '../model/features';

/** The map feature of a region or place of the story. */
export function featureOf(t: MapTarget, regions: readonly RegionEntry[]): FeatureIdentifier | null {
	if (t.kind === 'place') return { source: 'places', id: t.id };
	const region = regions.find((r) => r.id === t.id);
	return region ? { source: sourceOfRegion(region), id: t.id } : null;
}

/**
 * One feature-state flag per name (hover, selected, highlight), set on exactly the targets last
 * given and cleared on those given before.
 */
export class FeatureFlags {
	#last = new Map<string, MapTarget[]>();
	readonly #regions: () => readonly RegionEntry[];

	constructor(regions: () => readonly RegionEntry[]) {
		this.#regions = regions;
	}

	set(m: MapLibreMap, name: string, targets: MapTarget[]) {
		const regions = this.#regions();
		for (const t of this.#last.get(name) ?? []) {
			const f = featureOf(t, regions);
			if (f) m.setFeatureState(f, { [name]: false });
		}
		for (const t of targets) {
			const f = featureOf(t, regions);
			if (f) m.setFeatureState(f, { [name]: true });
		}
		this.#last.set(name, targets);
	}
}

/**
 * Changes that come with a new view (selection, highlights, snapshot, camera) are applied at the
 * next animation frame. The map then draws its first frame of them in the frame after the page's
 * own update (a story step's text, timeline and progress), not in the same one: on a slow machine
 * the two together would block the page for longer than one long task. `isLive` is checked when
 * the frame comes: a map that went away in between gets nothing.
 */
export function frameQueue(isLive: () => boolean) {
	let queued: (() => void)[] = [];
	let frame = 0;
	return {
		push(change: () => void) {
			queued.push(change);
			frame ||= requestAnimationFrame(() => {
				frame = 0;
				const changes = queued;
				queued = [];
				if (isLive()) for (const c of changes) c();
			});
		},
		cancel() {
			cancelAnimationFrame(frame);
		}
	};
}
