import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { RegionTopology } from '../../../src/lib/map/model/geo';
import { buildTwin } from '../../../src/lib/map/twin/twin';
import { childIdFrom, pymMessage } from '../../../src/lib/story/embed';
import { rangeAround, stepFit, stepView } from '../../../src/lib/story/steps';
import { realModel, fixtureModel } from '../helpers';

describe('stepView(step)', () => {
	const model = fixtureModel();
	it('pads the days around a step’s events when the step gives no range', () => {
		const view = stepView(model.steps[1]!, model.events, model.story.period);
		expect(view.events).toEqual(['luna-15-launch', 'luna-15']);
		expect(view.range).toEqual({ start: '1969-07-13', end: '1969-07-24' });
		expect(view.occupation).toBeNull();
	});
	it('never pads beyond the story’s period', () => {
		expect(rangeAround([], model.story.period)).toEqual(model.story.period);
	});
	it('takes the real story’s declared ranges and layers', () => {
		const real = realModel();
		const kremlin = real.steps.find((s) => s.id === 'kremlin')!;
		expect(stepView(kremlin, real.events, real.story.period)).toMatchObject({
			range: { start: '2025-11-28', end: '2025-12-06' },
			occupation: '2025-12-02',
			places: ['moscow'],
			trips: []
		});
	});
	it('draws the trips of a step’s events only when the step turns arcs on', () => {
		const real = realModel();
		const step = real.steps.find((s) => s.id === 'abu-dhabi')!;
		expect(stepView(step, real.events, real.story.period)).toMatchObject({
			arcs: true,
			trips: ['geneva-talks>abu-dhabi-contacts'],
			tripPlaces: ['geneva', 'abu-dhabi']
		});
		const off = { ...step, layers: { ...step.layers, arcs: false } };
		expect(stepView(off, real.events, real.story.period)).toMatchObject({
			trips: [],
			tripPlaces: []
		});
	});
});

describe('embed messages', () => {
	it('speak the pym.js protocol', () => {
		expect(pymMessage('story', 'height', 2400)).toBe('pymxPYMxstoryxPYMxheightxPYMx2400');
		expect(childIdFrom(new URLSearchParams('childId=abc&initialWidth=600'))).toBe('abc');
		expect(childIdFrom(new URLSearchParams(''))).toBe('chronomap');
	});
});

describe('stepFit(step, view)', () => {
	const real = realModel();
	const topology = JSON.parse(
		readFileSync('static/geo/region.topo.json', 'utf8')
	) as RegionTopology;
	const twin = buildTwin(topology, real.places);
	const fitOf = (id: string) => {
		const step = real.steps.find((s) => s.id === id)!;
		return stepFit(
			step,
			stepView(step, real.events, real.story.period),
			twin.regionBounds,
			real.places,
			[
				[22, 44],
				[40, 52]
			]
		);
	};
	it('frames Donbas around Donetsk and Luhansk oblasts', () => {
		const [[w, s], [e, n]] = fitOf('donbas').bounds;
		expect(w).toBeGreaterThan(33);
		expect(e).toBeLessThan(44);
		expect(s).toBeGreaterThan(44);
		expect(n).toBeLessThan(53);
	});
	it('shows a lone meeting city with its surroundings, not its streets', () => {
		const [[w, s], [e, n]] = fitOf('geneva').bounds;
		expect(e - w).toBeGreaterThanOrEqual(10);
		expect(n - s).toBeGreaterThanOrEqual(6);
		expect(w < 6.15 && 6.15 < e && s < 46.2 && 46.2 < n).toBe(true);
	});
	it('keeps both ends of a step’s trip in view, with room for their names', () => {
		const [[w, s], [e, n]] = fitOf('abu-dhabi').bounds;
		// Geneva (6.1°E, 46.2°N) and Abu Dhabi (54.4°E, 24.5°N), and a margin beyond each.
		expect(w).toBeLessThan(6.15 - 2);
		expect(e).toBeGreaterThan(54.4 + 2);
		expect(s).toBeLessThan(24.45);
		expect(n).toBeGreaterThan(46.2);
	});
	it('spans the Atlantic when a step names Kyiv and Hallandale Beach', () => {
		const [[w], [e]] = fitOf('florida').bounds;
		expect(w).toBeLessThan(-80);
		expect(e).toBeGreaterThan(30);
	});
});
