import { describe, expect, it } from 'vitest';
import { cardDate, selectionMessage } from '../../../../src/lib/timeline/model/words';

describe('cardDate(event): local time and UTC', () => {
	const cases = [
		{
			name: 'shows a Moscow time with UTC, "about" when the date is uncertain',
			input: {
				date: '2025-12-02',
				time: '20:00',
				timezone: 'Europe/Moscow',
				dateNote: 'started late'
			},
			expected: '2 Dec 2025, about 20:00 Moscow time (17:00 UTC)'
		},
		{
			name: 'shows a Moscow time with UTC',
			input: { date: '2025-12-02', time: '20:00', timezone: 'Europe/Moscow' },
			expected: '2 Dec 2025, 20:00 Moscow time (17:00 UTC)'
		},
		{
			name: 'names the UTC day when it differs',
			input: { date: '2025-12-01', time: '01:30', timezone: 'Europe/Moscow' },
			expected: '1 Dec 2025, 01:30 Moscow time (30 Nov 2025, 22:30 UTC)'
		},
		{
			name: 'shows Dublin winter time as UTC',
			input: { date: '2025-12-02', time: '14:05', timezone: 'Europe/Dublin' },
			expected: '2 Dec 2025, 14:05 Dublin time (14:05 UTC)'
		},
		{
			name: 'shows New York summer time',
			input: { date: '1969-07-16', time: '09:32', timezone: 'America/New_York' },
			expected: '16 Jul 1969, 09:32 New York time (13:32 UTC)'
		},
		{
			name: 'shows a UTC time once',
			input: { date: '2019-03-01', time: '23:59', timezone: 'UTC' },
			expected: '1 Mar 2019, 23:59 UTC'
		},
		{
			name: 'shows a day range',
			input: { date: '2025-11-24', end: '2025-11-25' },
			expected: '24–25 Nov 2025'
		},
		{
			name: 'says "About" for an uncertain day',
			input: { date: '2025-11-18', dateNote: 'US evening; some outlets say 19 Nov' },
			expected: 'About 18 Nov 2025'
		}
	];
	for (const c of cases) it(c.name, () => expect(cardDate(c.input)).toBe(c.expected));
});

describe('selectionMessage(event)', () => {
	it('is the event’s accessible name, said once', () =>
		expect(
			selectionMessage({ date: '2025-11-23', title: 'US and Ukrainian delegations meet in Geneva' })
		).toBe('Selected: 23 Nov 2025 — US and Ukrainian delegations meet in Geneva'));
});
