import { describe, expect, it } from 'vitest';
import {
	asOf,
	isLayerShown,
	LEGEND_LAYERS,
	legendEntries,
	readMapContent,
	type ContentSource,
	type LayerState,
	type LegendInput,
	type OnScreen
} from '../../../../src/lib/map/style/legend';

/** Every legend layer switched on; the oblast lines from zoom 3.5, as in style/layers.ts. */
const LAYERS: LayerState[] = LEGEND_LAYERS.map((id) => ({
	id,
	isVisible: true,
	...(id === 'admin1-lines' ? { minzoom: 3.5 } : {})
}));

/** What the default view of Ukraine has on screen. */
const UKRAINE: OnScreen = {
	layers: ['occupied-hatch', 'frontline', 'borders', 'admin1-lines', 'places-dot'],
	placeRanks: [1, 2, 3],
	hasFocusBorder: true,
	hasSelected: false,
	hasHighlighted: false
};

const base: LegendInput = {
	snapshotLabel: '2 Dec 2025',
	map: { zoom: 5.2, layers: LAYERS },
	onScreen: UKRAINE,
	hasSelection: false,
	hasHighlight: false,
	hasTrips: false
};

const ids = (input: Partial<LegendInput>) => legendEntries({ ...base, ...input }).map((e) => e.id);

describe('legendEntries(input)', () => {
	const cases: { name: string; input: Partial<LegendInput>; expected: string[] }[] = [
		{
			name: 'lists the usual symbols for the view of Ukraine',
			input: {},
			expected: ['occupied', 'frontline', 'border', 'units', 'meeting', 'place']
		},
		{
			name: 'drops the oblast lines below their minzoom, though the map still holds them',
			input: { map: { zoom: 3.2, layers: LAYERS } },
			expected: ['occupied', 'frontline', 'border', 'meeting', 'place']
		},
		{
			name: 'drops a layer switched off with visibility none',
			input: {
				map: {
					zoom: 5.2,
					layers: LAYERS.map((l) => (l.id === 'frontline' ? { ...l, isVisible: false } : l))
				}
			},
			expected: ['occupied', 'border', 'units', 'meeting', 'place']
		},
		{
			name: 'lists only what is on screen, zoomed in on Geneva',
			input: {
				map: { zoom: 8, layers: LAYERS },
				onScreen: {
					...UKRAINE,
					layers: ['places-dot', 'borders'],
					placeRanks: [1],
					hasFocusBorder: false
				}
			},
			expected: ['meeting']
		},
		{
			name: 'shows no occupied area or front line when the step draws no snapshot',
			input: { snapshotLabel: null },
			expected: ['border', 'units', 'meeting', 'place']
		},
		{
			name: 'adds the trip when arcs are drawn and in view',
			input: {
				hasTrips: true,
				onScreen: { ...UKRAINE, layers: [...UKRAINE.layers, 'arcs-line'] }
			},
			expected: ['occupied', 'frontline', 'border', 'units', 'meeting', 'place', 'trip']
		},
		{
			name: 'leaves the trip out while the map has not drawn it in view',
			input: { hasTrips: true },
			expected: ['occupied', 'frontline', 'border', 'units', 'meeting', 'place']
		},
		{
			name: 'adds selected and highlighted only when they are in view',
			input: {
				hasSelection: true,
				hasHighlight: true,
				onScreen: { ...UKRAINE, hasSelected: true, hasHighlighted: false }
			},
			expected: ['occupied', 'frontline', 'border', 'units', 'meeting', 'place', 'selected']
		},
		{
			name: 'lists every symbol the SVG twin draws, as its one frame shows them all',
			input: { map: null, onScreen: null, hasTrips: true, hasSelection: true },
			expected: [
				'focus',
				'land',
				'sea',
				'occupied',
				'frontline',
				'border',
				'units',
				'meeting',
				'place',
				'trip',
				'selected'
			]
		},
		{
			name: 'trusts the zoom alone before the map has reported what is on screen',
			input: { map: { zoom: 2, layers: LAYERS }, onScreen: null },
			expected: ['focus', 'land', 'sea', 'occupied', 'frontline', 'border', 'meeting', 'place']
		}
	];
	for (const c of cases) it(c.name, () => expect(ids(c.input)).toEqual(c.expected));

	it('gives the occupied area’s “as of” date in its label', () => {
		expect(legendEntries(base)[0]).toMatchObject({
			id: 'occupied',
			label: 'Occupied by Russia, as of 2 Dec 2025',
			swatch: { kind: 'hatch' }
		});
	});
	it('explains the fills in view: Ukraine, other countries, the seas', () => {
		const entries = legendEntries({
			...base,
			onScreen: { ...UKRAINE, layers: [...UKRAINE.layers, 'admin1-fill', 'countries-fill'] }
		});
		expect(entries.slice(0, 2).map((e) => [e.id, e.label])).toEqual([
			['focus', 'Ukraine'],
			['land', 'Other countries']
		]);
		expect(entries.map((e) => e.id)).not.toContain('sea');
	});
	it('says what is selected, drawn as the map draws it: a fill, a dot or an outline', () => {
		const at = { ...UKRAINE, hasSelected: true };
		const entry = (shape: 'fill' | 'dot' | 'outline') =>
			legendEntries({
				...base,
				onScreen: at,
				hasSelection: true,
				selectionName: 'Black Sea',
				selectionShape: shape
			}).filter((e) => e.id === 'selected' || e.id === 'group');
		expect(entry('fill')).toMatchObject([
			{ id: 'selected', label: 'Selected: Black Sea', swatch: { kind: 'fill' } }
		]);
		expect(entry('dot')).toMatchObject([{ id: 'selected', swatch: { kind: 'dot' } }]);
		expect(entry('outline')).toMatchObject([
			{ id: 'group', label: 'Selected: Black Sea', swatch: { kind: 'dashed' } }
		]);
	});
	it('dates the highlight with the event it comes from, and explains the hover colour', () => {
		const entries = legendEntries({
			...base,
			onScreen: { ...UKRAINE, hasHighlighted: true },
			hasHighlight: true,
			highlightNote: '2 Dec 2025: Putin threatens to cut Ukraine off from the sea',
			hasHover: true
		});
		expect(entries.find((e) => e.id === 'highlight')?.note).toBe(
			'2 Dec 2025: Putin threatens to cut Ukraine off from the sea'
		);
		expect(entries.at(-1)?.id).toBe('hover');
	});
	it('words the snapshot before the full-scale invasion as a date', () => {
		expect(asOf('2 Dec 2025')).toBe(', as of 2 Dec 2025');
		expect(asOf('Before 24 Feb 2022')).toBe(' before 24 Feb 2022');
		expect(legendEntries({ ...base, snapshotLabel: 'Before 24 Feb 2022' })[0]?.label).toBe(
			'Occupied by Russia before 24 Feb 2022'
		);
	});
	it('does not explain Ukraine’s border when only other borders are in view', () => {
		expect(ids({ onScreen: { ...UKRAINE, hasFocusBorder: false } })).not.toContain('border');
	});
});

