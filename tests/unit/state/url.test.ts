import { describe, expect, it } from 'vitest';
import {
	defaultView,
	fromQuery,
	mergeQuery,
	PARAMS,
	QUERY_KEYS,
	quote,
	toQuery,
	type View
} from '../../../src/lib/state/url';
import { realModel } from '../helpers';

const model = realModel();
const topic = model.topics[0]!.id;
const { period } = model.story;

describe('the view ⇄ URL query', () => {
	const views: { name: string; view: View }[] = [
		{ name: 'the default view', view: defaultView() },
		{ name: 'a selected event', view: { ...defaultView(), event: 'kremlin-meeting' } },
		{
			name: 'a region and a range',
			view: { ...defaultView(), region: 'UA-14', range: { start: '2025-11-18', end: '2025-11-30' } }
		},
		{ name: 'a place', view: { ...defaultView(), place: 'geneva' } },
		{ name: 'a plan topic', view: { ...defaultView(), topic } },
		{
			name: 'a map camera',
			view: { ...defaultView(), camera: { lng: 30.52, lat: -50.45, zoom: 5.3 } }
		},
		{
			name: 'every filter',
			view: {
				...defaultView(),
				event: 'geneva-talks',
				filters: {
					sides: ['us', 'ukraine'],
					tags: ['negotiation'],
					confidence: ['conflicting'],
					q: 'Geneva & “talks”'
				}
			}
		},
		{
			name: 'every key at once',
			view: {
				event: 'geneva-talks',
				region: 'UA-14',
				place: 'geneva',
				topic,
				camera: { lng: -3.1, lat: 40, zoom: 0 },
				range: { start: period.start, end: period.end },
				step: model.steps[1]!.id,
				filters: { sides: ['us'], tags: ['negotiation'], confidence: ['confirmed'], q: 'x' }
			}
		}
	];
	for (const { name, view } of views) {
		it(`round-trips ${name}`, () => {
			const query = new URLSearchParams(toQuery(view).toString());
			expect(fromQuery(query, model)).toEqual({ view, notices: [] });
		});
	}

	it('writes the camera as cam=lng,lat,zoom and the topic as topic=', () => {
		const q = toQuery({
			...defaultView(),
			topic,
			camera: { lng: 30.5238, lat: 50.4547, zoom: 5.27 }
		});
		expect(q.get('cam')).toBe('30.52,50.45,5.3');
		expect(q.get('topic')).toBe(topic);
	});

	it('leaves defaults out of the query, so links stay short', () => {
		expect(toQuery(defaultView()).toString()).toBe('');
		expect(toQuery({ ...defaultView(), event: 'kremlin-meeting' }).toString()).toBe(
			'event=kremlin-meeting'
		);
	});

	it('owns every key it writes, so that the address drops each one when it is cleared', () => {
		const keys = Object.values(PARAMS).map((p) => p.key);
		expect([...QUERY_KEYS].sort()).toEqual([...keys].sort());
		expect(QUERY_KEYS).toContain('topic');
		expect(QUERY_KEYS).toContain('cam');
	});

	const bad: { query: string; notice: RegExp; keeps?: Partial<View> }[] = [
		{ query: 'event=nope', notice: /no event “nope”/ },
		{ query: 'region=UA-99&place=geneva', notice: /no region “UA-99”/, keeps: { place: 'geneva' } },
		{ query: 'place=atlantis', notice: /no place “atlantis”/ },
		{ query: 'step=nowhere', notice: /no step “nowhere”/ },
		{ query: 'topic=does-not-exist', notice: /no plan topic “does-not-exist”/ },
		{ query: 'cam=NaN,NaN,NaN', notice: /map view/ },
		{ query: 'cam=30,50,15', notice: /map view/ },
		{ query: 'cam=30,50', notice: /map view/ },
		{ query: 'range=2025-11-30..2025-11-01', notice: /time range/ },
		{ query: 'range=yesterday', notice: /time range/ },
		{ query: 'range=2025-13-45..2025-99-99', notice: /not two calendar dates/ },
		{ query: 'range=2025-02-30..2025-02-31', notice: /not two calendar dates/ },
		{ query: 'range=1900-01-01..1900-01-02', notice: /outside the story’s period/ },
		{ query: 'range=2099-01-01..2099-01-02', notice: /outside the story’s period/ },
		{ query: 'range=2025-11-01..2025-11-02..2025-11-03', notice: /time range/ },
		{
			query: 'sides=us,martians',
			notice: /filters/,
			keeps: { filters: { sides: ['us'], tags: [], confidence: [], q: '' } }
		}
	];
	for (const b of bad) {
		it(`drops ?${b.query} with one notice`, () => {
			const { view, notices } = fromQuery(new URLSearchParams(b.query), model);
			expect(notices).toHaveLength(1);
			expect(notices[0]).toMatch(b.notice);
			expect(view).toEqual({ ...defaultView(), ...b.keeps });
			// What cannot be used is not written back: the next address has no trace of it.
			if (!b.keeps) expect(toQuery(view).toString()).toBe('');
		});
	}

	it('clamps a range that overlaps the story’s period to the period', () => {
		const { view, notices } = fromQuery(new URLSearchParams('range=1999-01-01..2099-12-31'), model);
		expect(view.range).toEqual({ start: period.start, end: period.end });
		expect(notices).toEqual([]);
	});

	it('gives a notice shared by several keys once', () => {
		const { notices } = fromQuery(new URLSearchParams('sides=x&tags=y&confidence=z'), model);
		expect(notices).toEqual(['Some filters in the link are not known here and were left out.']);
	});
});

describe('notices quote at most a short, clean piece of the link', () => {
	it('cuts a long value to about 40 characters', () => {
		const { notices } = fromQuery(new URLSearchParams({ event: 'x'.repeat(100_000) }), model);
		expect(notices[0]!.length).toBeLessThan(160);
		expect(notices[0]).toContain(`“${'x'.repeat(40)}…”`);
	});

	it('strips bidirectional overrides, isolates and invisible characters', () => {
		const { notices } = fromQuery(
			new URLSearchParams({ event: 'evil\u202Etxt.exe\u2066\u200B\u0007' }),
			model
		);
		expect(notices[0]).toContain('“eviltxt.exe”');
		expect(notices[0]).not.toMatch(/[\p{Cc}\p{Cf}]/u);
	});

	it('does not split a character made of two UTF-16 units', () => {
		expect(quote('😀'.repeat(50))).toBe(`${'😀'.repeat(40)}…`);
	});

	it('keeps the search text without direction controls and at most 200 characters', () => {
		const { view } = fromQuery(new URLSearchParams({ q: `\u202E${'a'.repeat(500)}` }), model);
		expect(view.filters.q).toBe('a'.repeat(200));
	});
});

describe('mergeQuery(current, view)', () => {
	it('replaces the view’s keys and keeps the page’s own', () => {
		expect(mergeQuery('build=2&event=old&q=x', 'event=kremlin-meeting')).toBe(
			'build=2&event=kremlin-meeting'
		);
		expect(mergeQuery('?embed&childId=a', '')).toBe('embed=&childId=a');
	});

	it('removes a topic and a camera that the view no longer has', () => {
		expect(mergeQuery(`topic=${topic}&cam=30.00,50.00,5.0&build=1`, '')).toBe('build=1');
	});
});
