/**
 * Mark shapes as SVG path data (d3-shape symbols), one per side shape, cached by size. Canvas
 * draws the same paths through Path2D.
 */
import {
	symbol,
	symbolCircle,
	symbolCross,
	symbolDiamond,
	symbolSquare,
	symbolStar,
	symbolTriangle,
	symbolWye,
	type SymbolType
} from 'd3';
import type { SideShape } from '../../ui/sides';

const TYPES: Record<SideShape, SymbolType> = {
	circle: symbolCircle,
	square: symbolSquare,
	triangle: symbolTriangle,
	diamond: symbolDiamond,
	cross: symbolCross,
	star: symbolStar,
	wye: symbolWye
};

const cache = new Map<string, string>();

/** Path data of a shape centred on 0,0 whose area is about `size`² px. */
export function symbolPath(shape: SideShape, size: number): string {
	const key = `${shape}:${size}`;
	let d = cache.get(key);
	if (d === undefined) {
		d = symbol(TYPES[shape], size * size)() ?? '';
		cache.set(key, d);
	}
	return d;
}
