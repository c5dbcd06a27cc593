/**
 * What the legend lists: exactly the symbols the map shows at the moment. `legendEntries` decides
 * from plain inputs (layers switched on, their zoom ranges, the zoom, what the map reports on
 * screen, the flags of the view); `readMapContent` is the small glue that asks the WebGL map for
 * those inputs once it has settled (after `idle`, never on every frame).
 * https://maplibre.org/maplibre-gl-js/docs/API/classes/Map/#queryrenderedfeatures
 */
import { localSite } from '../../i18n/site';
import { m } from '../../paraglide/messages.js';
import { COLORS } from './paint';

/** How an entry's symbol is drawn (MapLegend has one small drawing per kind). */
export type Swatch =
	| { kind: 'hatch' }
	| { kind: 'line'; color: string; width: number }
	| { kind: 'dot'; color: string; r: number }
	| { kind: 'fill'; color: string }
	| { kind: 'dashed'; color: string }
	| { kind: 'arc' };

export interface LegendEntry {
	id:
		| 'focus'
		| 'land'
		| 'sea'
		| 'occupied'
		| 'frontline'
		| 'border'
		| 'units'
		| 'meeting'
		| 'place'
		| 'trip'
		| 'group'
		| 'selected'
		| 'highlight'
		| 'hover';
	/** What the symbol means. */
	label: string;
	/** Its date or what it refers to, in smaller type: a layer's credit, "28 Nov 2025: …". */
	note?: string;
	swatch: Swatch;
}

/** A style layer as the legend needs it. */
export interface LayerState {
	id: string;
	/** MapLibre's zoom range: shown when minzoom ≤ zoom < maxzoom. */
	minzoom?: number;
	maxzoom?: number;
	/** False when its layout `visibility` is `none`. */
	isVisible: boolean;
}

/** What the map has on screen, from queryRenderedFeatures over the whole viewport. */
export interface OnScreen {
	/** Layers with at least one feature drawn in view. */
	layers: string[];
	/** Ranks (features.ts placeRank) of the place dots in view. */
	placeRanks: number[];
	/** Whether the border in view includes the focus country's own (not only other countries'). */
	hasFocusBorder: boolean;
	/** Whether a selected or a highlighted feature is in view. */
	hasSelected: boolean;
	hasHighlighted: boolean;
}

export interface LegendInput {
	/** "2 Dec 2025": the occupied-area snapshot drawn; null when none is. */
	snapshotLabel: string | null;
	/** The WebGL map's layers and zoom; null for the SVG twin, whose one frame shows them all. */
	map: { zoom: number; layers: LayerState[] } | null;
	/** What the map reported on screen after it settled; null when not measured (yet). */
	onScreen: OnScreen | null;
	/** Whether a region or place is selected, an event's places highlighted, trips drawn. */
	hasSelection: boolean;
	hasHighlight: boolean;
	hasTrips: boolean;
	/** The selected region's or place's name, for the entry of the selection's colour. */
	selectionName?: string | null;
	/** How the selection is drawn: a filled region, a place's dot, or a group's outline. */
	selectionShape?: 'fill' | 'dot' | 'outline';
	/** What the highlight shows: "28 Nov 2025: Two sanctioned tankers…" or a plan topic. */
	highlightNote?: string | null;
	/** Whether the selection or the highlight includes a group of regions (a dashed outline). */
	hasGroupOutline?: boolean;
	/** Whether a pointer can hover (not on a touch screen): hovered things turn beige. */
	hasHover?: boolean;
}

/** The layers whose content the legend explains, and which entry each one backs. */
export const LEGEND_LAYERS = [
	'world-land',
	'countries-fill',
	'occupied-hatch',
	'frontline',
	'borders',
	'admin1-lines',
	'places-dot',
	'arcs-line',
	'admin1-fill',
	'seas-fill',
	'groups-outline'
] as const;

/** Whether a layer is switched on and its zoom range includes `zoom`. */
export function isLayerShown(layer: LayerState | undefined, zoom: number): boolean {
	if (!layer?.isVisible) return false;
	return zoom >= (layer.minzoom ?? 0) && zoom < (layer.maxzoom ?? 24);
}

