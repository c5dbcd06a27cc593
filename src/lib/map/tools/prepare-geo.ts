/**
 * Builds the geodata the map ships (static/geo/) from the shared boundary files: one TopoJSON for
 * the regional view (countries, oblasts, occupied area, front line, seas, label points) and one for
 * the world view. Shared edges are stored once, which is what keeps the first map view small.
 *
 * Usage: npx tsx src/lib/map/tools/prepare-geo.ts [source folder, default ../shared/geo]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { topology } from 'topojson-server';

const src = process.argv[2] ?? '../shared/geo';
const out = 'static/geo';

type Props = Record<string, unknown>;
const read = (name: string) =>
	JSON.parse(readFileSync(join(src, name), 'utf8')) as FeatureCollection<Geometry, Props>;

/** Keeps only the named properties, renamed as given (`{ to: from }`). */
function pick(fc: FeatureCollection<Geometry, Props>, keys: Record<string, string>) {
	return {
		type: 'FeatureCollection' as const,
		features: fc.features.map((f): Feature<Geometry, Props> => ({
			type: 'Feature',
			geometry: f.geometry,
			properties: Object.fromEntries(
				Object.entries(keys).map(([to, from]) => [to, f.properties[from] ?? null])
			)
		}))
	};
}

const region = topology(
	{
		countries: pick(read('countries.geojson'), { id: 'iso_a3', en: 'name_en', uk: 'name_uk' }),
		admin1: pick(read('ukraine-admin1.geojson'), {
			id: 'id',
			en: 'name_en',
			uk: 'name_uk',
			type: 'type'
		}),
		labels: pick(read('ukraine-admin1-labels.geojson'), { id: 'id' }),
		occupied: pick(read('occupied.geojson'), { snapshot: 'snapshot', date: 'date' }),
		frontline: pick(read('frontline.geojson'), { snapshot: 'snapshot', date: 'date' }),
		seas: pick(read('seas.geojson'), { id: 'id', en: 'name_en', uk: 'name_uk' })
	},
	1e5
);
writeFileSync(join(out, 'region.topo.json'), JSON.stringify(region));

const world = topology(
	{ countries: pick(read('world-countries.geojson'), { id: 'iso_a3', en: 'name_en' }) },
	2e4
);
writeFileSync(join(out, 'world.topo.json'), JSON.stringify(world));
console.log('wrote', join(out, 'region.topo.json'), join(out, 'world.topo.json'));
