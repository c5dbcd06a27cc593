/** Invariants over the real content in data/: what every editor's change must keep true. */
import { describe, expect, it } from 'vitest';
import { citedPages } from '../../../src/lib/data/sources';
import { countInData, realModel } from '../helpers';

const model = realModel();
const plans = model.plans!;

describe('the real content', () => {
	it('holds every dated event of events.yaml, three of them marked as conflicting', () => {
		expect(model.events).toHaveLength(countInData('events', 'events'));
		expect(model.events.filter((e) => e.confidence === 'conflicting').map((e) => e.id)).toEqual([
			'halifax-wish-list-dispute',
			'nineteen-points',
			'pokrovsk-claim'
		]);
	});

	it('gives every event at least one http(s) source with outlet and title', () => {
		for (const e of model.events) {
			expect(e.sources.length, e.id).toBeGreaterThan(0);
			for (const s of e.sources) {
				expect(s.url, e.id).toMatch(/^https?:\/\//);
				expect(s.outlet.length * s.title.length, e.id).toBeGreaterThan(0);
			}
		}
	});

	it('attributes every quote to a speaker and to one of its own sources', () => {
		const quoted = [
			...model.events.map((e) => ({ id: e.id, quote: e.quote, urls: e.sources.map((s) => s.url) })),
			...plans.positions.map((p) => ({
				id: p.id,
				quote: p.quote,
				urls: p.sources.map((s) => s.url)
			}))
		].filter((q) => q.quote);
		expect(quoted.length).toBeGreaterThan(20);
		for (const q of quoted) {
			expect(q.urls, q.id).toContain(q.quote!.sourceUrl);
			expect(q.quote!.speaker ?? q.quote!.speakerName, q.id).toBeTruthy();
		}
	});

	it('keeps the Kremlin meeting of 2 December in Moscow time, with Witkoff and Kushner', () => {
		const e = model.events.find((x) => x.id === 'kremlin-meeting')!;
		expect(e).toMatchObject({ date: '2025-12-02', time: '20:00', timezone: 'Europe/Moscow' });
		expect(e.places).toContain('moscow');
		expect(e.people).toEqual(expect.arrayContaining(['putin', 'witkoff', 'kushner']));
	});

	it('gives the share of Donetsk oblast under Russian control as a sourced range of 75–81 %', () => {
		const donetsk = model.regions.find((r) => r.id === 'UA-14')!;
		const share = donetsk.facts.find((f) => f.range?.unit === 'percent')!;
		expect(share.range).toEqual({ min: 75, max: 81, unit: 'percent' });
		expect(share.confidence).toBe('conflicting');
		expect(share.sources.length).toBeGreaterThanOrEqual(2);
	});

	it('uses ISO 3166-2 ids for Ukraine’s 27 admin units and groups Donbas and Crimea', () => {
		const units = model.regions.filter((r) => /^UA-\d{2}$/.test(r.id));
		expect(units).toHaveLength(27);
		expect(model.regions.find((r) => r.id === 'donbas')?.members).toEqual(['UA-14', 'UA-09']);
		expect(model.regions.find((r) => r.id === 'crimea')?.members).toEqual(['UA-43', 'UA-40']);
		for (const id of ['black-sea', 'sea-of-azov', 'kerch-strait']) {
			expect(
				model.regions.some((r) => r.id === id),
				id
			).toBe(true);
		}
	});

	it('places the meeting cities where they are', () => {
		const at = (id: string) => model.places.find((p) => p.id === id)!;
		expect(at('moscow')).toMatchObject({
			lat: expect.closeTo(55.75, 1),
			lng: expect.closeTo(37.62, 1)
		});
		expect(at('geneva')).toMatchObject({
			lat: expect.closeTo(46.2, 1),
			lng: expect.closeTo(6.15, 1)
		});
		expect(at('kyiv').country).toBe('UA');
		for (const id of ['dublin', 'abu-dhabi', 'hallandale-beach', 'washington'])
			expect(at(id)).toBeTruthy();
	});

	it('puts every event inside a phase, and the phases in order without overlap', () => {
		expect(model.events.filter((e) => e.phase === null).map((e) => e.id)).toEqual([]);
		for (let i = 1; i < model.phases.length; i++) {
			expect(model.phases[i]!.start > model.phases[i - 1]!.end).toBe(true);
		}
	});

	it('fills every plan-comparison cell, with sources wherever a document says something', () => {
		expect(plans.documents).toHaveLength(countInData('documents', 'documents'));
		for (const t of plans.topics) {
			expect(Object.keys(t.cells).sort(), t.id).toEqual(plans.documents.map((d) => d.id).sort());
			for (const [doc, cell] of Object.entries(t.cells)) {
				if (cell.status === 'says')
					expect(cell.sources.length, `${t.id}/${doc}`).toBeGreaterThan(0);
			}
		}
	});

	it('cites well over a hundred distinct pages', () => {
		expect(citedPages(model).length).toBeGreaterThan(150);
	});
});
