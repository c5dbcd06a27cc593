/**
 * The deck as data: slide 0 is the title slide, slide i ≥ 1 shows story step i − 1. Addresses,
 * spoiler dates and the messages the audience and speaker windows exchange.
 */
import type { ChronoEvent, StepEntry } from '../data/types';
import type { DeckPosition } from './keys';

/** Path of a slide below the presentation root (`''` for the title slide). */
export const slidePath = (steps: StepEntry[], slide: number) =>
	slide <= 0 ? '' : (steps[slide - 1]?.id ?? '');

/** The query that carries the build-up position, if any. */
export const buildQuery = (build: number) => (build > 0 ? `?build=${build}` : '');

/** Reads `?build=` leniently: anything odd means "nothing revealed yet". */
export function readBuild(query: URLSearchParams, items: number): number {
	const n = Number(query.get('build'));
	return Number.isInteger(n) && n > 0 ? Math.min(n, items) : 0;
}

/**
 * The day a slide stands at, for spoiler-free mode: the latest day among its events, or the end of
 * its timeline range; the title slide stands before everything.
 */
export function slideDay(
	slide: number,
	steps: StepEntry[],
	events: ChronoEvent[],
	period: { start: string }
): string {
	if (slide <= 0) return period.start;
	const step = steps[slide - 1];
	if (!step) return period.start;
	const days = events.filter((e) => step.events.includes(e.id)).map((e) => e.end ?? e.date);
	if (days.length) return days.sort().at(-1)!;
	return step.range?.end ?? period.start;
}

/** What the two windows of a presentation tell each other. */
export type DeckMessage =
	{ type: 'position'; position: DeckPosition; from: string } | { type: 'hello'; from: string };

export const DECK_CHANNEL = 'chronomap-deck';

export const isDeckMessage = (m: unknown): m is DeckMessage =>
	typeof m === 'object' &&
	m !== null &&
	((m as DeckMessage).type === 'position' || (m as DeckMessage).type === 'hello') &&
	typeof (m as DeckMessage).from === 'string';