describe('isLayerShown(layer, zoom)', () => {
	const cases = [
		{ layer: { id: 'a', isVisible: true }, zoom: 0, expected: true },
		{ layer: { id: 'a', isVisible: false }, zoom: 5, expected: false },
		{ layer: { id: 'a', isVisible: true, minzoom: 3.5 }, zoom: 3.5, expected: true },
		{ layer: { id: 'a', isVisible: true, minzoom: 3.5 }, zoom: 3.49, expected: false },
		{ layer: { id: 'a', isVisible: true, maxzoom: 6 }, zoom: 6, expected: false },
		{ layer: undefined, zoom: 5, expected: false }
	];
	for (const c of cases)
		it(`is ${c.expected} for ${JSON.stringify(c.layer)} at zoom ${c.zoom}`, () =>
			expect(isLayerShown(c.layer, c.zoom)).toBe(c.expected));
});

describe('readMapContent(map)', () => {
	/** A fake map: its layers, and the features it would report for each. */
	function fakeMap(zoom: number, hidden: string[] = []) {
		const asked: string[][] = [];
		const features = [
			{ layer: { id: 'places-dot' }, properties: { rank: 1 }, state: {} },
			{ layer: { id: 'places-dot' }, properties: { rank: 3 }, state: { highlight: true } },
			{ layer: { id: 'borders' }, properties: { kind: 'intl' } },
			{ layer: { id: 'admin1-lines' }, properties: {} },
			{ layer: { id: 'admin1-fill' }, properties: {}, state: { selected: true } }
		];
		const map: ContentSource = {
			getZoom: () => zoom,
			getLayer: (id) =>
				id === 'arcs-line' ? undefined : { minzoom: id === 'admin1-lines' ? 3.5 : 0, maxzoom: 24 },
			getLayoutProperty: (id) => (hidden.includes(id) ? 'none' : 'visible'),
			queryRenderedFeatures: ({ layers }) => {
				asked.push(layers);
				return features.filter((f) => layers.includes(f.layer.id));
			}
		};
		return { map, asked };
	}

	it('reports the zoom, the layers with their zoom range, and what is on screen', () => {
		const { map } = fakeMap(5);
		const content = readMapContent(map);
		expect(content.zoom).toBe(5);
		expect(content.layers.find((l) => l.id === 'admin1-lines')).toEqual({
			id: 'admin1-lines',
			minzoom: 3.5,
			maxzoom: 24,
			isVisible: true
		});
		expect(content.onScreen).toEqual({
			layers: ['places-dot', 'borders', 'admin1-lines', 'admin1-fill'],
			placeRanks: [1, 3],
			hasFocusBorder: false,
			hasSelected: true,
			hasHighlighted: true
		});
	});
	it('queries once, and only layers that exist, are switched on and drawn at this zoom', () => {
		const { map, asked } = fakeMap(3, ['frontline']);
		readMapContent(map);
		expect(asked).toHaveLength(1);
		expect(asked[0]).not.toContain('admin1-lines');
		expect(asked[0]).not.toContain('frontline');
		expect(asked[0]).not.toContain('arcs-line');
		expect(asked[0]).toContain('places-dot');
	});
});
