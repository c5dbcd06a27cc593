// The language of each prerendered page is its URL's (`/uk/…` is Ukrainian): the messages, the
// content and `<html lang>` follow it. Nothing redirects: `/` is always the first edition.
//
// Scripts are not preloaded, and the page's start script asks for them once the HTML has painted
// (lib/server/afterPaint): a phone spends its first round trips and its first frame on the HTML,
// its styles and its font.
import type { Handle } from '@sveltejs/kit';
import { paraglideMiddleware } from '$lib/paraglide/server';
import { startAfterPaint } from '$lib/server/afterPaint';
import { setIslandRenderer } from '$lib/ui/island';
import { render } from 'svelte/server';

// Islands (lib/ui/Island.svelte) are rendered on their own, with the server's renderer.
setIslandRenderer(render);

export const handle: Handle = ({ event, resolve }) =>
	paraglideMiddleware(event.request, ({ locale }) =>
		resolve(event, {
			transformPageChunk: ({ html }) => startAfterPaint(html.replace('%lang%', locale)),
			preload: ({ type }) => type === 'css'
		})
	);
