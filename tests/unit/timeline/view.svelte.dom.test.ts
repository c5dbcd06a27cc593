import { flushSync } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { StoryState } from '../../../src/lib/state/story.svelte';
import type { Variant } from '../../../src/lib/timeline/layout/geometry';
import { TimelineViewState } from '../../../src/lib/timeline/view.svelte';
import { fixtureModel } from '../helpers';

let stop = () => {};
afterEach(() => stop());

function setup(variant: Variant = 'full') {
	const story = new StoryState(fixtureModel());
	const moved: string[] = [];
	let tl!: TimelineViewState;
	stop = $effect.root(() => {
		tl = new TimelineViewState({
			story,
			variant,
			highlighted: [],
			view: null,
			onactive: (id) => moved.push(id)
		});
	});
	tl.width = 960;
	flushSync();
	return { story, tl, moved };
}

const key = (k: string) => new KeyboardEvent('keydown', { key: k, cancelable: true });
const idAt = (tl: TimelineViewState, i: number) => tl.prepared.events[i]?.id;

describe('TimelineViewState with the Apollo fixture story', () => {
	it('prepares all events once and prepares again only for filters', () => {
		const { story, tl } = setup();
		const all = tl.prepared;
		expect(all.events.map((e) => e.id)).toEqual([
			'luna-15-launch',
			'launch',
			'lunar-orbit',
			'landing',
			'first-step',
			'luna-15',
			'lunar-liftoff',
			'splashdown'
		]);
		story.setFilters({ sides: ['soviet'] });
		flushSync();
		expect(tl.prepared.events.map((e) => e.id)).toEqual(['luna-15-launch', 'luna-15']);
		story.clearFilters();
		flushSync();
		expect(tl.prepared).toBe(all);
	});

	it('turns the full timeline vertical below 640 px, and keeps the strip horizontal', () => {
		const full = setup('full').tl;
		full.width = 375;
		flushSync();
		expect([full.isHorizontal, full.layout.orientation]).toEqual([false, 'vertical']);
		stop();
		const strip = setup('strip').tl;
		strip.width = 375;
		flushSync();
		expect([strip.isHorizontal, strip.layout.orientation]).toEqual([true, 'horizontal']);
	});

	it('moves with the keys, reports each move, selects with Enter and clears with Escape', () => {
		const { story, tl, moved } = setup();
		const focused: string[] = [];
		const focus = (id: string) => focused.push(id);
		expect(idAt(tl, tl.activeIndex)).toBe('luna-15-launch');
		tl.onkey(key('ArrowRight'), focus);
		flushSync();
		expect(idAt(tl, tl.activeIndex)).toBe('launch');
		tl.onkey(key('End'), focus);
		flushSync();
		expect(idAt(tl, tl.activeIndex)).toBe('splashdown');
		expect(focused).toEqual(['launch', 'splashdown']);
		expect(moved).toEqual(focused);
		tl.onkey(key('Enter'), focus);
		flushSync();
		expect([story.eventId, tl.selectedIndex]).toEqual(['splashdown', 7]);
		expect(tl.emphasis.has(7)).toBe(true);
		tl.onkey(key('Escape'), focus);
		flushSync();
		expect([story.eventId, tl.selectedIndex]).toEqual([null, -1]);
	});

	it('brings a time range set elsewhere into view, and leaves its own brushed range alone', () => {
		const { story, tl } = setup();
		const opening = tl.zt.k;
		story.setRange({ start: '1969-07-20', end: '1969-07-21' });
		flushSync();
		expect(tl.zt.k).toBeGreaterThan(opening);
		const zoomed = tl.zt;
		tl.setRange({ start: '1969-07-16', end: '1969-07-24' });
		flushSync();
		expect(story.range).toEqual({ start: '1969-07-16', end: '1969-07-24' });
		expect(tl.zt).toEqual(zoomed);
	});

	it('recomputes only what a changed input reaches', () => {
		const story = new StoryState(fixtureModel());
		const props = $state<{ highlighted: string[] }>({ highlighted: [] });
		let tl!: TimelineViewState;
		stop = $effect.root(() => {
			tl = new TimelineViewState({
				story,
				variant: 'strip',
				view: null,
				get highlighted() {
					return props.highlighted;
				}
			});
		});
		tl.width = 960;
		flushSync();
		const { layout, scale, frame } = tl;
		props.highlighted = ['landing'];
		flushSync();
		expect(tl.emphasis.has(3)).toBe(true);
		expect(tl.frame).not.toBe(frame);
		expect(tl.layout).toBe(layout);
		expect(tl.scale).toBe(scale);
	});
});
