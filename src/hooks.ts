// Every edition shares one set of routes: `/uk/explore` is the page `/explore` in Ukrainian. The
// language is the URL's (lib/i18n), so a shared link always opens the same edition.
import type { Reroute } from '@sveltejs/kit';
import { deLocalizeUrl } from '$lib/paraglide/runtime';

export const reroute: Reroute = ({ url }) => deLocalizeUrl(url).pathname;
