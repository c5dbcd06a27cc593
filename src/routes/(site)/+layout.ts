// The one load step of the site's pages: the validated content (checked at build time, so a bad
// data file fails the build). Prerendering reads it from the content files; in the browser it is
// one shared JSON file, so no page carries the model in its HTML. The plan documents are heavy
// and only the explore page loads them (its own +page.ts).
import { loadPayload } from 'virtual:chronomap-content';
import type { LayoutLoad } from './$types';

export const load: LayoutLoad = async ({ fetch }) => ({ model: await loadPayload(fetch, 'model') });
