/** People's roles are dated: the role shown beside an event is the one held on its day. */
import { describe, expect, it } from 'vitest';
import { loadChronology } from '../../../src/lib/data/load';
import { roleOn } from '../../../src/lib/data/roles';
import { realFiles } from '../helpers';

const model = loadChronology(realFiles());
const person = (id: string) => model.people.find((p) => p.id === id)!;

describe('roleOn(person, day)', () => {
	it('gives Yermak as head of the Presidential Office in November 2025, not after he resigned', () => {
		expect(roleOn(person('yermak'), '2025-11-23')).toBe(
			'Head of the Office of the President of Ukraine'
		);
		expect(roleOn(person('yermak'), '2025-12-02')).toMatch(/^Former head/);
	});

	it('gives Budanov as head of military intelligence until 1 Jan 2026 and of the Office from 2 Jan', () => {
		expect(roleOn(person('budanov'), '2025-11-24')).toMatch(/military intelligence/);
		expect(roleOn(person('budanov'), '2026-01-01')).toMatch(/military intelligence/);
		expect(roleOn(person('budanov'), '2026-01-02')).toMatch(/^Head of the Office of the President/);
	});

	it('gives the current role without a day, and to people whose role did not change', () => {
		expect(roleOn(person('budanov'))).toBe(person('budanov').role);
		expect(roleOn(person('putin'), '2022-02-24')).toBe('President of Russia');
	});

	it('walks several earlier roles in order', () => {
		const p = {
			role: 'C',
			earlierRoles: [
				{ role: 'A', until: '2025-01-01' },
				{ role: 'B', until: '2025-06-01' }
			]
		};
		expect([roleOn(p, '2024-12-31'), roleOn(p, '2025-01-01'), roleOn(p, '2025-06-01')]).toEqual([
			'A',
			'B',
			'C'
		]);
	});
});