/** The legend's entries, in a fixed order, for what the map shows now. */
export function legendEntries(input: LegendInput): LegendEntry[] {
	const { map, onScreen } = input;
	const drawn = (id: string) =>
		map === null ||
		isLayerShown(
			map.layers.find((l) => l.id === id),
			map.zoom
		);
	// Measured: only what is in view counts. Not measured: whatever is drawn counts.
	const seen = (id: string) => drawn(id) && (onScreen === null || onScreen.layers.includes(id));
	const ranks = (...r: number[]) =>
		drawn('places-dot') && (onScreen === null || onScreen.placeRanks.some((x) => r.includes(x)));
	const out: LegendEntry[] = [];
	const add = (isShown: boolean, entry: LegendEntry) => {
		if (isShown) out.push(entry);
	};
	const { focus, legend, occupation } = localSite().map;
	add(seen('admin1-fill'), {
		id: 'focus',
		label: focus?.name ?? m.legend_regions(),
		note: m.legend_click_region(),
		swatch: { kind: 'fill', color: COLORS.focus }
	});
	add(seen('countries-fill') || seen('world-land'), {
		id: 'land',
		label: m.legend_other_countries(),
		swatch: { kind: 'fill', color: COLORS.land }
	});
	add(seen('seas-fill'), {
		id: 'sea',
		label: m.kind_sea(),
		...(legend.seas ? { note: legend.seas } : {}),
		swatch: { kind: 'fill', color: COLORS.water }
	});
	const snapshot = input.snapshotLabel;
	add(occupation !== null && snapshot !== null && seen('occupied-hatch'), {
		id: 'occupied',
		label: `${occupation?.label ?? ''}${asOf(snapshot ?? '')}`,
		note: occupation?.credit ?? '',
		swatch: { kind: 'hatch' }
	});
	add(occupation !== null && snapshot !== null && seen('frontline'), {
		id: 'frontline',
		label: `${m.legend_frontline()}${asOf(snapshot ?? '')}`,
		note: occupation?.credit ?? '',
		swatch: { kind: 'line', color: COLORS.frontline, width: 2 }
	});
	add(seen('borders') && (onScreen === null || onScreen.hasFocusBorder), {
		id: 'border',
		label: legend.border ?? (focus ? m.legend_border_of({ name: focus.name }) : m.legend_border()),
		swatch: { kind: 'line', color: COLORS.border, width: 1.6 }
	});
	add(seen('admin1-lines'), {
		id: 'units',
		label: legend.units ?? m.legend_units(),
		swatch: { kind: 'line', color: COLORS.admin1Line, width: 1.2 }
	});
	add(ranks(1), {
		id: 'meeting',
		label: m.legend_meeting(),
		swatch: { kind: 'dot', color: COLORS.meeting, r: 5 }
	});
	add(ranks(2, 3), {
		id: 'place',
		label: m.legend_place(),
		swatch: { kind: 'dot', color: COLORS.outline, r: 4 }
	});
	add(input.hasTrips && seen('arcs-line'), {
		id: 'trip',
		label: m.legend_trip(),
		swatch: { kind: 'arc' }
	});
	const isSelectedSeen = input.hasSelection && (onScreen === null || onScreen.hasSelected);
	const isHighlightSeen = input.hasHighlight && (onScreen === null || onScreen.hasHighlighted);
	const shape = input.selectionShape ?? 'fill';
	const selectedLabel = input.selectionName
		? m.selected({ label: input.selectionName })
		: m.legend_selected();
	add(
		(isSelectedSeen && shape === 'outline') || (isHighlightSeen && input.hasGroupOutline === true),
		{
			id: 'group',
			label:
				isSelectedSeen && shape === 'outline'
					? selectedLabel
					: (legend.groups ?? m.legend_groups()),
			...(isSelectedSeen && shape === 'outline' ? { note: m.legend_panel_open() } : {}),
			swatch: { kind: 'dashed', color: COLORS.outline }
		}
	);
	add(isSelectedSeen && shape !== 'outline', {
		id: 'selected',
		label: selectedLabel,
		note: m.legend_panel_open(),
		swatch:
			shape === 'dot'
				? { kind: 'dot', color: COLORS.selected, r: 5 }
				: { kind: 'fill', color: COLORS.selected }
	});
	add(isHighlightSeen, {
		id: 'highlight',
		label: m.legend_highlight(),
		...(input.highlightNote ? { note: input.highlightNote } : {}),
		swatch: { kind: 'fill', color: COLORS.highlight }
	});
	add(input.hasHover === true, {
		id: 'hover',
		label: m.legend_hover(),
		swatch: { kind: 'fill', color: COLORS.hover }
	});
	return out;
}

/**
 * ", as of 2 Dec 2025" for a snapshot named by its date; " before 24 Feb 2022" for one whose label
 * starts with a word ("Before …", "До …"), which already says when.
 */
export function asOf(snapshotLabel: string): string {
	if (!snapshotLabel) return '';
	return /^\p{L}/u.test(snapshotLabel)
		? ` ${snapshotLabel[0]!.toLowerCase()}${snapshotLabel.slice(1)}`
		: m.as_of_date({ date: snapshotLabel });
}

/** The parts of a MapLibre map that readMapContent uses (a fake one will do in tests). */
export interface ContentSource {
	getZoom(): number;
	getLayer(id: string): { minzoom?: number; maxzoom?: number } | undefined;
	getLayoutProperty(id: string, name: string): unknown;
	queryRenderedFeatures(options: { layers: string[] }): {
		layer: { id: string };
		properties: Record<string, unknown>;
		state?: Record<string, unknown>;
	}[];
}

/**
 * Asks a settled map what it shows: its zoom, the legend's layers with their zoom ranges, and
 * (one query over the viewport, only on layers drawn at this zoom) what is in view.
 */
export function readMapContent(map: ContentSource): {
	zoom: number;
	layers: LayerState[];
	onScreen: OnScreen;
} {
	const zoom = map.getZoom();
	const layers: LayerState[] = LEGEND_LAYERS.flatMap((id) => {
		const l = map.getLayer(id);
		if (!l) return [];
		const isVisible = map.getLayoutProperty(id, 'visibility') !== 'none';
		return [{ id, minzoom: l.minzoom, maxzoom: l.maxzoom, isVisible }];
	});
	const query = layers.filter((l) => isLayerShown(l, zoom)).map((l) => l.id);
	const hits = query.length ? map.queryRenderedFeatures({ layers: query }) : [];
	const onScreen: OnScreen = {
		layers: [...new Set(hits.map((h) => h.layer.id))],
		placeRanks: [
			...new Set(
				hits.filter((h) => h.layer.id === 'places-dot').map((h) => Number(h.properties.rank))
			)
		],
		hasFocusBorder: hits.some((h) => h.layer.id === 'borders' && h.properties.kind === 'focus'),
		hasSelected: hits.some((h) => h.state?.selected === true),
		hasHighlighted: hits.some((h) => h.state?.highlight === true)
	};
	return { zoom, layers, onScreen };
}
