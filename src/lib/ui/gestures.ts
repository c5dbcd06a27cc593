/**
 * Cooperative gestures, shared by the map and the timeline: a plain wheel scrolls the page, Ctrl
 * (⌘ on a Mac) with the wheel zooms, as does a trackpad pinch (the browser sends it as a wheel
 * with ctrlKey); on a touch screen one finger scrolls the page and two move the graphic. A short
 * hint says so when a plain gesture was left to the page.
 * https://maplibre.org/maplibre-gl-js/docs/API/classes/CooperativeGesturesHandler/
 */
import { m } from '../paraglide/messages.js';

/** What a reader tried that the graphic left to the page. */
export type BlockedGesture = 'wheel' | 'touch';

/** Whether the browser runs on a Mac (or an iPad asking for desktop pages), where ⌘ is the key. */
export function isMacLike(platform: string): boolean {
	return /Mac|iPhone|iPad|iPod/i.test(platform);
}

/** Whether a wheel event asks to zoom: Ctrl or ⌘ held, or a trackpad pinch (ctrlKey set). */
export function isZoomWheel(e: Pick<WheelEvent, 'ctrlKey' | 'metaKey'>): boolean {
	return e.ctrlKey || e.metaKey;
}

/** Whether a touch gesture moves the graphic: two fingers or more. */
export function isTouchForGraphic(touches: number): boolean {
	return touches >= 2;
}

/** The graphics that leave plain gestures to the page. */
export type Graphic = 'map' | 'timeline';

/** The hint's words for a blocked gesture over the graphic, in the page's language. */
export function gestureHint(gesture: BlockedGesture, isMac: boolean, what: Graphic): string {
	if (gesture === 'touch') return what === 'map' ? m.hint_touch_map() : m.hint_touch_timeline();
	const key = isMac ? '⌘' : 'Ctrl';
	return what === 'map' ? m.hint_wheel_map({ key }) : m.hint_wheel_timeline({ key });
}

/** How long the hint stays after the last blocked gesture, ms. */
export const HINT_MS = 1600;
