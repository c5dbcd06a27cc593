/**
 * A step map's furniture, placed before any label so that labels keep clear of it: the locator
 * inset (when Ukraine is mostly off the frame) and the key, each in the corner that covers least
 * of what the reader must see.
 */
import { formatDay } from '../../data/dates';
import type { Bounds } from '../model/camera';
import { localSite } from '../../i18n/site';
import { m } from '../../paraglide/messages.js';
import { COLORS } from '../style/paint';
import { arrowhead } from '../twin/tripInset';
import { locatorSvg } from './locator';
import { esc, overlaps, round } from './text';
import type { Box, StepMap, StepMapGeodata } from './types';

export interface FurnitureScene {
	/** The frame's size and the margin kept inside it, px. */
	W: number;
	H: number;
	M: number;
	/** What the reader must see, with how much covering it costs. */
	busy: { box: Box; weight: number }[];
	/** Boxes already taken; the furniture adds its own. */
	taken: Box[];
	/** Whether Ukraine is located by an inset. */
	locator: boolean;
	geodata: StepMapGeodata;
	frame: Bounds;
	/** What the key explains: only marks on this map. */
	occupation: StepMap['occupation'];
	hasRegions: boolean;
	hasTrips: boolean;
}

/** The locator and the key as SVG, in the corners that cover least. */
export function drawFurniture(s: FurnitureScene): string[] {
	const { W, H, M, busy, taken, locator, geodata, frame, occupation } = s;
	// The corner furniture goes where no dot or arc end is.
	const corners = (w: number, h: number): Box[] => [
		[M + 4, H - h - 24, M + 4 + w, H - 24],
		[W - w - M - 4, M + 4, W - M - 4, M + 4 + h],
		[M + 4, M + 4, M + 4 + w, M + 4 + h],
		[W - w - M - 4, H - h - 26, W - M - 4, H - 26]
	];
	const cover = (a: Box, b: Box) =>
		Math.max(0, Math.min(a[2], b[2]) - Math.max(a[0], b[0])) *
		Math.max(0, Math.min(a[3], b[3]) - Math.max(a[1], b[1]));
	const cost = (b: Box) =>
		busy.reduce((sum, x) => sum + cover(b, x.box) * x.weight, 0) +
		(taken.some((t) => overlaps(t, b)) ? 1e9 : 0);
	const pick = (w: number, h: number) =>
		corners(w, h).reduce((best, b) => (cost(b) < cost(best) ? b : best));

	const furniture: string[] = [];
	if (locator) {
		const lw = 190;
		const lh = 130;
		const box = pick(lw, lh);
		taken.push([box[0] - 2, box[1] - 2, box[2] + 2, box[3] + 2]);
		furniture.push(locatorSvg(geodata, frame, box, lw, lh));
	}

	// The key: what each mark means, only for marks on this map.
	const keyItems: { mark: string; label: string }[] = [];
	if (occupation)
		keyItems.push({
			mark: `<rect x="0" y="-10" width="18" height="12" fill="${COLORS.occupiedTint}"/><rect x="0" y="-10" width="18" height="12" fill="url(#hatch)" stroke="${COLORS.occupied}" stroke-width="0.6"/>`,
			label: `${localSite().map.occupation?.label ?? m.key_occupied()}, ${formatDay(occupation.date)}`
		});
	if (occupation?.frontline)
		keyItems.push({
			mark: `<path d="M0,-4h18" stroke="${COLORS.frontline}" stroke-width="2.5"/>`,
			label: m.legend_frontline()
		});
	if (s.hasRegions)
		keyItems.push({
			mark: `<rect x="0" y="-10" width="18" height="12" fill="${COLORS.highlight}" stroke="${COLORS.outline}" stroke-width="1"/>`,
			label: m.key_named_step()
		});
	if (s.hasTrips)
		keyItems.push({
			mark: `<path d="M0,-4h14" stroke="${COLORS.trip}" stroke-width="2.5"/><path d="${arrowhead(18, -4, 0, 7)}" fill="${COLORS.trip}"/>`,
			label: m.key_trip()
		});
	if (keyItems.length) {
		const kw = Math.max(...keyItems.map((k) => k.label.length)) * 13 * 0.58 + 40;
		const kh = keyItems.length * 20 + 10;
		const box = pick(kw, kh);
		taken.push(box);
		furniture.push(
			`<g transform="translate(${round(box[0])},${round(box[1])})"><rect width="${round(kw)}" height="${kh}" rx="3" fill="#fff" fill-opacity="0.9" stroke="${COLORS.borderIntl}" stroke-width="0.6"/>` +
				keyItems
					.map(
						(k, i) =>
							`<g transform="translate(8,${i * 20 + 22})">${k.mark}<text x="26" y="0" font-size="13" fill="${COLORS.placeLabel}">${esc(k.label)}</text></g>`
					)
					.join('') +
				'</g>'
		);
	}
	return furniture;
}
