import { describe, expect, it } from 'vitest';
import { benchEvents, benchModel, makeRandom } from '../../../src/routes/bench/generate';

describe('benchEvents(n)', () => {
	it('is deterministic: the same n gives the same events', () =>
		expect(benchEvents(250)).toEqual(benchEvents(250)));

	it('gives n events in time order with unique ids, 2016–2025', () => {
		const events = benchEvents(2500);
		expect(events).toHaveLength(2500);
		expect(new Set(events.map((e) => e.id)).size).toBe(2500);
		const keys = events.map((e) => `${e.date}T${e.time}`);
		expect([...keys].sort()).toEqual(keys);
		expect(events[0]!.date >= '2016-01-01').toBe(true);
		expect(events.at(-1)!.date <= '2025-12-31').toBe(true);
	});

	it('matches the harness generator’s first event for n = 25', () => {
		const first = benchEvents(25)[0]!;
		expect(first.id).toBe('ev-00001');
		expect(first.title).toMatch(/^[A-Z][a-z]+ [a-z ]+/);
	});

	// Events as the harness's generator makes them (its events-2500.json and events-10000.json).
	const harness = [
		{
			n: 2500,
			i: 0,
			fields: ['ev-00001', '2016-01-03', '07:43', 'Fire service approves new tram line in Kyiv'],
			summary:
				'Kyiv. Local media reported long queues and disruption to public transport. Officials said the decision followed weeks of consultation with affected groups. Analysts expect the issue to return to the agenda within weeks.'
		},
		{
			n: 10_000,
			i: 4999,
			fields: ['ev-05000', '2021-01-26', '12:56', 'Fire service expands new tram line'],
			summary:
				'Analysts expect the issue to return to the agenda within weeks. Independent observers described the situation as calm but tense.'
		}
	];
	for (const c of harness)
		it(`matches the harness generator at n = ${c.n}, event ${c.i + 1}`, () => {
			const e = benchEvents(c.n)[c.i]!;
			expect([e.id, e.date, e.time, e.title]).toEqual(c.fields);
			expect(e.summary).toBe(c.summary);
		});

	it('makeRandom(seed) repeats its sequence', () => {
		const a = makeRandom(42);
		const b = makeRandom(42);
		expect([a(), a(), a()]).toEqual([b(), b(), b()]);
	});

	it('benchModel(n) lists every event’s side as a lane', () => {
		const model = benchModel(100);
		const sides = new Set(model.sides.map((s) => s.id));
		for (const e of model.events) expect(sides.has(e.sides[0]!)).toBe(true);
	});
});
