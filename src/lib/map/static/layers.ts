/**
 * The layers of a step's map, bottom to top: water, land, the story's admin units, its regions, the
 * occupied area, then the lines (oblasts, borders, outlines, the front line).
 */
import { localName } from '../../i18n/lang';
import type { GeoPath, GeoPermissibleObjects } from 'd3-geo';
import type { Geometry } from 'geojson';
import type { RegionEntry } from '../../data/types';
import type { FC, RegionGeo } from '../model/geo';
import { SITE } from '../../site';
import { FOCUS_ID } from '../model/geo';
import { forD3 } from '../model/winding';
import { COLORS } from '../style/paint';
import type { MapScale, StepMap, StepMapFocus } from './types';

export interface LayerScene {
	W: number;
	H: number;
	path: GeoPath;
	scale: MapScale;
	/** Whether the frame lies inside the regional files' box (their outlines are drawn). */
	regional: boolean;
	region: RegionGeo;
	world: { world: FC; land: Geometry };
	countries: FC;
	focus: StepMapFocus;
	regions: readonly RegionEntry[];
}

/** The layers as SVG, and what of the step they show. */
export function drawLayers(s: LayerScene) {
	const { W, H, path, scale, regional, region, world, countries, focus } = s;
	const input = { regions: s.regions };
	const d = (g: Geometry) => path(forD3(g) as GeoPermissibleObjects) ?? '';
	const out: string[] = [];
	out.push(`<rect width="${W}" height="${H}" fill="${COLORS.water}"/>`);
	const others = countries.features.filter((f) => f.properties.id !== FOCUS_ID);
	if (!regional) out.push(`<path d="${d(world.land)}" fill="${COLORS.land}"/>`);
	else out.push(`<path d="${others.map((f) => d(f.geometry)).join('')}" fill="${COLORS.land}"/>`);
	if (SITE.map.regional)
		out.push(
			`<path d="${region.admin1.features.map((f) => d(f.geometry)).join('')}" fill="${COLORS.focus}"/>`
		);

	// Highlighted regions: admin units, groups (in the main story Donbas, Crimea) and seas.
	const regionShapes = new Map<string, Geometry>();
	for (const f of [...region.admin1.features, ...region.groups.features, ...region.seas.features])
		regionShapes.set(String(f.properties.id), f.geometry);
	const regionNames = new Map(input.regions.map((r) => [r.id, localName(r.name)]));
	const shownRegions = focus.regions.filter((id) => {
		const g = regionShapes.get(id);
		return g !== undefined && d(g) !== '';
	});
	const hl = shownRegions.map((id) => d(regionShapes.get(id)!)).join('');
	if (hl) out.push(`<path d="${hl}" fill="${COLORS.highlight}"/>`);

	// The occupied area and the front line of the step's snapshot.
	let occupation: StepMap['occupation'] = null;
	if (focus.occupation) {
		const occ = region.occupied.features.find((f) => f.properties.snapshot === focus.occupation);
		// Named in the key and the caption only where some of it is in the frame.
		if (occ && path.area(forD3(occ.geometry) as GeoPermissibleObjects) > 40) {
			const od = d(occ.geometry);
			out.push(`<path d="${od}" fill="${COLORS.occupiedTint}"/>`);
			out.push(`<path d="${od}" fill="url(#hatch)"/>`);
			occupation = {
				snapshot: focus.occupation,
				date: String(occ.properties.date ?? focus.occupation),
				frontline: false
			};
		}
	}

	// Lines: oblasts, borders, highlighted outlines, the front line.
	if (scale !== 'world')
		out.push(
			`<path d="${d(region.admin1Lines.features[0]!.geometry)}" fill="none" stroke="${COLORS.admin1Line}" stroke-width="${scale === 'region' ? 0.9 : 0.5}"/>`
		);
	const countryLines = regional
		? d(region.borders.features[1]!.geometry)
		: others.map((f) => d(f.geometry)).join('');
	out.push(
		`<path d="${countryLines}" fill="none" stroke="${COLORS.borderIntl}" stroke-width="0.7"/>`
	);
	out.push(
		`<path d="${d(region.borders.features[0]!.geometry)}" fill="none" stroke="${COLORS.border}" stroke-width="${scale === 'world' ? 0.9 : 1.4}"/>`
	);
	if (hl)
		out.push(
			`<path d="${hl}" fill="none" stroke="${COLORS.outline}" stroke-width="${scale === 'region' ? 1.8 : 1.2}"/>`
		);
	if (occupation && focus.frontline) {
		const line = region.frontline.features.find((f) => f.properties.snapshot === focus.occupation);
		if (line) {
			out.push(
				`<path d="${d(line.geometry)}" fill="none" stroke="${COLORS.frontline}" stroke-width="2"/>`
			);
			occupation.frontline = true;
		}
	}
	return { out, shownRegions, regionShapes, regionNames, occupation };
}
