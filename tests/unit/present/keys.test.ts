import { describe, expect, it } from 'vitest';
import { backward, forward, keyAction } from '../../../src/lib/present/keys';

describe('keyAction(key)', () => {
	const cases: [string, string][] = [
		['ArrowRight', 'next'],
		[' ', 'next'],
		['PageDown', 'next'],
		['ArrowLeft', 'prev'],
		['PageUp', 'prev'],
		['Home', 'first'],
		['End', 'last'],
		['f', 'fullscreen'],
		['F', 'fullscreen'],
		['b', 'blackout'],
		['o', 'overview'],
		['Escape', 'close'],
		['s', 'speaker'],
		['t', 'spoiler'],
		['?', 'help'],
		['x', 'none']
	];
	for (const [key, type] of cases) {
		it(`maps ${JSON.stringify(key)} to ${type}`, () => expect(keyAction({ key }).type).toBe(type));
	}

	it('collects digits, then Enter jumps to that slide', () => {
		expect(keyAction({ key: '1' })).toEqual({ type: 'digit', digits: '1' });
		expect(keyAction({ key: '2' }, '1')).toEqual({ type: 'digit', digits: '12' });
		expect(keyAction({ key: 'Enter' }, '12')).toEqual({ type: 'goto', slide: 12 });
		expect(keyAction({ key: 'Enter' })).toEqual({ type: 'next' });
	});

	it('leaves keys with Ctrl, Alt or Meta to the browser', () => {
		expect(keyAction({ key: 'f', ctrlKey: true }).type).toBe('none');
		expect(keyAction({ key: 'ArrowRight', altKey: true }).type).toBe('none');
	});

	it('leaves Enter and Space to a focused button or link, unless digits ask for a jump', () => {
		const on = (key: string, pending = '') => keyAction({ key, isOnControl: true }, pending);
		expect(on('Enter').type).toBe('none');
		expect(on(' ').type).toBe('none');
		expect(on('Enter', '7')).toEqual({ type: 'goto', slide: 7 });
		expect(on('ArrowRight').type).toBe('next');
		expect(on('PageUp').type).toBe('prev');
	});
});

describe('forward and backward through build-ups', () => {
	const builds = [0, 2, 0]; // step 2 reveals two items
	it('forward reveals build-up items one at a time, then moves on', () => {
		let pos = { slide: 0, build: 0 };
		const seen: string[] = [];
		for (let i = 0; i < 6; i++) {
			pos = forward(pos, builds);
			seen.push(`${pos.slide}.${pos.build}`);
		}
		expect(seen).toEqual(['1.0', '2.0', '2.1', '2.2', '3.0', '3.0']);
	});
	it('backward hides items, and enters the previous slide fully built', () => {
		expect(backward({ slide: 3, build: 0 }, builds)).toEqual({ slide: 2, build: 2 });
		expect(backward({ slide: 2, build: 2 }, builds)).toEqual({ slide: 2, build: 1 });
		expect(backward({ slide: 0, build: 0 }, builds)).toEqual({ slide: 0, build: 0 });
	});
});
