/** The printed handout: one sheet per step, then the glossary terms the slides use. */
import type { Chronology, ChronoEvent, GlossaryEntry, SourceRef, StepEntry } from '../data/types';
import { stepView, type StepView } from '../story/steps';
import { linkTerms } from './terms';

export interface Sheet {
	step: StepEntry;
	n: number;
	events: ChronoEvent[];
	view: StepView;
	sources: SourceRef[];
}

export function handoutSheets(model: Chronology): Sheet[] {
	return model.steps.map((step, i) => {
		const events = model.events.filter((e) => step.events.includes(e.id));
		// The first source of each event keeps a sheet to one printed page; the site lists them all.
		const byUrl = new Map(events.map((e) => e.sources[0]!).map((s) => [s.url, s]));
		return {
			step,
			n: i + 1,
			events,
			view: stepView(step, model.events, model.story.period),
			sources: [...byUrl.values()]
		};
	});
}

export const glossaryLinks = (glossary: GlossaryEntry[]) =>
	glossary.map((g) => ({
		ref: { kind: 'term' as const, id: g.id },
		names: [g.term.replace(/\s*\(.*\)$/, ''), ...(g.also ?? [])]
	}));

/** The glossary entries the steps' texts mention, so that the glossary fits on one page. */
export function usedGlossary(model: Chronology): GlossaryEntry[] {
	const links = glossaryLinks(model.glossary);
	const used = new Set(
		model.steps.flatMap((s) => linkTerms(s.text, links).flatMap((seg) => seg.ref?.id ?? []))
	);
	return model.glossary.filter((g) => used.has(g.id));
}
