/**
 * What a click or a tap on the map selects. A mouse is precise: the topmost feature under it wins
 * (a place's dot or label, an area's label, a region). A finger is not: a tap opens a place only
 * when it lands within a finger's width of the place's dot, otherwise the region under the
 * finger, so that a tap on an oblast with towns in it opens the oblast.
 */

/** Half a finger's width, px: a place's dot takes taps within this distance (a 44 px target). */
export const FINGER_RADIUS = 22;

export interface ScreenPoint {
	x: number;
	y: number;
}

/** The id of the marker nearest to `at` within `radius` px, or null when none is that close. */
export function nearestWithin(
	at: ScreenPoint,
	markers: readonly (ScreenPoint & { id: string })[],
	radius: number = FINGER_RADIUS
): string | null {
	let best: string | null = null;
	let bestD = radius * radius;
	for (const m of markers) {
		const d = (m.x - at.x) ** 2 + (m.y - at.y) ** 2;
		if (d <= bestD) {
			best = m.id;
			bestD = d;
		}
	}
	return best;
}

/** The square (px) around a point that a finger covers, for a rendered-features query. */
export function fingerBox(
	at: ScreenPoint,
	radius: number = FINGER_RADIUS
): [[number, number], [number, number]] {
	return [
		[at.x - radius, at.y - radius],
		[at.x + radius, at.y + radius]
	];
}
