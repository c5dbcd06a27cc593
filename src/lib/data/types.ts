/**
 * The plain, typed model every view reads. It is made once by loadChronology() from the validated
 * content files; it holds no classes, so SvelteKit can serialise it into prerendered pages.
 */
import type { z } from 'zod';
import type {
	ControlFact,
	Document,
	Event,
	GlossaryTerm,
	Media,
	Person,
	Phase,
	Place,
	Position,
	Quote,
	Region,
	SideEntry,
	Source,
	Step,
	Topic,
	Trip
} from './schema';

export type SideDef = z.output<typeof SideEntry>;
export type Confidence = z.output<typeof Event>['confidence'];
export type SourceRef = z.output<typeof Source>;
export type QuoteEntry = z.output<typeof Quote>;
export type PersonEntry = z.output<typeof Person>;
export type PlaceEntry = z.output<typeof Place>;
export type RegionEntry = z.output<typeof Region>;
export type ControlFactEntry = z.output<typeof ControlFact>;
export type GlossaryEntry = z.output<typeof GlossaryTerm>;
export type DocumentEntry = z.output<typeof Document>;
export type TopicEntry = z.output<typeof Topic>;
export type PositionEntry = z.output<typeof Position>;
export type PhaseEntry = z.output<typeof Phase>;
export type StepEntry = z.output<typeof Step>;
export type TripEntry = z.output<typeof Trip>;
export type MediaEntry = z.output<typeof Media>;

/** The pixel size of an image file in the content folder, read at build time. */
export interface ImageSize {
	width: number;
	height: number;
}

/** An image file of the content folder as read from disk: its size, or what is wrong with it. */
export type ImageFile = ImageSize | { problem: string };

/** An event as the views see it: the file's fields plus the phase it falls in. */
export type ChronoEvent = z.output<typeof Event> & {
	/** Id of the phase whose days contain `date`, or null when it falls between phases. */
	phase: string | null;
};

/** A plan topic as every page knows it: what it is about, without the document cells. */
export interface TopicRef {
	id: string;
	title: string;
	/** Region ids, groups expanded to their members as well. */
	regions: string[];
	places: string[];
	/** Events where the topic was at issue. */
	events: string[];
}

export interface StoryMeta {
	title: string;
	standfirst: string;
	/** ISO day up to which the content is current. */
	asOf: string;
	/** Every event falls inside these days. */
	period: { start: string; end: string };
}

export interface Chronology {
	story: StoryMeta;
	/** The timeline's lanes, in order. */
	sides: SideDef[];
	phases: PhaseEntry[];
	steps: StepEntry[];
	/** Sorted by date, then time. */
	events: ChronoEvent[];
	people: PersonEntry[];
	places: PlaceEntry[];
	regions: RegionEntry[];
	glossary: GlossaryEntry[];
	/** The plan topics, light: what each concerns, without the documents' text (see plans). */
	topics: TopicRef[];
	/**
	 * The plan versions and positions. Heavy, so the layout leaves them out (null) and the pages
	 * that show them load them on their own.
	 */
	plans: Plans | null;
	/** The size of each image that an event or step shows, by its path (`media/launch.jpg`). */
	images: Record<string, ImageSize>;
}

export interface Plans {
	/** The source registry that documents and topic cells cite by id. */
	sources: Record<string, SourceRef>;
	documents: DocumentEntry[];
	topics: TopicEntry[];
	issues: Record<string, string>;
	positions: PositionEntry[];
}
