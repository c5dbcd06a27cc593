import { describe, expect, it } from 'vitest';
import { describeMap, type MapScene } from '../../../../src/routes/(site)/explore/describe';

const scene: MapScene = {
	bounds: [
		[22, 44],
		[41, 53]
	],
	isFixed: false,
	snapshotLabel: '2 Dec 2025',
	places: [
		{ name: { en: 'Kyiv' }, lng: 30.52, lat: 50.45 },
		{ name: { en: 'Geneva' }, lng: 6.14, lat: 46.2 }
	],
	event: null,
	trips: []
};

describe('describeMap(scene)', () => {
	const cases: { name: string; scene: MapScene; expected: string }[] = [
		{
			name: 'says where the camera is, the snapshot date and the places in view',
			scene,
			expected:
				'The map shows an area from 22° to 41° east. The Russian-occupied area is hatched in red, as of 2 Dec 2025. Places in view: Kyiv.'
		},
		{
			name: 'names the drawn map’s fixed frame instead of degrees',
			scene: { ...scene, isFixed: true },
			expected:
				'The map shows Ukraine and the Black Sea. The Russian-occupied area is hatched in red, as of 2 Dec 2025. Places in view: Kyiv.'
		},
		{
			name: 'adds the highlighted event and the trips drawn',
			scene: {
				...scene,
				bounds: [
					[0, 20],
					[60, 60]
				],
				event: { title: 'Talks in Abu Dhabi', date: '2025-11-24' },
				trips: ['Dan Driscoll: Geneva (23 Nov) → Abu Dhabi (24–25 Nov)']
			},
			expected:
				'The map shows an area from 0° to 60° east. The Russian-occupied area is hatched in red, as of 2 Dec 2025. Places in view: Kyiv, Geneva. Highlighted: the places and regions of “Talks in Abu Dhabi” (24 Nov 2025). Trips drawn as arrows: Dan Driscoll: Geneva (23 Nov) → Abu Dhabi (24–25 Nov).'
		}
	];
	for (const c of cases) it(c.name, () => expect(describeMap(c.scene)).toBe(c.expected));
});
