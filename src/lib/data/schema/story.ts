/**
 * The story itself: its sides, phases and steps (with what each step's map shows), and the
 * hosts whose pages are copies.
 */
import { z } from 'zod';
import { Day, Id, LText, Localized, RegionId, Text } from './fields';
import { Media } from './media';

export const Phase = z
	.strictObject({
		id: Id,
		title: LText,
		start: Day,
		end: Day,
		summary: LText.optional()
	})
	.refine((p) => p.end >= p.start, { error: 'must not be before start', path: ['end'] });

const words = (s: string) => s.trim().split(/\s+/).length;

/** What the map shows in a step: the occupation snapshot and the optional overlays. */
export const StepLayers = z.strictObject({
	occupation: Id.nullable().optional().meta({
		description: 'Occupation snapshot to show (e.g. "2025-11-20"), or null for none'
	}),
	frontline: z.boolean().optional(),
	seas: z.boolean().optional(),
	arcs: z.boolean().optional().meta({
		description: "Draw the trips (events' `trips`) that arrive at or leave from the step's events"
	})
});

export const Step = z.strictObject({
	id: Id,
	title: LText,
	text: Localized(Text.refine((t) => words(t) <= 80, { error: 'must be at most 80 words' })),
	alt: LText.meta({ description: 'One sentence saying what the graphic shows' }),
	events: z.array(Id).default([]).meta({ description: 'Highlighted on the timeline' }),
	regions: z.array(RegionId).default([]).meta({ description: 'Highlighted on the map' }),
	places: z.array(Id).default([]).meta({ description: 'Highlighted on the map' }),
	range: z
		.strictObject({ start: Day, end: Day })
		.refine((r) => r.end >= r.start, { error: 'must not be before start', path: ['end'] })
		.optional()
		.meta({ description: "The timeline's visible days; default: around the step's events" }),
	camera: z
		.strictObject({
			center: z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]),
			zoom: z.number().min(0).max(20)
		})
		.optional()
		.meta({ description: 'Map view [lng, lat] and zoom; default: fit the regions and places' }),
	layers: StepLayers.optional(),
	media: Media.optional().meta({
		description: 'A photograph or a link card shown with the step, its slide and its handout sheet'
	}),
	annotation: LText.optional().meta({ description: 'A short label drawn on the graphic' }),
	legend: LText.optional().meta({ description: 'A line explaining what the colours mean here' }),
	build: z.array(LText).optional().meta({
		description: 'Items a presenter reveals one keypress at a time (e.g. the main points)'
	}),
	notes: LText.optional().meta({
		description: 'Speaker notes for the presentation; never shown to the audience'
	}),
	questions: z
		.array(LText)
		.max(3, { error: 'at most 3 discussion questions' })
		.default([])
		.meta({ description: 'Discussion questions for the class, answerable from the material' })
});

export const SideEntry = z.strictObject({
	id: Id,
	name: LText.meta({ description: 'Lane label on the timeline, e.g. "United States"' })
});

export const Story = z.strictObject({
	title: LText,
	standfirst: LText,
	asOf: Day,
	period: z
		.strictObject({ start: Day, end: Day })
		.refine((p) => p.end >= p.start, { error: 'must not be before start', path: ['end'] }),
	sides: z.array(SideEntry).min(1, { error: 'needs at least one side' }),
	phases: z.array(Phase).min(1, { error: 'needs at least one phase' }),
	steps: z.array(Step).default([])
});

/**
 * A host whose pages are copies, not an outlet's own page (a Wikipedia mirror, a staging or CDN
 * copy, an aggregator): a source there must say why it is weak in its `note`.
 */
export const MirrorHost = z.strictObject({
	host: z
		.string({ error: 'expected a host name as text' })
		.regex(/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/, {
			error: 'expected a host name such as wikimili.com (its subdomains are included)'
		})
		.meta({ description: 'A host name; its subdomains are included' }),
	why: LText.meta({ description: 'What kind of copy its pages are' })
});
