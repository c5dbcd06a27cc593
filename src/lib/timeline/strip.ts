/**
 * The room the story's timeline strip takes, worked out on the server with the same layout the
 * live strip uses: the height of its plot on a strip narrower than 640 px and on a wider one.
 * Until its code has loaded the story page shows an empty plot of that height above the strip's
 * key, so the map above the strip does not move when the timeline arrives.
 */
import type { Chronology } from '../data/types';
import { layoutFor } from './layout/geometry';
import { prepare } from './model/prepare';

export interface StripFrame {
	/** Height of the plot (px) on a strip narrower than 640 px, and on a wider one. */
	narrow: number;
	wide: number;
}

export function stripFrame(model: Chronology): StripFrame {
	const rows = prepare(
		model.events,
		model.sides.map((s) => s.id),
		true
	).lanes.map((l) => l.spanRows);
	return {
		narrow: layoutFor('strip', 320, rows).height,
		wide: layoutFor('strip', 960, rows).height
	};
}
