/**
 * The plan documents, their cells per topic, and the sides' positions over time.
 */
import { z } from 'zod';
import {
	Confidence,
	Day,
	Id,
	LText,
	PartialDay,
	Quote,
	RegionId,
	Side,
	Sources,
	Text
} from './fields';

const CellStatus = z.enum(['says', 'not-addressed', 'unknown', 'not-verified']);

export const CHANGES = ['kept', 'changed', 'dropped', 'unclear'] as const;

export const Cell = z
	.strictObject({
		status: CellStatus,
		change: z.enum(CHANGES).optional().meta({
			description:
				'For a document that revises another: how this topic compares with the revised text'
		}),
		says: LText.optional(),
		points: LText.optional(),
		values: z.array(z.strictObject({ value: LText, reportedBy: Text })).optional(),
		quote: Quote.optional(),
		sources: z.array(Id).default([]),
		confidence: Confidence.optional(),
		note: LText.optional()
	})
	.refine((c) => (c.status === 'says') === (c.says !== undefined), {
		error: 'a cell says something exactly when its status is "says"',
		path: ['says']
	})
	.refine((c) => c.status !== 'says' || c.sources.length > 0, {
		error: 'needs at least one source',
		path: ['sources']
	});

export const Document = z
	.strictObject({
		id: Id,
		title: LText,
		also: z.array(LText).optional(),
		date: Day.optional(),
		from: Day.optional(),
		to: Day.optional(),
		dateNote: LText.optional(),
		authorSide: Side,
		authorNote: LText.optional(),
		people: z.array(Id).default([]),
		status: z.enum(['leaked', 'published', 'reported', 'not-published']),
		statusNote: LText.optional(),
		pointCount: z.int().min(1).nullable(),
		pointCountValues: z
			.array(z.strictObject({ value: z.union([z.int(), LText]), reportedBy: Text }))
			.optional(),
		pointCountNote: LText.optional(),
		events: z.array(Id).default([]),
		sources: z.array(Id).min(1, { error: 'needs at least one source' }),
		confidence: Confidence,
		independentSources: z.int().min(1).optional(),
		confidenceNote: LText.optional(),
		afterPeriod: z.boolean().optional().meta({ description: 'Shown for context only' }),
		revises: Id.optional().meta({ description: 'The document this one is a revision of' })
	})
	.refine((d) => d.date !== undefined || d.from !== undefined, {
		error: 'needs a date or a from/to range',
		path: ['date']
	})
	.refine((d) => d.from === undefined || d.to === undefined || d.to >= d.from, {
		error: 'must not be before from',
		path: ['to']
	});

export const Topic = z.strictObject({
	id: Id,
	title: LText,
	question: LText,
	regions: z.array(RegionId).default([]),
	places: z.array(Id).default([]),
	regionNote: LText.optional(),
	values: z.array(z.strictObject({ value: LText, reportedBy: Text })).optional(),
	cells: z.record(Id, Cell)
});

export const Position = z.strictObject({
	id: Id,
	side: Side,
	jointWith: z.array(Side).optional(),
	issue: Id,
	date: PartialDay.meta({ description: 'Day of the statement (a month where only that is known)' }),
	dateNote: LText.optional(),
	position: LText,
	speaker: Id.optional(),
	speakerName: LText.optional(),
	people: z.array(Id).default([]),
	quote: Quote.optional(),
	sources: Sources,
	confidence: Confidence,
	independentSources: z.int().min(1).optional(),
	confidenceNote: LText.optional(),
	events: z.array(Id).default([])
});
