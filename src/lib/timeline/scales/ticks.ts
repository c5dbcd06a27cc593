/**
 * Adaptive axis ticks (years → months → days → hours) and their labels, for plain and broken
 * UTC scales. Labels are UTC: the axis is UTC, local times go on the card.
 */
import { scaleUtc, utcDay, utcMonth, utcYear, type ScaleTime } from 'd3';
import { DAY_MS, monthShort } from '../../data/dates';

export type TickUnit = 'years' | 'months' | 'days' | 'hours';

export interface Tick {
	/** Position along the time axis, px. */
	u: number;
	label: string;
	/** Starts a larger unit (a new year, month or day): drawn stronger and labelled in full. */
	isMajor: boolean;
	ms: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The unit a tick step falls in. */
export function tickUnit(stepMs: number): TickUnit {
	if (stepMs >= 360 * DAY_MS) return 'years';
	if (stepMs >= 28 * DAY_MS) return 'months';
	if (stepMs >= DAY_MS) return 'days';
	return 'hours';
}

/**
 * One tick's label for a unit. The first tick, and each tick where the larger unit changes
 * (a new year, month or day since `prevMs`), names the larger unit too.
 */
export function tickLabel(ms: number, unit: TickUnit, prevMs: number | null): Tick['label'] {
	const d = new Date(ms);
	const p = prevMs === null ? null : new Date(prevMs);
	const y = d.getUTCFullYear();
	const mon = monthShort(d.getUTCMonth());
	const newYear = !p || p.getUTCFullYear() !== y;
	const newMonth = newYear || p!.getUTCMonth() !== d.getUTCMonth();
	const newDay = newMonth || p!.getUTCDate() !== d.getUTCDate();
	if (unit === 'years') return String(y);
	if (unit === 'months') return newYear ? `${mon} ${y}` : mon;
	if (unit === 'days') {
		if (newYear && p) return `${d.getUTCDate()} ${mon} ${y}`;
		return newMonth ? `${d.getUTCDate()} ${mon}` : String(d.getUTCDate());
	}
	const hm = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
	return newDay ? `${d.getUTCDate()} ${mon} ${hm}` : hm;
}

function isMajor(ms: number, unit: TickUnit): boolean {
	if (unit === 'years') return true;
	if (unit === 'months') return +utcYear.floor(new Date(ms)) === ms;
	if (unit === 'days') return +utcMonth.floor(new Date(ms)) === ms;
	return +utcDay.floor(new Date(ms)) === ms;
}

/**
 * Ticks for an axis of `length` px, about one per `spacing` px: the unit adapts from years to
 * hours as the scale zooms in. Labels are UTC (the axis is UTC; local times go on the card).
 */
export function axisTicks(
	scale: ScaleTime<number, number>,
	length: number,
	spacing = 90
): { unit: TickUnit; ticks: Tick[] } {
	// A broken axis (brokenScale) is ticked segment by segment, each on its own scale.
	const domain = scale.domain();
	if (domain.length === 4) {
		const [r0, r1, r2, r3] = scale.range() as [number, number, number, number];
		const left = segmentTicks(domain[0]!, domain[1]!, r0, r1, spacing);
		const right = segmentTicks(domain[2]!, domain[3]!, r2, r3, spacing);
		return { unit: right.unit, ticks: [...left.ticks, ...right.ticks] };
	}
	return ticksOf(scale, Math.max(2, Math.floor(length / spacing)));
}

/** Ticks of one segment of a broken axis: as many as fit, and at least one naming its year. */
function segmentTicks(d0: Date, d1: Date, u0: number, u1: number, spacing: number) {
	const sub = scaleUtc().domain([d0, d1]).range([u0, u1]);
	const out = ticksOf(sub, Math.max(1, Math.floor((u1 - u0) / spacing)));
	if (out.ticks.length) return out;
	const ms = Math.min(+utcMonth.ceil(d0), +d1);
	return {
		unit: 'months' as const,
		ticks: [{ ms, u: sub(ms), label: tickLabel(ms, 'months', null), isMajor: true }]
	};
}

function ticksOf(
	scale: ScaleTime<number, number>,
	count: number
): { unit: TickUnit; ticks: Tick[] } {
	const dates = scale.ticks(count);
	const step = dates.length > 1 ? +dates[1]! - +dates[0]! : DAY_MS * 365;
	const unit = tickUnit(step);
	return {
		unit,
		ticks: dates.map((d, i) => ({
			ms: +d,
			u: scale(d),
			label: tickLabel(+d, unit, i === 0 ? null : +dates[i - 1]!),
			isMajor: isMajor(+d, unit)
		}))
	};
}

/**
 * Which ticks of a horizontal axis get their label, each set `width(label)` px wide from 3 px
 * after its tick: none that would run into the label before it or past `length`. Where two would
 * touch ("4 Jan 2026" and "11"), the one naming more ("4 Jan 2026": a day, a month and a year)
 * stays.
 */
export function labelledTicks(
	ticks: readonly Tick[],
	width: (label: string) => number,
	length: number,
	gap = 6
): Set<number> {
	const parts = (t: Tick) => t.label.split(' ').length;
	const kept: { tick: Tick; end: number }[] = [];
	for (const tick of ticks) {
		const end = tick.u + 3 + width(tick.label);
		if (end > length) continue;
		let last = kept.at(-1);
		while (last && tick.u + 3 < last.end + gap && parts(tick) > parts(last.tick)) {
			kept.pop();
			last = kept.at(-1);
		}
		if (last && tick.u + 3 < last.end + gap) continue;
		kept.push({ tick, end });
	}
	return new Set(kept.map((k) => k.tick.ms));
}
