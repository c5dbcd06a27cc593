/**
 * Runs `then` once, when `el` first comes within `rootMargin` of the screen: for parts of a page
 * whose code can wait until the reader gets near them (the D3 timeline below Explore's map, the
 * story's strip). Given several elements, the first of them to come near. Returns a function that
 * cancels the wait.
 */
export function whenNear(
	el: Element | Element[],
	then: () => void,
	rootMargin = '600px'
): () => void {
	const io = new IntersectionObserver(
		(entries) => {
			if (!entries.some((x) => x.isIntersecting)) return;
			io.disconnect();
			then();
		},
		{ rootMargin }
	);
	for (const one of Array.isArray(el) ? el : [el]) io.observe(one);
	return () => io.disconnect();
}
