// The About page's figures, counted at build time over every cited page (plan documents
// included), so the page carries the figures and not the content they are counted from.
import { citedPages, outletCounts } from '$lib/data/sources';
import { readChronology } from '$lib/server/content';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const model = readChronology();
	const pages = citedPages(model);
	const count = (c: string) => model.events.filter((e) => e.confidence === c).length;
	return {
		pageCount: pages.length,
		outlets: outletCounts(pages),
		counts: {
			confirmed: count('confirmed'),
			single: count('single-source'),
			conflicting: count('conflicting')
		}
	};
};
