/**
 * When the live map should start: once its box is near the screen and the reader has done
 * something (scrolled, tapped, pressed a key) or the page has been quiet for a while. Until then
 * the page shows its drawn SVG map, so the first seconds of a page stay free for the reader.
 * With Save-Data on, the drawn map stays.
 */
import { whenIdle } from '$lib/ui/idle';
import { whenNear } from '$lib/ui/near';

export interface WantedOptions {
	/** Start on its own no sooner than this many ms after the page began to load. */
	idleAfterMs?: number;
	/** How near the screen counts as near. */
	rootMargin?: string;
}

interface NetworkInformationLike {
	saveData?: boolean;
}

/** True when the reader asked the browser to save data. */
export const wantsSavedData = () =>
	(navigator as Navigator & { connection?: NetworkInformationLike }).connection?.saveData === true;

const INTERACTIONS = ['pointerdown', 'keydown', 'wheel', 'touchstart', 'scroll'] as const;

/**
 * Whether the reader has acted since the page's code loaded: a map whose part goes live after the
 * page's start (an island) still counts an action taken before it was there.
 */
let hasActed = false;
if (typeof window !== 'undefined')
	for (const type of INTERACTIONS)
		addEventListener(type, () => (hasActed = true), { capture: true, passive: true, once: true });

/** Calls `start` once, when wanted; returns a function that cancels the wait. */
export function whenWanted(
	el: Element,
	start: () => void,
	{ idleAfterMs = 8000, rootMargin = '400px' }: WantedOptions = {}
): () => void {
	let isNear = false;
	let isWanted = hasActed;
	let isDone = false;
	let stopIdle = () => {};
	const timer = setTimeout(
		() => (stopIdle = whenIdle(want, 2000)),
		Math.max(0, idleAfterMs - performance.now())
	);
	const cancelNear = whenNear(
		el,
		() => {
			isNear = true;
			go();
		},
		rootMargin
	);
	function want() {
		isWanted = true;
		go();
	}
	function stop() {
		clearTimeout(timer);
		stopIdle();
		cancelNear();
		for (const type of INTERACTIONS) window.removeEventListener(type, want, true);
	}
	function go() {
		if (isDone || !isNear || !isWanted) return;
		isDone = true;
		stop();
		// After the frame that answers the reader's action has painted.
		requestAnimationFrame(() => setTimeout(start, 0));
	}
	for (const type of INTERACTIONS)
		window.addEventListener(type, want, { capture: true, passive: true });
	return stop;
}
