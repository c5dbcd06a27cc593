/**
 * The shipped geodata (static/geo/*.topo.json, see static/geo/SOURCES.md) turned into the GeoJSON
 * the map layers and the SVG twin draw. Lines (borders, oblast lines) are meshed from the topology
 * here, so they are not shipped twice.
 */
import type {
	Feature,
	FeatureCollection,
	Geometry,
	LineString,
	MultiLineString,
	Point
} from 'geojson';
import { feature, merge, mesh } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import { SITE } from '../../site';
import { FOCUS_ID } from './focus';
import { featureName } from '../../i18n/lang';
import { shortRegionName } from './features';

export type Props = Record<string, string | number | boolean | null>;
export type FC<G extends Geometry = Geometry> = FeatureCollection<G, Props>;

/** The regional view's box: the regional files cover exactly this, degrees [[W, S], [E, N]]. */
export const REGION_BOX: [[number, number], [number, number]] = [
	[20, 40],
	[45, 58]
];

/** Where group and sea names sit (lng, lat): inside the area, clear of the admin units' labels. */
export const ANCHORS: Record<string, [number, number]> = SITE.map.anchors;

/** Groups drawn on the map as one outline: id → member admin units (regions.yaml's groups). */
export const GROUPS: Record<string, { members: string[]; en: string; uk: string }> =
	Object.fromEntries(SITE.groups.map((g) => [g.id, g]));

// In a module of its own, so that the live map's style can name it without this module's
// topology code.
export { FOCUS_ID };

export interface RegionGeo {
	countries: FC;
	admin1: FC;
	groups: FC;
	/** One point per admin unit, for its label. */
	admin1Labels: FC<Point>;
	/** One point per group and sea, for its (clickable) label. */
	areaLabels: FC<Point>;
	occupied: FC;
	frontline: FC;
	seas: FC;
	/** Land borders; `kind` = focus (the focus country's own) | international. */
	borders: FC<MultiLineString>;
	admin1Lines: FC<MultiLineString>;
}

type Objects = 'countries' | 'admin1' | 'labels' | 'occupied' | 'frontline' | 'seas';
export type RegionTopology = Topology<Record<Objects, GeometryCollection<Props>>>;
export type WorldTopology = Topology<Record<'countries', GeometryCollection<Props>>>;

const fc = <G extends Geometry>(features: Feature<G, Props>[]): FC<G> => ({
	type: 'FeatureCollection',
	features
});

const pid = (g: { properties?: unknown }) => (g.properties as Props | undefined)?.id;

function collection(topo: Topology, name: string): FC {
	return feature(topo, topo.objects[name] as GeometryCollection<Props>) as FC;
}

export function regionGeo(topo: RegionTopology): RegionGeo {
	const admin1 = collection(topo, 'admin1');
	// Labels in the page's language: a regionGeo is made per edition, never shared between them.
	const names = new Map(admin1.features.map((f) => [f.properties.id, featureName(f.properties)]));
	const geoms = topo.objects.admin1.geometries as GeometryObject<Props>[];
	const groups = Object.entries(GROUPS).map(([id, g]): Feature<Geometry, Props> => ({
		type: 'Feature',
		id,
		properties: { id, en: g.en, uk: g.uk },
		geometry: merge(topo, geoms.filter((x) => g.members.includes(String(pid(x)))) as never)
	}));
	const seas = collection(topo, 'seas');
	const countries = topo.objects.countries;
	const borders = [
		mesh(topo, countries, (a, b) => a !== b && (pid(a) === FOCUS_ID || pid(b) === FOCUS_ID)),
		mesh(topo, countries, (a, b) => a !== b && pid(a) !== FOCUS_ID && pid(b) !== FOCUS_ID)
	];
	return {
		countries: collection(topo, 'countries'),
		admin1,
		groups: fc(groups),
		admin1Labels: fc(
			(collection(topo, 'labels').features as Feature<Point, Props>[]).map((f) => ({
				...f,
				properties: {
					id: f.properties.id ?? null,
					label: shortRegionName(String(names.get(f.properties.id) ?? ''))
				}
			}))
		),
		areaLabels: fc(
			[
				...groups.map((g) => ({
					id: String(g.id),
					label: featureName(g.properties),
					kind: 'group'
				})),
				...seas.features.map((s) => ({
					id: String(s.properties.id),
					label: featureName(s.properties),
					kind: 'sea'
				}))
			].map(({ id, label, kind }) => ({
				type: 'Feature',
				properties: { id, label, kind },
				geometry: { type: 'Point', coordinates: ANCHORS[id] ?? [0, 0] }
			}))
		),
		occupied: collection(topo, 'occupied'),
		frontline: collection(topo, 'frontline'),
		seas,
		borders: fc(
			borders.map((geometry, i) => ({
				type: 'Feature',
				properties: { kind: i === 0 ? 'focus' : 'international' },
				geometry
			}))
		),
		admin1Lines: fc([
			{
				type: 'Feature',
				properties: { kind: 'admin1' },
				geometry: mesh(topo, topo.objects.admin1, (a, b) => a !== b)
			}
		])
	};
}

const inBox = ([x, y]: number[]) =>
	x! > REGION_BOX[0][0] && x! < REGION_BOX[1][0] && y! > REGION_BOX[0][1] && y! < REGION_BOX[1][1];

/** Keeps the parts of lines that lie outside the regional box (the regional files draw inside). */
export function outsideBox(lines: MultiLineString): MultiLineString {
	const out: number[][][] = [];
	for (const line of lines.coordinates) {
		let run: number[][] = [];
		for (const p of line) {
			if (inBox(p)) {
				if (run.length > 1) out.push(run);
				run = [];
			} else run.push(p);
		}
		if (run.length > 1) out.push(run);
	}
	return { type: 'MultiLineString', coordinates: out };
}

export interface WorldGeo {
	countries: FC;
	borders: FC<MultiLineString | LineString>;
}

export function worldGeo(topo: WorldTopology): WorldGeo {
	const lines = mesh(topo, topo.objects.countries, (a, b) => a !== b);
	return {
		countries: collection(topo, 'countries'),
		borders: fc([
			{
				type: 'Feature',
				properties: {},
				// Where the regional files apply, they draw the borders inside their box.
				geometry: SITE.map.regional ? outsideBox(lines) : lines
			}
		])
	};
}

/** No regional layers: for a story whose site.yaml does not use the regional geodata. */
export function emptyRegionGeo(): RegionGeo {
	const none = () => fc<never>([]);
	return {
		countries: none(),
		admin1: none(),
		groups: none(),
		admin1Labels: none(),
		areaLabels: none(),
		occupied: none(),
		frontline: none(),
		seas: none(),
		borders: none(),
		admin1Lines: none()
	};
}

/** Fetches a shipped TopoJSON file (`path` relative to the site's assets). */
export async function fetchTopology<T>(fetcher: typeof fetch, url: string): Promise<T> {
	const res = await fetcher(url);
	if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
	return (await res.json()) as T;
}
