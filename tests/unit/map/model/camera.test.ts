import { describe, expect, it } from 'vitest';
import {
	boundsOf,
	contains,
	duration,
	formatCamera,
	locate,
	MAX_DURATION,
	padBounds,
	parseCamera,
	viewFor,
	VIEWS,
	zoomToFit
} from '../../../../src/lib/map/model/camera';

describe('duration(reduceMotion, wanted)', () => {
	const cases = [
		{ name: 'jumps when motion is reduced', args: [true, 1200] as const, expected: 0 },
		{ name: 'keeps a short move', args: [false, 800] as const, expected: 800 },
		{ name: 'caps a long move at 1.5 s', args: [false, 5000] as const, expected: MAX_DURATION }
	];
	for (const c of cases) it(c.name, () => expect(duration(c.args[0], c.args[1])).toBe(c.expected));
	it('never exceeds 1.5 s', () => expect(MAX_DURATION).toBeLessThanOrEqual(1500));
});

describe('boundsOf(points, geometries)', () => {
	it('spans points and polygons together', () => {
		expect(
			boundsOf(
				[[30, 50]],
				[
					{
						type: 'Polygon',
						coordinates: [
							[
								[36, 47],
								[39, 47],
								[39, 49],
								[36, 47]
							]
						]
					}
				]
			)
		).toEqual([
			[30, 47],
			[39, 50]
		]);
	});
	it('is null for nothing', () => expect(boundsOf([])).toBeNull());
});

describe('padBounds(bounds, minSpan)', () => {
	it('widens a single point to the minimum span around it', () => {
		expect(
			padBounds(
				[
					[30, 50],
					[30, 50]
				],
				4
			)
		).toEqual([
			[28, 48.8],
			[32, 51.2]
		]);
	});
	it('leaves large bounds alone', () => {
		const b: [[number, number], [number, number]] = [
			[20, 40],
			[40, 55]
		];
		expect(padBounds(b, 3)).toEqual(b);
	});
});

describe('viewFor(bounds)', () => {
	const cases = [
		{
			name: 'Donbas fits the Ukraine view',
			b: [
				[36.5, 46.8],
				[40.2, 50.1]
			],
			expected: 'ukraine'
		},
		{
			name: 'Geneva to Moscow needs Europe',
			b: [
				[6.1, 46.2],
				[37.6, 55.8]
			],
			expected: 'europe'
		},
		{
			name: 'Miami to Moscow needs the world',
			b: [
				[-80.2, 25.8],
				[37.6, 55.8]
			],
			expected: 'world'
		}
	] as const;
	for (const c of cases)
		it(c.name, () =>
			expect(viewFor(c.b as unknown as [[number, number], [number, number]])).toBe(c.expected)
		);
	it('the named views nest', () => {
		expect(contains(VIEWS.europe!.bounds, VIEWS.ukraine!.bounds)).toBe(true);
		expect(contains(VIEWS.world!.bounds, VIEWS.europe!.bounds)).toBe(true);
	});
	it('every meeting city lies in the world view', () => {
		for (const [lng, lat] of [
			[-80.15, 25.98],
			[-77.04, 38.9],
			[54.4, 24.45],
			[6.15, 46.2],
			[-6.25, 53.33],
			[37.62, 55.75]
		] as const)
			expect(
				contains(VIEWS.world!.bounds, [
					[lng, lat],
					[lng, lat]
				])
			).toBe(true);
	});
});

describe('formatCamera / parseCamera', () => {
	it('round-trips a camera at URL precision', () => {
		const text = formatCamera({ lng: 30.5238, lat: 50.4547, zoom: 5.27 });
		expect(text).toBe('30.52,50.45,5.3');
		expect(parseCamera(text)).toEqual({ lng: 30.52, lat: 50.45, zoom: 5.3 });
	});
	for (const bad of ['', '1,2', 'a,b,c', '200,10,3', '10,10,30', '1,2,3,4'])
		it(`rejects "${bad}"`, () => expect(parseCamera(bad)).toBeNull());
});

describe('zoomToFit(bounds, width, height)', () => {
	it('gives zoom 0 for the whole world in one 512 px tile', () => {
		expect(
			zoomToFit(
				[
					[-180, -85.0511],
					[180, 85.0511]
				],
				512,
				512
			)
		).toBeCloseTo(0, 2);
	});
	it('zooms in one level when the space doubles', () => {
		const b = VIEWS.ukraine!.bounds;
		expect(zoomToFit(b, 1600, 1200) - zoomToFit(b, 800, 600)).toBeCloseTo(1, 5);
	});
});

describe('locate(box, lng, lat)', () => {
	it('maps the corners of the box to 0 and 1', () => {
		const box: [[number, number], [number, number]] = [
			[-100, 10],
			[70, 68]
		];
		expect(locate(box, -100, 68)).toEqual([0, 0]);
		expect(locate(box, 70, 10)).toEqual([1, 1]);
	});
});
