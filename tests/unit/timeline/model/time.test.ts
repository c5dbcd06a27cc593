import { describe, expect, it } from 'vitest';

import { eventTime } from '../../../../src/lib/timeline/model/time';

const utc = (s: string) => Date.parse(`${s}Z`);

describe('eventTime(event)', () => {
	const cases = [
		{
			name: 'puts a day without a time at midday UTC and covers the whole day',
			input: { date: '2025-11-23' },
			expected: {
				at: utc('2025-11-23T12:00'),
				start: utc('2025-11-23T00:00'),
				end: utc('2025-11-24T00:00')
			}
		},
		{
			name: 'runs a multi-day event to the end of its last day',
			input: { date: '2025-11-24', end: '2025-11-25' },
			expected: {
				at: utc('2025-11-24T12:00'),
				start: utc('2025-11-24T00:00'),
				end: utc('2025-11-26T00:00')
			}
		},
		{
			name: 'reads a Moscow time as UTC+3',
			input: { date: '2025-12-02', time: '20:00', timezone: 'Europe/Moscow' },
			expected: {
				at: utc('2025-12-02T17:00'),
				start: utc('2025-12-02T17:00'),
				end: utc('2025-12-02T17:00')
			}
		},
		{
			name: 'reads a New York summer time as UTC−4',
			input: { date: '1969-07-16', time: '09:32', timezone: 'America/New_York' },
			expected: {
				at: utc('1969-07-16T13:32'),
				start: utc('1969-07-16T13:32'),
				end: utc('1969-07-16T13:32')
			}
		},
		{
			name: 'reads UTC times without a zone lookup',
			input: { date: '2019-03-01', time: '23:59', timezone: 'UTC' },
			expected: {
				at: utc('2019-03-01T23:59'),
				start: utc('2019-03-01T23:59'),
				end: utc('2019-03-01T23:59')
			}
		},
		{
			name: 'runs a timed multi-day event to the end of its last day',
			input: { date: '2025-12-02', end: '2025-12-03', time: '20:00', timezone: 'Europe/Moscow' },
			expected: {
				at: utc('2025-12-02T17:00'),
				start: utc('2025-12-02T17:00'),
				end: utc('2025-12-04T00:00')
			}
		}
	];
	for (const c of cases) it(c.name, () => expect(eventTime(c.input)).toEqual(c.expected));
});
