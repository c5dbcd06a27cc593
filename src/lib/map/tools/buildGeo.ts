/**
 * Builds the map files in static/geo/ from the GeoJSON inputs a content folder names in its
 * `geo.yaml`: each map file is one TopoJSON whose objects are the named layers, each feature
 * stripped to the properties the map uses. Shared edges are stored once, which is what keeps the
 * first map view small. No geometry is changed: the inputs are only re-encoded (coordinates
 * quantised). The same inputs always give the same bytes.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { topology } from 'topojson-server';
import { parse } from 'yaml';
import type { z } from 'zod';
import { GeoConfig } from '../../data/schema/geo';

export type GeoConfig = z.infer<typeof GeoConfig>;
type Props = Record<string, unknown>;

/** The content folder's geo.yaml, checked; null when the folder has none. */
export function readGeoConfig(dir: string): GeoConfig | null {
	const path = join(dir, 'geo.yaml');
	if (!existsSync(path)) return null;
	const parsed = GeoConfig.safeParse(parse(readFileSync(path, 'utf8')));
	if (!parsed.success) {
		const lines = parsed.error.issues.map((i) => `${path} › ${i.path.join('.')}: ${i.message}`);
		throw new Error(lines.join('\n'));
	}
	return parsed.data;
}

/** Reads one input, gunzipping a `.gz` file. */
function readInput(path: string): FeatureCollection<Geometry, Props> {
	const bytes = readFileSync(path);
	const text = (path.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
	return JSON.parse(text) as FeatureCollection<Geometry, Props>;
}

/** Keeps only the named properties, renamed as given (`{ to: from }`), in that order. */
function pick(fc: FeatureCollection<Geometry, Props>, keys: Record<string, string>) {
	return {
		type: 'FeatureCollection' as const,
		features: fc.features.map((f): Feature<Geometry, Props> => ({
			type: 'Feature',
			geometry: f.geometry,
			properties: Object.fromEntries(
				Object.entries(keys).map(([to, from]) => [to, f.properties?.[from] ?? null])
			)
		}))
	};
}

/** Every map file of the config, by file name, as the text written to static/geo/. */
export function buildGeo(dir: string, config: GeoConfig): Map<string, string> {
	const inputs = join(dir, config.inputs);
	const cache = new Map<string, FeatureCollection<Geometry, Props>>();
	const input = (name: string) => {
		if (!cache.has(name)) cache.set(name, readInput(join(inputs, name)));
		return cache.get(name)!;
	};
	const out = new Map<string, string>();
	for (const map of config.maps) {
		const objects = Object.fromEntries(
			Object.entries(map.layers).map(([name, layer]) => [
				name,
				pick(input(layer.from), layer.properties)
			])
		);
		out.set(map.file, JSON.stringify(topology(objects, map.quantization)));
	}
	return out;
}
