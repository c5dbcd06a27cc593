/**
 * Embedding in a newsroom CMS: the flat story tells its parent page how tall it is, with messages
 * in the format pym.js parents understand (`pymxPYMx<id>xPYMxheightxPYMx<px>`), so the iframe
 * grows to fit and nothing is cut off.
 */
export const pymMessage = (id: string, type: string, value: string | number) =>
	`pymxPYMx${id}xPYMx${type}xPYMx${value}`;

/** pym.js parents pass the child's id in the query as `childId`; default like pym does. */
export const childIdFrom = (query: URLSearchParams) => query.get('childId') ?? 'chronomap';

/**
 * Posts the page height to the parent now and whenever it changes; returns a function that stops.
 * Does nothing outside an iframe.
 */
export function startHeightMessages(query: URLSearchParams, target: Element): () => void {
	if (typeof window === 'undefined' || window.parent === window) return () => {};
	const id = childIdFrom(query);
	let last = -1;
	const send = () => {
		const height = Math.ceil(target.getBoundingClientRect().height);
		if (height === last) return;
		last = height;
		window.parent.postMessage(pymMessage(id, 'height', height), '*');
	};
	const observer = new ResizeObserver(send);
	observer.observe(target);
	send();
	return () => observer.disconnect();
}
