// The language of each prerendered page is its URL's (`/uk/…` is Ukrainian): the messages, the
// content and `<html lang>` follow it. Nothing redirects: `/` is always the first edition.
import type { Handle } from '@sveltejs/kit';
import { paraglideMiddleware } from '$lib/paraglide/server';

export const handle: Handle = ({ event, resolve }) =>
	paraglideMiddleware(event.request, ({ locale }) =>
		resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', locale) })
	);
