import { describe, expect, it } from 'vitest';
import { loadChronology } from '../../../src/lib/data/load';
import { defaultView, fromQuery, mergeQuery, toQuery, type View } from '../../../src/lib/state/url';
import { realFiles } from '../helpers';

const model = loadChronology(realFiles());

describe('the view ⇄ URL query', () => {
	const views: { name: string; view: View }[] = [
		{ name: 'the default view', view: defaultView() },
		{ name: 'a selected event', view: { ...defaultView(), event: 'kremlin-meeting' } },
		{
			name: 'a region and a range',
			view: { ...defaultView(), region: 'UA-14', range: { start: '2025-11-18', end: '2025-11-30' } }
		},
		{ name: 'a place', view: { ...defaultView(), place: 'geneva' } },
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
		}
	];
	for (const { name, view } of views) {
		it(`round-trips ${name}`, () => {
			const query = new URLSearchParams(toQuery(view).toString());
			expect(fromQuery(query, model)).toEqual({ view, notices: [] });
		});
	}

	it('leaves defaults out of the query, so links stay short', () => {
		expect(toQuery(defaultView()).toString()).toBe('');
		expect(toQuery({ ...defaultView(), event: 'kremlin-meeting' }).toString()).toBe(
			'event=kremlin-meeting'
		);
	});

	const bad: { query: string; notice: RegExp; keeps?: Partial<View> }[] = [
		{ query: 'event=nope', notice: /no event “nope”/ },
		{ query: 'region=UA-99&place=geneva', notice: /no region “UA-99”/, keeps: { place: 'geneva' } },
		{ query: 'place=atlantis', notice: /no place “atlantis”/ },
		{ query: 'step=nowhere', notice: /no step “nowhere”/ },
		{ query: 'range=2025-11-30..2025-11-01', notice: /time range/ },
		{ query: 'range=yesterday', notice: /time range/ },
		{
			query: 'sides=us,martians',
			notice: /filters/,
			keeps: { filters: { sides: ['us'], tags: [], confidence: [], q: '' } }
		}
	];
	for (const b of bad) {
		it(`falls back politely on ?${b.query}`, () => {
			const { view, notices } = fromQuery(new URLSearchParams(b.query), model);
			expect(notices.join(' ')).toMatch(b.notice);
			expect(view).toEqual({ ...defaultView(), ...b.keeps });
		});
	}
});

describe('mergeQuery(current, view)', () => {
	it('replaces the view’s keys and keeps the page’s own', () => {
		expect(mergeQuery('build=2&event=old&q=x', 'event=kremlin-meeting')).toBe(
			'build=2&event=kremlin-meeting'
		);
		expect(mergeQuery('?embed&childId=a', '')).toBe('embed=&childId=a');
	});
});
