/**
 * Waiting for the page to settle: work that can wait (a part going live, the service worker's
 * install) runs after the page's load event, in a moment when the browser has nothing else to do,
 * so that it does not hold up the page's own start on a phone.
 */

/** Runs `then` once the page's load event has passed (at once if it has); returns a cancel. */
export function afterLoad(then: () => void): () => void {
	if (document.readyState === 'complete') {
		then();
		return () => {};
	}
	addEventListener('load', then, { once: true });
	return () => removeEventListener('load', then);
}

/** Runs `then` in the browser's next quiet moment, `within` ms at the latest; returns a cancel. */
export function whenIdle(then: () => void, within: number): () => void {
	if (typeof requestIdleCallback === 'function') {
		const handle = requestIdleCallback(then, { timeout: within });
		return () => cancelIdleCallback(handle);
	}
	const handle = window.setTimeout(then, 200);
	return () => clearTimeout(handle);
}
