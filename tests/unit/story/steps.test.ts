import { describe, expect, it } from 'vitest';
import { loadChronology } from '../../../src/lib/data/load';
import { childIdFrom, pymMessage } from '../../../src/lib/story/embed';
import { rangeAround, stepView } from '../../../src/lib/story/steps';
import { fixtureFiles, realFiles } from '../helpers';

describe('stepView(step)', () => {
	const model = loadChronology(fixtureFiles());
	it('pads the days around a step’s events when the step gives no range', () => {
		const view = stepView(model.steps[1]!, model.events, model.story.period);
		expect(view.events).toEqual(['landing', 'luna-15']);
		expect(view.range).toEqual({ start: '1969-07-17', end: '1969-07-24' });
		expect(view.occupation).toBeNull();
	});
	it('never pads beyond the story’s period', () => {
		expect(rangeAround([], model.story.period)).toEqual(model.story.period);
	});
	it('takes the real story’s declared ranges and layers', () => {
		const real = loadChronology(realFiles());
		const kremlin = real.steps.find((s) => s.id === 'kremlin')!;
		expect(stepView(kremlin, real.events, real.story.period)).toMatchObject({
			range: { start: '2025-11-28', end: '2025-12-06' },
			occupation: '2025-12-02',
			places: ['moscow']
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
