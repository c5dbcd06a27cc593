/**
 * The shape of every content file in data/, written once with zod. The same schemas validate the
 * YAML at build time, generate the JSON Schemas in data/schema/ for editors, and give the types.
 * Cross-file checks (does a place id resolve?) live in references.ts. The schemas are grouped
 * in fields.ts, chronology.ts, plans.ts and story.ts; this module ties them to the files.
 */
import { z } from 'zod';
import { Id, LText, Source } from './fields';
import { Event, Person, Place, Region, GlossaryTerm } from './chronology';
import { Document, Topic, Position } from './plans';
import { Phase, Step, SideEntry, Story, MirrorHost } from './story';
import { Site } from './site';

export { CONFIDENCE } from '../confidence';
export * from './media';
export * from './fields';
export * from './chronology';
export * from './plans';
export * from './story';
export * from './geo';
export * from './site';

/** One file per kind; each has a top-level key so that it can grow. */
export const FILES = {
	story: Story,
	events: z.strictObject({ events: z.array(Event).min(1, { error: 'needs at least one event' }) }),
	people: z.strictObject({ people: z.array(Person).default([]) }),
	places: z.strictObject({ places: z.array(Place).default([]) }),
	regions: z.strictObject({ regions: z.array(Region).default([]) }),
	glossary: z.strictObject({ glossary: z.array(GlossaryTerm).default([]) }),
	documents: z.strictObject({
		sources: z.record(Id, Source).default({}),
		documents: z.array(Document).default([]),
		topics: z.array(Topic).default([])
	}),
	positions: z.strictObject({
		issues: z.record(Id, LText).default({}),
		positions: z.array(Position).default([])
	}),
	hosts: z.strictObject({ mirrorHosts: z.array(MirrorHost).default([]) }),
	site: Site
} as const;

export type FileKind = keyof typeof FILES;
export const FILE_KINDS = Object.keys(FILES) as FileKind[];
/** Files that a story may leave out (a story need not have plan documents or a map config). */
export const OPTIONAL_FILES: readonly FileKind[] = [
	'people',
	'places',
	'regions',
	'glossary',
	'documents',
	'positions',
	'hosts',
	'site'
];

/** The lists in each file whose entries carry an `id`, with the schema of one entry. */
export const LISTS = {
	story: { sides: SideEntry, phases: Phase, steps: Step },
	events: { events: Event },
	people: { people: Person },
	places: { places: Place },
	regions: { regions: Region },
	glossary: { glossary: GlossaryTerm },
	documents: { documents: Document, topics: Topic },
	positions: { positions: Position },
	hosts: {},
	site: {}
} as const satisfies Record<FileKind, Record<string, z.ZodType>>;
