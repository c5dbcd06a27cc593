import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { countInData, fixtureModel, realModel } from '../helpers';
import StoryHarness from './StoryHarness.svelte';

describe('the chronology text layer', () => {
	it('renders a second, unrelated story through the same components', () => {
		const model = fixtureModel();
		render(StoryHarness, { props: { model } });
		const phases = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
		expect(phases.map((p) => p?.replace(/\s+/g, ' ').trim())).toEqual([
			'To the Moon 13–19 Jul 1969',
			'On the Moon 20–21 Jul 1969',
			'Home 22–24 Jul 1969'
		]);
		const landing = document.getElementById('event-landing')!;
		expect(within(landing).getByRole('heading', { level: 3 }).textContent).toMatch(
			'The lunar module Eagle lands on the Moon'
		);
		expect(landing.querySelector('time')?.getAttribute('datetime')).toBe('1969-07-20');
		expect(
			within(landing).getByRole('link', { name: /Apollo 11 Mission Overview/ })
		).toHaveProperty('href', 'https://www.nasa.gov/mission/apollo-11/');
		expect(landing.textContent).toContain('Sea of Tranquility');
		expect(landing.textContent).toContain('Neil Armstrong');
		const launch = document.getElementById('event-launch')!;
		expect(launch.querySelector('time')?.textContent).toBe(
			'16 Jul 1969, 09:32 New York time (13:32 UTC)'
		);
	});

	it('marks events whose sources conflict, in words', () => {
		render(StoryHarness, { props: { model: realModel() } });
		const pokrovsk = document.getElementById('event-pokrovsk-claim')!;
		expect(pokrovsk.textContent).toContain('Sources conflict');
		expect(document.querySelectorAll('article.event')).toHaveLength(
			countInData('events', 'events')
		);
	}, 30_000);
});
