// The About page's figures, counted at build time over every cited page (plan documents
// included), so the page carries the figures and not the content they are counted from.
import { citedPages, outletCounts } from '$lib/data/sources';
import { readChronology } from '$lib/server/content';
import { localSite } from '$lib/i18n/site';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const model = readChronology();
	const pages = citedPages(model);
	const count = (c: string) => model.events.filter((e) => e.confidence === c).length;
	const site = localSite();
	return {
		// site.yaml's About texts, which the browser's copy of the settings leaves out.
		paragraphs: site.about,
		licences: site.map.credits.map((c) => ({
			text: (c.occupation ? site.map.occupation?.licence : c.about) ?? c.text,
			url: c.url ?? null
		})),
		pageCount: pages.length,
		outlets: outletCounts(pages),
		counts: {
			confirmed: count('confirmed'),
			single: count('single-source'),
			conflicting: count('conflicting')
		}
	};
};
