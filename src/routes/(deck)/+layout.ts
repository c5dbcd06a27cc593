// The presentation's load step: the validated content, as for the site's pages (one shared JSON
// file in the browser), plus what the layout's server load draws at build time.
import { loadPayload } from 'virtual:chronomap-content';
import type { LayoutLoad } from './$types';

export const load: LayoutLoad = async ({ fetch, data }) => ({
	...data,
	model: await loadPayload(fetch, 'model')
});
