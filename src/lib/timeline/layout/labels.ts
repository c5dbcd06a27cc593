/**
 * Label text and placement: approximate widths, cutting and wrapping at words, and greedy
 * placement so that no two labels overlap.
 */

/** Approximate width of a label in px (Noto Sans averages a little over half an em). */
export function textWidth(text: string, fontPx: number): number {
	return Math.ceil(text.length * fontPx * 0.56);
}

/** Cuts a label to at most `max` characters at a word, with an ellipsis. */
export function truncate(text: string, max: number): string {
	if (text.length <= max) return text;
	const cut = text.slice(0, max - 1);
	const space = cut.lastIndexOf(' ');
	return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/, '')}…`;
}

/** Breaks a label into at most `maxLines` lines of `perLine` characters, at words, with an ellipsis. */
export function wrap(text: string, perLine: number, maxLines: number): string[] {
	const lines: string[] = [];
	let rest = text;
	while (rest && lines.length < maxLines) {
		if (lines.length === maxLines - 1 || rest.length <= perLine) {
			lines.push(truncate(rest, perLine));
			break;
		}
		const cut = rest.lastIndexOf(' ', perLine);
		// A word longer than a line is shortened with an ellipsis, never split across lines.
		const end = cut > 0 ? cut : rest.indexOf(' ') < 0 ? rest.length : rest.indexOf(' ');
		lines.push(cut > 0 ? rest.slice(0, end) : truncate(rest.slice(0, end), perLine));
		rest = rest.slice(end).trimStart();
	}
	return lines;
}

export interface LabelCandidate {
	id: string;
	/** Where the label starts along the time axis, px. */
	u: number;
	/** Its extent along the time axis, px (text width when horizontal, line height when vertical). */
	size: number;
	/** Its slot family, e.g. the lane: labels only compete with others in the same group. */
	group: number;
	/** Higher goes first. */
	priority: number;
}

export interface PlacedLabel {
	id: string;
	u: number;
	size: number;
	group: number;
	/** Which of the group's rows it went into, 0 first. */
	row: number;
}

/** How far before its mark a label candidate starts, px (the leader line's offset). */
const MARK_REACH = 4;

/**
 * Places labels greedily, most important first: each takes the first row of its group where it
 * overlaps no placed label (with `gap` px between), or is left out. Labels outside [0, length]
 * are left out. Returns at most `max` labels.
 */
export function placeLabels(
	candidates: readonly LabelCandidate[],
	opts: { rows: number; gap: number; length: number; max: number }
): PlacedLabel[] {
	const sorted = [...candidates].sort((a, b) => b.priority - a.priority || a.u - b.u);
	const taken = new Map<string, [number, number][]>();
	const placed: PlacedLabel[] = [];
	for (const c of sorted) {
		if (placed.length >= opts.max) break;
		// A label past the end of the axis is pulled back inside while its mark is on the axis
		// (the leader line still reaches it); one whose mark is off the axis is left out.
		if (c.u < -MARK_REACH || c.u + MARK_REACH > opts.length || c.size > opts.length) continue;
		const u = Math.max(0, Math.min(c.u, opts.length - c.size));
		for (let row = 0; row < opts.rows; row++) {
			const key = `${c.group}:${row}`;
			const boxes = taken.get(key) ?? [];
			const free = boxes.every(([a, b]) => u + c.size + opts.gap <= a || b + opts.gap <= u);
			if (free) {
				boxes.push([u, u + c.size]);
				taken.set(key, boxes);
				placed.push({ id: c.id, u, size: c.size, group: c.group, row });
				break;
			}
		}
	}
	return placed;
}
