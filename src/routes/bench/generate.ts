/**
 * Synthetic events for the /bench page: the same seeded news events as the performance
 * harness's generator (same random sequence, dates, headlines and texts), shaped as a Chronology
 * so the real Timeline draws them. Sides, tags and confidence are derived without extra draws.
 */
import { DAY_MS } from '$lib/data/dates';
import type { Chronology, ChronoEvent } from '$lib/data/types';

export const BENCH_SEED = 20240601;

/** A Weyl sequence through a 32-bit integer mixer: fast, seeded, the same on every machine. */
export function makeRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x9e3779b9) >>> 0;
		let z = state;
		z = Math.imul(z ^ (z >>> 16), 0x21f0aaad) >>> 0;
		z = Math.imul(z ^ (z >>> 15), 0x735a2d97) >>> 0;
		z = (z ^ (z >>> 15)) >>> 0;
		return z / 4294967296;
	};
}

const PLACES =
	'Lisbon,Madrid,Paris,Berlin,Warsaw,Rome,Athens,Istanbul,Cairo,Lagos,Nairobi,Johannesburg,Dubai,Mumbai,Delhi,Dhaka,Bangkok,Jakarta,Manila,Beijing,Seoul,Tokyo,Sydney,Auckland,Los Angeles,Mexico City,Chicago,New York,Toronto,Bogota,Lima,Sao Paulo,Buenos Aires,Santiago,Reykjavik,Oslo,Kyiv,Tehran,Karachi,Addis Ababa'.split(
		','
	);
const ACTORS: [string, number][] = [
	['City council', 0],
	['Health ministry', 0],
	['Transport union', 1],
	['Central bank', 2],
	['Residents group', 1],
	['Election commission', 0],
	['Port authority', 2],
	['University team', 4],
	['Energy regulator', 2],
	['Fire service', 4],
	['Farmers union', 1],
	['Court of appeal', 3],
	['Weather service', 4],
	['Teachers union', 1],
	['Police force', 3]
];
const ACTIONS =
	'announces,rejects,delays,approves,investigates,protests,reports,suspends,expands,warns about'.split(
		','
	);
const TOPICS =
	'new tram line,water rationing,rent controls,flood defences,budget cuts,air quality alert,port strike,heatwave measures,vaccination drive,recount request,bridge closure,grid outage,school reform,fishing quotas,data breach,housing plan'.split(
		','
	);
const SENTENCES = [
	'Officials said the decision followed weeks of consultation with affected groups.',
	'Critics argued that the timetable was unrealistic and underfunded.',
	'The measure is expected to affect several hundred thousand people in the region.',
	'A spokesperson declined to give further details before a press conference later in the day.',
	'Independent observers described the situation as calm but tense.',
	'Figures published on the same day showed a sharp change compared with the previous year.',
	'Opposition parties called for a public inquiry.',
	'The announcement came after a series of smaller incidents over the past month.',
	'Local media reported long queues and disruption to public transport.',
	'Analysts expect the issue to return to the agenda within weeks.'
];
export const BENCH_SIDES = [
	{ id: 'government', name: 'Government' },
	{ id: 'civil-society', name: 'Civil society' },
	{ id: 'economy', name: 'Economy' },
	{ id: 'justice', name: 'Justice' },
	{ id: 'services', name: 'Services' }
];

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const NONE: string[] = [];
/** Shared, read-only lists: one per side and one per topic, instead of one per event. */
const SIDE_LISTS = BENCH_SIDES.map((s) => [s.id]);
const TOPIC_TAGS = TOPICS.map((t) => [t.replaceAll(' ', '-')]);
let clock: string[] | null = null;
/** "HH:MM" for each minute of the day, made once. */
function clockTimes(): string[] {
	clock ??= Array.from({ length: 1440 }, (_, m) => `${pad(Math.floor(m / 60))}:${pad(m % 60)}`);
	return clock;
}

/**
 * One synthetic event. What the timeline needs to lay out all events (dates, side, tag,
 * confidence) is set at once; the texts (title, summary, sources) are put together the first time
 * they are read, from draws made in the same order as the harness's generator.
 */
