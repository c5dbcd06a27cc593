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
