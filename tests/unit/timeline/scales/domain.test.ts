import { describe, expect, it } from 'vitest';

import { corePeriod, openingDomain } from '../../../../src/lib/timeline/scales/domain';
import { DAY_MS } from '../../../../src/lib/data/dates';

const utc = (s: string) => Date.parse(`${s}Z`);

describe('corePeriod(instants)', () => {
	it('frames the cluster, not the stragglers', () => {
		const days = [
			'2022-02-24',
			'2022-09-30',
			'2025-08-15',
			'2025-10-24',
			'2025-11-10',
			'2025-11-12'
		]
			.concat(
				Array.from({ length: 24 }, (_, i) => `2025-11-${String(13 + i).padStart(2, '0')}`).filter(
					(d) => d <= '2025-11-30'
				)
			)
			.concat(['2025-12-02', '2025-12-06']);
		const t = days.map((d) => utc(`${d}T12:00`)).sort((a, b) => a - b);
		expect(corePeriod(t)).toEqual([utc('2025-11-10T12:00'), utc('2025-12-06T12:00')]);
	});
	it('is null for no events and one instant for one event', () => {
		expect(corePeriod([])).toBeNull();
		expect(corePeriod([5])).toEqual([5, 5]);
	});
});

describe('openingDomain(all, core)', () => {
	it('opens on the core period when it is a small part of the whole', () => {
		const d = openingDomain([0, 1000 * DAY_MS], [800 * DAY_MS, 900 * DAY_MS]);
		expect(d[0]).toBeLessThan(800 * DAY_MS);
		expect(d[1]).toBeGreaterThan(900 * DAY_MS);
		expect(d[1] - d[0]).toBeLessThan(120 * DAY_MS);
	});
	it('opens on everything when the core is most of it', () =>
		expect(openingDomain([0, 1000 * DAY_MS], [100 * DAY_MS, 900 * DAY_MS])).toEqual([
			0,
			1000 * DAY_MS
		]));
});
