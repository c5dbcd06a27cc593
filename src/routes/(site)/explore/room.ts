/**
 * Room on the map for what lies over it: the region panel, which opens over the map's left on
 * wide screens, and the locator inset in its bottom-right corner. How many px the panel covers,
 * whether a region or place would sit under it, and how far to stretch a fit so the locator
 * hides nothing. Web Mercator's x is linear in longitude, so most of this needs no projection.
 * https://maplibre.org/maplibre-gl-js/docs/API/type-aliases/FitBoundsOptions/
 */
import type { Bounds } from '$lib/map/model/camera';

/**
 * Px of the map's left edge the open panel covers. Mirrors `.panel-slot` in MapSection.svelte:
 * `left: 0.6rem; width: min(23rem, calc(45% - 7rem))`, 45% of the layout (map and list). Zero
 * when the panel does not lie over the map (narrow screens stack it below).
 */
export function panelInset(layoutWidth: number, isOverlay: boolean, rem = 16): number {
	if (!isOverlay || layoutWidth <= 0) return 0;
	const width = Math.max(0, Math.min(23 * rem, 0.45 * layoutWidth - 7 * rem));
	return Math.round(0.6 * rem + width);
}

/**
 * Whether any of `target` (degrees) lies under a panel covering `inset` px of a map `width` px
 * wide that shows `view`: then the camera should move it clear (fitBounds with that padding).
 */
export function isUnderPanel(view: Bounds, width: number, inset: number, target: Bounds): boolean {
	if (inset <= 0 || width <= 0) return false;
	const [[west], [east]] = view;
	const edge = west + (Math.min(inset, width) / width) * (east - west);
	return target[0][0] < edge;
}

const mercY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
const latOf = (y: number) => ((2 * Math.atan(Math.exp(y)) - Math.PI / 2) * 180) / Math.PI;

/**
 * `b` stretched southwards so that, fitted into a map `height` px tall with `padding` px at the
 * edges, its old south edge lies `reserved` px higher: the strip the locator covers stays empty.
 */
export function clearOfLocator(b: Bounds, height: number, reserved = 70, padding = 40): Bounds {
	const room = height - 2 * padding;
	if (room <= reserved || reserved <= 0) return b;
	const [[w, s], [e, n]] = b;
	const share = reserved / room;
	const span = mercY(n) - mercY(s);
	const south = latOf(mercY(s) - (span * share) / (1 - share));
	return [
		[w, Math.max(south, -85)],
		[e, n]
	];
}