class BenchEvent {
	readonly id: string;
	readonly date: string;
	readonly time: string;
	readonly sides: string[];
	readonly tags: string[];
	readonly confidence: ChronoEvent['confidence'];
	readonly location: string | undefined;
	#actor: string;
	#action: string;
	#topic: string;
	/** Indexes drawn into the shrinking pool of sentences. */
	#body: number[];
	#summary?: string;

	constructor(i: number, date: string, time: string, draw: () => number) {
		const [actor, side] = ACTORS[Math.floor(draw() * ACTORS.length)]!;
		this.#actor = actor;
		this.#action = ACTIONS[Math.floor(draw() * ACTIONS.length)]!;
		const topic = Math.floor(draw() * TOPICS.length);
		this.#topic = TOPICS[topic]!;
		this.location = draw() < 0.8 ? PLACES[Math.floor(draw() * PLACES.length)] : undefined;
		const count = 2 + Math.floor(draw() * 3);
		const body: number[] = [];
		for (let k = 0; k < count; k++) body.push(Math.floor(draw() * (SENTENCES.length - k)));
		this.#body = body;
		this.id = `ev-${pad(i + 1, 5)}`;
		this.date = date;
		this.time = time;
		this.sides = SIDE_LISTS[side]!;
		this.tags = TOPIC_TAGS[topic]!;
		this.confidence = i % 23 === 7 ? 'conflicting' : i % 5 === 3 ? 'single-source' : 'confirmed';
	}
	get places() {
		return NONE;
	}
	get regions() {
		return NONE;
	}
	get people() {
		return NONE;
	}
	get timezone() {
		return 'UTC';
	}
	get phase() {
		return null;
	}
	get title(): string {
		const place = this.location;
		return `${this.#actor} ${this.#action} ${this.#topic}${place ? ` in ${place}` : ''}`;
	}
	get summary(): string {
		if (this.#summary === undefined) {
			const pool = SENTENCES.slice();
			const body = this.#body.map((k) => pool.splice(k, 1)[0]);
			this.#summary = `${this.location ? `${this.location}. ` : ''}${body.join(' ')}`;
		}
		return this.#summary;
	}
	get sources(): ChronoEvent['sources'] {
		const { title, date, id } = this;
		return [{ outlet: 'Synthetic wire', title, date, url: `https://example.org/${id}` }];
	}
}

/** `n` events in time order, deterministic for a seed. */
export function benchEvents(n: number, seed = BENCH_SEED): ChronoEvent[] {
	const rand = makeRandom((seed ^ Math.imul(n, 2654435761)) >>> 0);
	const start = Date.UTC(2016, 0, 1);
	const span = Date.UTC(2026, 0, 1) - start;
	const times = new Float64Array(n);
	for (let i = 0; i < n; i++) times[i] = start + Math.floor((rand() * span) / 60000) * 60000;
	times.sort();
	const hhmm = clockTimes();
	const events: ChronoEvent[] = new Array(n);
	// Sorted, so the day's ISO string changes only when the day does.
	let day = -1;
	let date = '';
	for (let i = 0; i < n; i++) {
		const t = times[i]!;
		const d = Math.floor(t / DAY_MS);
		if (d !== day) {
			day = d;
			date = new Date(d * DAY_MS).toISOString().slice(0, 10);
		}
		const time = hhmm[Math.floor((t - d * DAY_MS) / 60000)]!;
		events[i] = new BenchEvent(i, date, time, rand) as unknown as ChronoEvent;
	}
	return events;
}

/** A Chronology around the synthetic events, with one phase per few years. */
export function benchModel(n: number): Chronology {
	const model = {
		story: {
			title: `${n} synthetic events`,
			standfirst: 'Seeded synthetic news events for performance measurements.',
			asOf: '2025-12-31',
			period: { start: '2016-01-01', end: '2025-12-31' }
		},
		sides: BENCH_SIDES,
		phases: [
			{ id: 'early', title: 'Early years', start: '2016-01-01', end: '2018-12-31' },
			{ id: 'middle', title: 'Middle years', start: '2019-01-01', end: '2022-06-30' },
			{ id: 'late', title: 'Late years', start: '2022-07-01', end: '2025-12-31' }
		],
		steps: [],
		events: benchEvents(n),
		people: [],
		places: [],
		regions: [],
		glossary: [],
		topics: [],
		plans: null,
		images: {},
		tagNames: {}
	};
	return model as Chronology;
}
