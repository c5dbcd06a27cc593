// The plan comparison's sources, one page: each cell of the table on the Explore page names its
// sources and links here, so that each address is written once.
import { loadPayload } from 'virtual:chronomap-content';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ fetch }) => ({ plans: await loadPayload(fetch, 'plans') });
