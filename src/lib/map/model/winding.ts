/**
 * Ring winding for d3-geo: the geodata files follow RFC 7946, d3-geo reads rings the other way.
 * https://d3js.org/d3-geo#geoArea
 */
import { geoArea } from 'd3-geo';
import type { Geometry } from 'geojson';

/**
 * d3-geo wants exterior rings clockwise (spherical polygons), RFC 7946 files have them
 * counter-clockwise, so d3 would read them as "the whole globe but this": polygons (or their
 * parts) that cover more than half the sphere get their rings reversed.
 */
export function forD3<G extends Geometry>(g: G): G {
	const rev = (ring: number[][]) => [...ring].reverse();
	const fix = (rings: number[][][]) =>
		geoArea({ type: 'Polygon', coordinates: rings }) > 2 * Math.PI ? rings.map(rev) : rings;
	if (g.type === 'Polygon') return { ...g, coordinates: fix(g.coordinates) };
	if (g.type === 'MultiPolygon') return { ...g, coordinates: g.coordinates.map(fix) };
	return g;
}
