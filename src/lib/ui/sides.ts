/**
 * How sides are told apart: by colour and by shape, assigned in the order the story lists its
 * sides, so that any story gets distinct lanes. Colours are the Okabe–Ito palette (safe for
 * colour-blind readers); shapes keep lanes apart in greyscale.
 */
export const SIDE_COLOURS = [
	'#0072B2',
	'#D55E00',
	'#009E73',
	'#CC79A7',
	'#6B6B6B',
	'#E69F00',
	'#56B4E9'
];
export const SIDE_SHAPES = [
	'circle',
	'square',
	'triangle',
	'diamond',
	'cross',
	'star',
	'wye'
] as const;
export type SideShape = (typeof SIDE_SHAPES)[number];

/**
 * Each shape as SVG path data at the size of the timeline strip's key (d3-shape's symbol of about
 * 9 px, timeline/plot/symbols.ts), written out so that the key draws before the timeline's code
 * (and D3) has loaded. A unit test holds them equal to D3's.
 */
export const KEY_MARKS: Record<SideShape, string> = {
	circle: 'M5.078,0A5.078,5.078,0,1,1,-5.078,0A5.078,5.078,0,1,1,5.078,0',
	square: 'M-4.5,-4.5h9v9h-9Z',
	triangle: 'M0,-7.896L6.839,3.948L-6.839,3.948Z',
	diamond: 'M0,-8.375L4.836,0L0,8.375L-4.836,0Z',
	cross:
		'M-6.037,-2.012L-2.012,-2.012L-2.012,-6.037L2.012,-6.037L2.012,-2.012L6.037,-2.012L6.037,2.012L2.012,2.012L2.012,6.037L-2.012,6.037L-2.012,2.012L-6.037,2.012Z',
	star: 'M0,-8.494L1.907,-2.625L8.079,-2.625L3.086,1.003L4.993,6.872L0,3.245L-4.993,6.872L-3.086,1.003L-8.079,-2.625L-1.907,-2.625Z',
	wye: 'M2.429,1.402L2.429,6.26L-2.429,6.26L-2.429,1.402L-6.635,-1.026L-4.207,-5.233L0,-2.804L4.207,-5.233L6.635,-1.026Z'
};

export interface SideStyle {
	id: string;
	name: string;
	colour: string;
	shape: SideShape;
}

export function sideStyles(sides: readonly { id: string; name: string }[]): Map<string, SideStyle> {
	return new Map(
		sides.map((s, i) => [
			s.id,
			{
				id: s.id,
				name: s.name,
				colour: SIDE_COLOURS[i % SIDE_COLOURS.length]!,
				shape: SIDE_SHAPES[i % SIDE_SHAPES.length]!
			}
		])
	);
}
