import { fireEvent, render, screen } from '@testing-library/svelte';
import { tick } from 'svelte';
import { describe, expect, it } from 'vitest';
import { StoryState } from '../../../src/lib/state/story.svelte';
import TimelineView from '../../../src/lib/timeline/TimelineView.svelte';
import { fixtureModel } from '../helpers';

function setup() {
	const story = new StoryState(fixtureModel());
	render(TimelineView, { props: { story, label: 'Apollo timeline' } });
	const marks = () => [...document.querySelectorAll<SVGElement>('.mark[role="button"]')];
	const current = () => marks().filter((m) => m.getAttribute('tabindex') === '0');
	return { story, marks, current };
}

describe('Timeline with the Apollo fixture story', () => {
	it('draws every event as a named mark in a lane for its side, with one tab stop', () => {
		const { marks, current } = setup();
		expect(screen.getByRole('region', { name: 'Apollo timeline' })).toBeTruthy();
		const names = marks().map((m) => m.getAttribute('aria-label'));
		expect(names).toContain('20 Jul 1969 — The lunar module Eagle lands on the Moon');
		expect(names).toHaveLength(8);
		expect(current()).toHaveLength(1);
		const lanes = [...document.querySelectorAll('.lane-name text')].map((t) => t.textContent);
		expect(lanes).toEqual(['NASA', 'Soviet Union']);
		expect(document.querySelectorAll('.band').length).toBe(3);
	});

	it('moves focus with the arrow keys, Home and End, and selects with Enter', async () => {
		const { story, current } = setup();
		const first = current()[0]!;
		first.focus();
		await fireEvent.keyDown(first, { key: 'ArrowRight' });
		await tick();
		await tick();
		const second = current()[0]!;
		expect(second).not.toBe(first);
		expect(document.activeElement).toBe(second);
		await fireEvent.keyDown(second, { key: 'End' });
		await tick();
		await tick();
		expect(current()[0]!.getAttribute('aria-label')).toMatch(/^24 Jul 1969 — /);
		await fireEvent.keyDown(current()[0]!, { key: 'Home' });
		await tick();
		await tick();
		expect(current()[0]!.getAttribute('aria-label')).toMatch(/^13 Jul 1969 — /);
		await fireEvent.keyDown(current()[0]!, { key: 'Enter' });
		await tick();
		expect(story.eventId).toBe('luna-15-launch');
		expect(document.querySelector('[aria-current="true"]')?.getAttribute('data-id')).toBe(
			'luna-15-launch'
		);
		expect(document.querySelector('[aria-live="polite"]')?.textContent).toBe(
			'Selected: 13 Jul 1969 — The Soviet Union launches the uncrewed probe Luna 15'
		);
		await fireEvent.keyDown(current()[0]!, { key: 'Escape' });
		await tick();
		expect(story.eventId).toBeNull();
		expect(document.querySelector('[aria-current="true"]')).toBeNull();
	});

	it('shows a card with local time and UTC for the selected event', async () => {
		const { story } = setup();
		story.selectEvent('launch');
		await tick();
		const card = document.getElementById('timeline-selected')!;
		expect(card.textContent).toContain('16 Jul 1969, 09:32 New York time (13:32 UTC)');
		expect(card.textContent).toContain('Apollo 11 lifts off from Florida');
		expect(card.querySelector('.sources a')?.getAttribute('href')).toBe(
			'https://www.nasa.gov/mission/apollo-11/'
		);
	});

	it('filters by side and lists the filter as a removable chip', async () => {
		const { story, marks } = setup();
		await fireEvent.click(screen.getByRole('button', { name: /^Soviet Union/ }));
		expect(story.filters.sides).toEqual(['soviet']);
		await tick();
		expect(marks()).toHaveLength(2);
		await fireEvent.click(screen.getByRole('button', { name: /Side: Soviet Union/ }));
		expect(story.filters.sides).toEqual([]);
	});

	it('shows the same events as a sortable table', async () => {
		const { story } = setup();
		await fireEvent.click(screen.getByRole('button', { name: 'Show as table' }));
		const table = screen.getByRole('table');
		expect(table.querySelectorAll('tbody tr')).toHaveLength(8);
		await fireEvent.click(screen.getByRole('button', { name: /^Event/ }));
		const first = table.querySelector('tbody tr .title')!;
		expect(first.textContent).toBe('Apollo 11 enters lunar orbit');
		await fireEvent.click(first);
		expect(story.eventId).toBe('lunar-orbit');
	});
});
