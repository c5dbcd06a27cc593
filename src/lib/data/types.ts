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
import type { LocalText } from './schema/fields';

/**
 * A validated value with every text field resolved to one language: each `LocalText` becomes a
 * plain string. Arrays and tuples keep their shape.
 */
export type Resolved<T> = T extends LocalText
	? string
	: T extends object
		? { [K in keyof T]: Resolved<T[K]> }
		: T;

/** What a schema's entries look like in the model: validated, in one language. */
type Out<S extends z.ZodType> = Resolved<z.output<S>>;

export type SideDef = Out<typeof SideEntry>;
export type Confidence = Out<typeof Event>['confidence'];
export type SourceRef = Out<typeof Source>;
export type QuoteEntry = Out<typeof Quote>;
export type PersonEntry = Out<typeof Person>;
export type PlaceEntry = Out<typeof Place>;
export type RegionEntry = Out<typeof Region>;
export type ControlFactEntry = Out<typeof ControlFact>;
export type GlossaryEntry = Out<typeof GlossaryTerm>;
export type DocumentEntry = Out<typeof Document>;
export type TopicEntry = Out<typeof Topic>;
export type PositionEntry = Out<typeof Position>;
export type PhaseEntry = Out<typeof Phase>;
export type StepEntry = Out<typeof Step>;
export type TripEntry = Out<typeof Trip>;
export type MediaEntry = Out<typeof Media>;

/** The pixel size of an image file in the content folder, read at build time. */
export interface ImageSize {
	width: number;
	height: number;
}

/** An image file of the content folder as read from disk: its size, or what is wrong with it. */
export type ImageFile = ImageSize | { problem: string };

/** An event as the views see it: the file's fields plus the phase it falls in. */
export type ChronoEvent = Out<typeof Event> & {
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
	/** How the filters name each event tag, in the model's language (site.yaml › tags). */
	tagNames: Record<string, string>;
}

export interface Plans {
	/** The source registry that documents and topic cells cite by id. */
	sources: Record<string, SourceRef>;
	documents: DocumentEntry[];
	topics: TopicEntry[];
	issues: Record<string, string>;
	positions: PositionEntry[];
}
