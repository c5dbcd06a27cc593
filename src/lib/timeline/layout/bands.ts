/** The phase bands behind the marks: where each phase lies on the axis, its name cut to fit. */
import type { ScaleTime } from 'd3';
import { DAY_MS, dayMs } from '../../data/dates';
import { textWidth, truncate } from './labels';

export interface PhaseBand {
	id: string;
	u0: number;
	u1: number;
	/** Fitted label, or '' when the band is too narrow for one. */
	label: string;
	/** Where the label starts, px. */
	labelU: number;
	isEven: boolean;
}

/** Phase bands in view, with labels cut to fit their band and the view. */
export function phaseBands(
	phases: readonly { id: string; title: string; start: string; end: string }[],
	scale: ScaleTime<number, number>,
	length: number,
	fontPx: number
): PhaseBand[] {
	return phases
		.map((p, i) => {
			const u0 = scale(dayMs(p.start));
			const u1 = scale(dayMs(p.end) + DAY_MS);
			const a = Math.max(0, u0);
			const b = Math.min(length, u1);
			const room = Math.floor((b - a - 8) / (fontPx * 0.56));
			let label = room >= 4 ? truncate(p.title, room) : '';
			if (label && textWidth(label, fontPx) > b - a - 8) label = '';
			return { id: p.id, u0, u1, label, labelU: a + 4, isEven: i % 2 === 0 };
		})
		.filter((b) => b.u1 > 0 && b.u0 < length);
}
