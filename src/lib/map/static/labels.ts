/**
 * The names on a step's map, placed greedily so that none overlaps another or the furniture: the
 * step's places first, then its regions, trip captions, reference places (a dot only where its
 * name fits too), seas, countries and, at Ukraine's scale, the other oblasts.
 */
import { featureName, localName } from '../../i18n/lang';
import { geoContains, type GeoPath, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';
import type { Polygon } from 'geojson';
import type { RegionEntry } from '../../data/types';
import type { Arc } from '../model/arcs';
import { shortRegionName } from '../model/features';
import { ANCHORS, FOCUS_ID, GROUPS, type FC, type RegionGeo } from '../model/geo';
import { forD3 } from '../model/winding';
import { COLORS } from '../style/paint';
import { along } from '../twin/tripInset';
import {
	around,
	COUNTRY_OFFSETS,
	esc,
	largestPart,
	overlaps,
	round,
	textBox,
	LINE_HEIGHT,
	TYPE,
	type Candidate,
	type TypeKind
} from './text';
import type { Box, Dot, DrawnLabel, MapScale, StepMapGeodata } from './types';

type Point = { x: number; y: number };

export interface LabelScene {
	geodata: StepMapGeodata;
	regions: readonly RegionEntry[];
	scale: MapScale;
	/** Whether the frame lies inside the regional files' box (their outlines are drawn). */
	regional: boolean;
	region: RegionGeo;
	countries: FC;
	locator: boolean;
	projection: GeoProjection;
	path: GeoPath;
	at: (lng: number, lat: number) => Point | null;
	inFrame: (p: Point | null, m?: number) => p is Point;
	boxInside: (b: Box) => boolean;
	/** The dots kept, the step's own and the reference ones. */
	dots: Dot[];
	shownRegions: string[];
	regionNames: Map<string, string>;
	trips: { arc: Arc; pts: [number, number][] }[];
	/** Boxes already taken; each label placed adds its own. */
	taken: Box[];
}

/** Places every name it can; returns them, their SVG and the dots whose names were placed. */
export function drawLabels(s: LabelScene): { labels: DrawnLabel[]; text: string[]; drawn: Dot[] } {
	const { geodata, scale, regional, region, countries, locator, projection, path } = s;
	const { at, inFrame, boxInside, shownRegions, regionNames, taken } = s;
	const keptDots = s.dots;
	const tripLabels = s.trips;
	const input = { regions: s.regions };
	const labels: DrawnLabel[] = [];
	const text: string[] = [];
	/** Tries spots in order; the first inside the frame and clear of all else wins. */
	const place = (
		id: string,
		label: string,
		kind: DrawnLabel['kind'],
		type: TypeKind,
		spots: Candidate[],
		style: string,
		force = false
	): boolean => {
		let chosen: { c: Candidate; box: Box } | null = null;
		for (const c of spots) {
			const box = textBox(label, c.x, c.y, type, c.anchor);
			if (boxInside(box) && !taken.some((t) => overlaps(t, box))) {
				chosen = { c, box };
				break;
			}
		}
		if (!chosen && force) {
			// Keep it in the frame even if it must touch something.
			for (const c of spots) {
				const box = textBox(label, c.x, c.y, type, c.anchor);
				if (boxInside(box)) {
					chosen = { c, box };
					break;
				}
			}
		}
		if (!chosen) return false;
		taken.push(chosen.box);
		labels.push({ id, text: label, kind, box: chosen.box });
		const [x, y] = [round(chosen.c.x), round(chosen.c.y)];
		const lines = label.split('\n');
		const body =
			lines.length === 1
				? esc(label)
				: lines
						.map((l, i) => `<tspan x="${x}"${i ? ` dy="${LINE_HEIGHT}em"` : ''}>${esc(l)}</tspan>`)
						.join('');
		text.push(`<text x="${x}" y="${y}" text-anchor="${chosen.c.anchor}" ${style}>${body}</text>`);
		return true;
	};
	const style = (type: TypeKind, fill: string, extra = '') =>
		`font-size="${TYPE[type].size}" font-weight="${TYPE[type].weight}" fill="${fill}"${extra}`;

	// 1. The step's places.
	const drawn: Dot[] = [];
	for (const p of keptDots.filter((x) => x.focus)) {
		place(
			p.place.id,
			localName(p.place.name),
			'place',
			'place',
			around(p.x, p.y, TYPE.place.size, p.r),
			style('place', COLORS.placeLabel),
			true
		);
		drawn.push(p);
	}
	// 2. The highlighted regions' names (groups and seas at their anchors, oblasts at their label
	// points).
	const admin1Points = new Map(
		geodata.region.full.admin1Labels.features.map((f) => [
			String(f.properties.id),
			f.geometry.coordinates as [number, number]
		])
	);
	const regionPoint = (id: string) => ANCHORS[id] ?? admin1Points.get(id);
	const groupMembers = new Set(
		input.regions.filter((r) => shownRegions.includes(r.id)).flatMap((r) => r.members ?? [])
	);
	for (const id of shownRegions) {
		const pt = regionPoint(id);
		const xy = pt ? at(pt[0], pt[1]) : null;
		if (!inFrame(xy)) continue;
		const group = GROUPS[id];
		const label = group ? localName(group) : shortRegionName(regionNames.get(id) ?? id);
		place(
			id,
			label,
			'region',
			'region',
			[
				{ x: xy.x, y: xy.y, anchor: 'middle' },
				{ x: xy.x, y: xy.y + 18, anchor: 'middle' },
				{ x: xy.x, y: xy.y - 18, anchor: 'middle' }
			],
			style('region', COLORS.outline, ' letter-spacing="0.3"'),
			true
		);
	}
	// 3. Trip captions: who, then the route.
	for (const t of tripLabels) {
		const spots: Candidate[] = [];
		for (const f of [0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74]) {
			const { x, y } = along(t.pts, f);
			spots.push(
				{ x: x + 10, y: y - 12, anchor: 'start' },
				{ x: x - 10, y: y - 12, anchor: 'end' },
				{ x: x + 10, y: y + 24, anchor: 'start' },
				{ x: x - 10, y: y + 24, anchor: 'end' }
			);
		}
		// On one line where it fits clear of all else, or who above the route; at worst, forced.
		const tripStyle = style('trip', COLORS.trip, ' font-style="italic"');
		const id = `trip-${t.arc.id}`;
		const { who, route } = t.arc;
		if (!place(id, `${who}: ${route}`, 'trip', 'trip', spots, tripStyle))
			place(id, `${who}:\n${route}`, 'trip', 'trip', spots, tripStyle, true);
	}
	// 4. Reference places: a dot only where its name fits too.
	for (const p of keptDots.filter((x) => !x.focus)) {
		const ok = place(
			p.place.id,
			localName(p.place.name),
			'context',
			'context',
			around(p.x, p.y, TYPE.context.size, p.r),
			style('context', COLORS.placeLabel)
		);
		if (ok) drawn.push(p);
	}
	// 5. Seas.
	const seaSpots: { id: string; name: string; at: [number, number][] }[] =
		scale === 'region' && regional
			? region.seas.features
					.filter((f) => f.properties.id !== 'kerch-strait')
					.map((f) => ({
						id: String(f.properties.id),
						name: featureName(f.properties),
						at: [ANCHORS[String(f.properties.id)]!]
					}))
			: geodata.labels.seas.map((sea) => ({
					...sea,
					name: localName({ en: sea.name, uk: sea.uk })
				}));
	for (const s of seaSpots) {
		if (shownRegions.includes(s.id)) continue;
		const spots = s.at
			.map(([lng, lat]) => at(lng, lat))
			.filter((p) => inFrame(p))
			.map((p) => ({ x: p!.x, y: p!.y, anchor: 'middle' as const }));
		place(
			`sea-${s.id}`,
			s.name,
			'sea',
			'sea',
			spots,
			style('sea', COLORS.seaLabel, ' font-style="italic" letter-spacing="0.5"')
		);
	}
	// 6. Country names, largest first, where the name fits inside the country.
	const named: { id: string; name: string; area: number; x: number; y: number; shape: Polygon }[] =
		[];
	for (const f of countries.features) {
		const id = String(f.properties.id);
		if (scale === 'region' && id === FOCUS_ID && !locator) continue;
		const part = largestPart(f.geometry, path);
		if (!part) continue;
		const fixed = forD3(part);
		const area = path.area(fixed as GeoPermissibleObjects);
		if (area < 1500) continue;
		const [cx, cy] = path.centroid(fixed as GeoPermissibleObjects);
		const back = projection.invert!([cx, cy]);
		if (!back || !geoContains(fixed as GeoPermissibleObjects, back)) continue;
		named.push({ id, name: featureName(f.properties), area, x: cx, y: cy, shape: fixed });
	}
	named.sort((a, b) => b.area - a.area);
	// A country's name goes only where it lies on the country: its ends and middle on land.
	const onLand = (shape: Polygon, box: Box) =>
		[0.02, 0.25, 0.5, 0.75, 0.98].every((t) => {
			const back = projection.invert!([box[0] + (box[2] - box[0]) * t, (box[1] + box[3]) / 2]);
			return !!back && geoContains(shape as GeoPermissibleObjects, back);
		});
	for (const c of named) {
		const label = c.name.toUpperCase();
		// Around the centre of the part in view, nearest first.
		const spots: Candidate[] = [];
		for (const [dx, dy] of COUNTRY_OFFSETS) {
			const spot = { x: c.x + dx, y: c.y + 5 + dy, anchor: 'middle' as const };
			if (onLand(c.shape, textBox(label, spot.x, spot.y, 'country', 'middle'))) spots.push(spot);
		}
		if (spots.length === 0) continue;
		place(
			`country-${c.id}`,
			label,
			'country',
			'country',
			spots,
			style('country', '#7d8590', ' letter-spacing="1.2"')
		);
	}
	// 7. At Ukraine's scale, the other oblasts' names, small, where they fit.
	if (scale === 'region' && !locator) {
		for (const [id, [lng, lat]] of admin1Points) {
			if (['UA-30', 'UA-40', 'UA-43'].includes(id)) continue;
			if (shownRegions.includes(id) || groupMembers.has(id)) continue;
			const xy = at(lng, lat);
			if (!inFrame(xy)) continue;
			place(
				`admin1-${id}`,
				shortRegionName(regionNames.get(id) ?? id),
				'region',
				'admin1',
				[{ x: xy.x, y: xy.y + 4, anchor: 'middle' }],
				style('admin1', COLORS.label)
			);
		}
	}
	return { labels, text, drawn };
}
