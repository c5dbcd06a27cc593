import type { Component } from 'svelte';
import type { render } from 'svelte/server';

/**
 * Islands: parts of a page that are drawn on the server and made live only when a reader needs
 * them (see Island.svelte). On the server an island is rendered on its own, as a complete piece
 * of HTML that the page's hydration adopts without walking it; in the browser the same component
 * later hydrates that HTML in place.
 *
 * The server renderer is handed in by the server hooks, so that no server code reaches the
 * browser's bundle.
 */
type Render = typeof render;

let serverRender: Render | null = null;

export function setIslandRenderer(render: Render): void {
	serverRender = render;
}

/** The attribute that marks the element an island's component lives in. */
export const ISLAND_ROOT = 'data-island';

/**
 * The island's markup. On the server: its component's HTML inside the island's root element. In
 * the browser: an empty root element, which is only ever inserted when the page is built in the
 * browser (hydration keeps the server's HTML).
 */
export function islandMarkup<P extends object>(
	component: Component<P>,
	props: P,
	context: Map<unknown, unknown>
): string {
	if (!import.meta.env.SSR) return `<div ${ISLAND_ROOT}></div>`;
	if (!serverRender) throw new Error('Island: no server renderer was registered (hooks.server.ts)');
	const draw = serverRender as (
		c: Component<P>,
		o: { props: P; context: typeof context }
	) => {
		body: string;
	};
	const { body } = draw(component, { props, context });
	return `<div ${ISLAND_ROOT}>${body}</div>`;
}
