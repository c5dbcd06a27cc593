import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { Place } from '../../../../src/lib/data/schema/chronology';
import { Step } from '../../../../src/lib/data/schema/story';
import { cameraYaml, placeYaml } from '../../../../src/lib/map/live/authoring';
import { stepFit } from '../../../../src/lib/story/steps';

const step = { id: 'x', title: 'X', text: 'Some text.', alt: 'A map.' };

describe('copy camera', () => {
	it('writes a step camera that the schema accepts and stepFit turns back into the same view', () => {
		const line = cameraYaml({ lng: 34.98765, lat: 51.70123 }, 4.2345);
		expect(line).toBe('camera: {center: [34.99, 51.7], zoom: 4.2}');
		const { camera } = parse(line) as { camera: { center: [number, number]; zoom: number } };
		expect(Step.safeParse({ ...step, camera }).success).toBe(true);
		const fit = stepFit(
			{ camera },
			{ regions: [], places: [] },
			{},
			[],
			[
				[0, 0],
				[1, 1]
			]
		);
		expect(fit.maxZoom).toBe(4.2);
		const [[w, s], [e, n]] = fit.bounds;
		expect((w + e) / 2).toBeCloseTo(34.99);
		expect((s + n) / 2).toBeCloseTo(51.7);
	});

	it('brings a view panned round the world back to ±180°', () => {
		expect(cameraYaml({ lng: 390, lat: 10 }, 2)).toBe('camera: {center: [30, 10], zoom: 2}');
		expect(cameraYaml({ lng: -200, lat: 10 }, 2)).toBe('camera: {center: [160, 10], zoom: 2}');
	});
});

describe('copy place', () => {
	it('writes a places.yaml entry that check:data stops until its country is filled in', () => {
		const text = placeYaml({ lng: 6.145691, lat: 46.202221 });
		const [entry] = parse(text) as Record<string, unknown>[];
		expect(entry).toMatchObject({ lng: 6.14569, lat: 46.20222 });
		const bad = Place.safeParse(entry);
		expect(bad.success).toBe(false);
		expect(bad.error?.issues.map((i) => i.path.join('.'))).toEqual(['country']);
		expect(Place.safeParse({ ...entry, country: 'CH' }).success).toBe(true);
	});
});
