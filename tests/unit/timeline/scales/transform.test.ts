import { describe, expect, it } from 'vitest';

import { frameTransform, transformDomain } from '../../../../src/lib/timeline/scales/transform';

const utc = (s: string) => Date.parse(`${s}Z`);

describe('frameTransform and transformDomain', () => {
	it('are inverse: framing a period shows exactly that period', () => {
		const all: [number, number] = [utc('2022-01-01T00:00'), utc('2026-01-01T00:00')];
		const view: [number, number] = [utc('2025-11-10T00:00'), utc('2025-12-07T00:00')];
		const z = frameTransform(all, view, 1200);
		const shown = transformDomain(all, z, 1200);
		expect(shown[0]).toBeCloseTo(view[0], -3);
		expect(shown[1]).toBeCloseTo(view[1], -3);
		expect(z.k).toBeGreaterThan(50);
	});
});
