/** Summaries of what the content cites, for the about page and the invariant tests. */
import { compareText } from '../i18n/lang';
import type { Chronology, SourceRef } from './types';

/** Every distinct page the content cites, by url (first mention wins). */
export function citedPages(model: Chronology): SourceRef[] {
	const all = [
		...model.events.flatMap((e) => e.sources),
		...model.people.flatMap((p) => p.sources),
		...model.glossary.flatMap((g) => g.sources),
		...model.regions.flatMap((r) => [...r.sources, ...r.facts.flatMap((f) => f.sources)]),
		...Object.values(model.plans?.sources ?? {}),
		...(model.plans?.positions ?? []).flatMap((p) => p.sources)
	];
	const byUrl = new Map<string, SourceRef>();
	for (const s of all) if (!byUrl.has(s.url)) byUrl.set(s.url, s);
	return [...byUrl.values()];
}

/** Outlets with how many cited pages each, most cited first. */
export function outletCounts(pages: SourceRef[]): { outlet: string; count: number }[] {
	const counts = new Map<string, number>();
	for (const s of pages) counts.set(s.outlet, (counts.get(s.outlet) ?? 0) + 1);
	return [...counts]
		.map(([outlet, count]) => ({ outlet, count }))
		.sort((a, b) => b.count - a.count || compareText(a.outlet, b.outlet));
}
