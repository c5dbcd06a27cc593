import { describe, expect, it } from 'vitest';

import { phaseBands } from '../../../../src/lib/timeline/layout/bands';
import { timeScale } from '../../../../src/lib/timeline/scales/scale';

describe('phaseBands(phases, scale)', () => {
	const phases = [
		{ id: 'a', title: 'Leak and deadline', start: '2025-11-18', end: '2025-11-22' },
		{ id: 'b', title: 'Geneva', start: '2025-11-23', end: '2025-11-23' },
		{ id: 'c', title: 'Much later', start: '2026-06-01', end: '2026-06-02' }
	];
	it('labels wide bands, leaves narrow ones unlabelled and drops those out of view', () => {
		const scale = timeScale([Date.UTC(2025, 10, 18), Date.UTC(2025, 10, 28)], 300);
		const bands = phaseBands(phases, scale, 300, 11);
		expect(bands.map((b) => b.id)).toEqual(['a', 'b']);
		expect(bands[0]!.label).toBe('Leak and deadline');
		expect(bands[1]!.label).toBe('');
	});
	it('cuts a label to fit its band', () => {
		const scale = timeScale([Date.UTC(2025, 10, 18), Date.UTC(2025, 10, 28)], 130);
		expect(phaseBands(phases, scale, 130, 11)[0]!.label).toMatch(/…$/);
	});
});
