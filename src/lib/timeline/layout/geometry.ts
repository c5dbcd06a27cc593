/**
 * The timeline's geometry per variant and orientation: lane positions, label rows, mark sizes.
 * Plain numbers, shared by the SVG, the canvas and the hit tests.
 */

export interface Geometry {
	orientation: 'horizontal' | 'vertical';
	/** Length of the time axis, px. */
	length: number;
	/** Centre of each lane's mark row across the time axis, px. */
	laneMid: number[];
	/** Size of a lane across the time axis, px. */
	laneSize: number;
	/** Where the label rows of a lane sit across the time axis, px (one per row). */
	labelAt: (lane: number, row: number) => number;
	labelRows: number;
	/** Label font size, px. */
	fontPx: number;
	/** Size of a single mark, px. */
	markSize: number;
	/** Most characters in a label. */
	labelChars: number;
	/** One row of labels above all lanes, for the emphasised events only (the story's strip). */
	hasSharedLabels?: boolean;
}

export type Variant = 'full' | 'strip' | 'large';

export interface Layout extends Geometry {
	width: number;
	height: number;
	/** Space before the time axis starts (lane names), px. */
	gutter: number;
	/** Whether phase bands carry their names (not in the strip). */
	hasPhaseLabels: boolean;
	/** Across the time axis: where the phase labels and the axis sit, px. */
	phaseV: number;
	axisV: number;
	/** Size of the axis strip across the time axis, px. */
	axisSize: number;
	/** Hit area of a mark along and across the time axis, px (≥ 44 on touch layouts). */
	hit: [number, number];
}

const VARIANTS = {
	full: { labelRows: 2, fontPx: 12, labelChars: 34, mark: 11, row: 30 },
	strip: { labelRows: 1, fontPx: 11, labelChars: 40, mark: 8, row: 18 },
	large: { labelRows: 1, fontPx: 20, labelChars: 40, mark: 13, row: 18 }
} as const;
/** The strip on a phone: tighter lanes, so that the map above it keeps most of the room. */
const NARROW_STRIP = { labelRows: 1, fontPx: 11, labelChars: 32, mark: 7, row: 12 } as const;

/** Height of a density mark for a bin of `count` events, px. */
export const binSize = (count: number) => Math.min(22, 6 + 3 * Math.log2(count));

/**
 * The geometry for a width. Below 640 px the timeline is vertical: time runs down `verticalLength`
 * px, lanes are 44 px columns, labels sit in a column to their right.
 */
export function layoutFor(
	variant: Variant,
	width: number,
	spanRows: number[],
	verticalLength = 560
): Layout {
	const isNarrowStrip = variant === 'strip' && width < 640;
	const o = isNarrowStrip ? NARROW_STRIP : VARIANTS[variant];
	const lanes = spanRows.length;
	// Only the full timeline turns vertical on narrow screens; the story's strip and the slides'
	// timeline sit under a map and stay horizontal.
	if (width < 640 && variant === 'full') {
		const axisSize = 46;
		const col = 44;
		const labelX = axisSize + lanes * col + 8;
		const labelChars = Math.max(8, Math.floor((width - labelX - 4) / (o.fontPx * 0.56)));
		return {
			orientation: 'vertical',
			width,
			height: verticalLength,
			gutter: 0,
			length: verticalLength,
			laneMid: spanRows.map((_, l) => axisSize + l * col + col / 2),
			laneSize: col,
			labelAt: () => labelX,
			labelRows: 1,
			fontPx: o.fontPx,
			labelChars,
			hasPhaseLabels: true,
			phaseV: 0,
			axisV: 0,
			axisSize,
			markSize: Math.max(o.mark, 12),
			hit: [44, 44]
		};
	}
	// The strip and the slides' timeline label only the step's events, in one row above their
	// lanes, so that the map above them keeps the room.
	const isShared = variant !== 'full';
	const phaseSize = isShared ? o.fontPx + 8 : o.fontPx + 12;
	const labelBlock = isShared ? 0 : o.labelRows * (o.fontPx + 4);
	const laneMid: number[] = [];
	let v = phaseSize;
	for (const rows of spanRows) {
		const size = labelBlock + o.row + rows * 8 + (rows ? 4 : 0);
		laneMid.push(v + labelBlock + o.row / 2);
		v += size;
	}
	const axisSize = isNarrowStrip ? 24 : 30;
	const gutter = variant === 'strip' ? 0 : variant === 'large' ? 176 : 112;
	return {
		orientation: 'horizontal',
		width,
		height: v + axisSize,
		gutter,
		length: width - gutter,
		laneMid,
		laneSize: o.row,
		labelAt: isShared
			? () => o.fontPx + 2
			: (lane, row) => laneMid[lane]! - o.row / 2 - 4 - row * (o.fontPx + 4),
		labelRows: o.labelRows,
		fontPx: o.fontPx,
		labelChars: o.labelChars,
		hasSharedLabels: isShared,
		hasPhaseLabels: !isShared,
		phaseV: phaseSize / 2 + 4,
		axisV: v,
		axisSize,
		markSize: o.mark,
		hit: [o.mark + 2, o.mark + 2]
	};
}
