/**
 * The slice of the plan versions the map's region panel shows: topics that name a region or a
 * place, the documents their cells belong to, and the sources those cells cite. Keeps the explore
 * page light (the full plans go to the pages that compare them).
 */
import type { DocumentEntry, Plans, SourceRef, TopicEntry } from '../../data/types';

export interface MapPlans {
	documents: Pick<DocumentEntry, 'id' | 'title' | 'date' | 'from' | 'afterPeriod'>[];
	topics: TopicEntry[];
	sources: Record<string, SourceRef>;
}

export function mapPlans(plans: Plans | null): MapPlans | null {
	if (!plans) return null;
	const topics = plans.topics.filter((t) => t.regions.length > 0 || t.places.length > 0);
	const cited = new Set(topics.flatMap((t) => Object.values(t.cells).flatMap((c) => c.sources)));
	return {
		documents: plans.documents.map(({ id, title, date, from, afterPeriod }) => ({
			id,
			title,
			date,
			from,
			afterPeriod
		})),
		topics,
		sources: Object.fromEntries(Object.entries(plans.sources).filter(([id]) => cited.has(id)))
	};
}
