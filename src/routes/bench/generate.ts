/**
 * Synthetic events for the /bench page: the same seeded news events as the performance
 * harness's generator (same random sequence, dates, headlines and texts), shaped as a Chronology
 * so the real Timeline draws them. Sides, tags and confidence are derived without extra draws.
 */
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

/**
 * One synthetic event. What the timeline needs to lay out all events (dates, side, tag,
 * confidence) is set at once; the texts (title, summary, sources) are put together the first time
 * they are read, from draws made in the same order as the harness's generator.
 */
class BenchEvent {
	readonly places = NONE;
	readonly regions = NONE;
	readonly people = NONE;
	readonly timezone = 'UTC';
	readonly phase = null;
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

	constructor(i: number, t: number, draw: () => number) {
		const d = new Date(t);
		const [actor, side] = ACTORS[Math.floor(draw() * ACTORS.length)]!;
		this.#actor = actor;
		this.#action = ACTIONS[Math.floor(draw() * ACTIONS.length)]!;
		this.#topic = TOPICS[Math.floor(draw() * TOPICS.length)]!;
		this.location = draw() < 0.8 ? PLACES[Math.floor(draw() * PLACES.length)] : undefined;
		const count = 2 + Math.floor(draw() * 3);
		this.#body = Array.from({ length: count }, (_, k) =>
			Math.floor(draw() * (SENTENCES.length - k))
		);
		this.id = `ev-${pad(i + 1, 5)}`;
		this.date = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
		this.time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
		this.sides = [BENCH_SIDES[side]!.id];
		this.tags = [this.#topic.replaceAll(' ', '-')];
		this.confidence = i % 23 === 7 ? 'conflicting' : i % 5 === 3 ? 'single-source' : 'confirmed';
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
	const times = Float64Array.from(
		{ length: n },
		() => start + Math.floor((rand() * span) / 60000) * 60000
	).sort();
	return Array.from(times, (t, i) => new BenchEvent(i, t, rand) as unknown as ChronoEvent);
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
		plans: null
	};
	return model as Chronology;
}
