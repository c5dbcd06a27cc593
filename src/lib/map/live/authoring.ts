/**
 * What the map's author aids copy (AuthorAids.svelte, in `npm run dev` only): the current view as
 * a story step's `camera`, and a clicked point as a place entry, both as YAML to paste into the
 * content files. A step's camera is the view's centre and zoom (story/steps.ts stepFit turns them
 * back into the same view on any frame at least as wide as 512 px).
 */

/** Degrees to 2 decimals (about a kilometre), zoom to 1: what an author can read and tune. */
const deg = (x: number) => Number(x.toFixed(2));
const oneDecimal = (x: number) => Number(x.toFixed(1));

/** The current view as a step's `camera` line. */
export function cameraYaml(center: { lng: number; lat: number }, zoom: number): string {
	// Longitudes past the antimeridian (a map panned round the world) are brought back to ±180.
	const lng = ((((center.lng + 180) % 360) + 360) % 360) - 180;
	return `camera: {center: [${deg(lng)}, ${deg(center.lat)}], zoom: ${oneDecimal(zoom)}}`;
}

/**
 * A point as an entry for places.yaml: the fields the schema requires. The author still fills in
 * the id, the names, the kinds and where the coordinates come from; the country is left as `??`,
 * which check:data rejects, so that a half-made entry cannot slip into a build.
 */
export function placeYaml(point: { lng: number; lat: number }): string {
	const lng = ((((point.lng + 180) % 360) + 360) % 360) - 180;
	return [
		'  - id: new-place',
		'    name:',
		'      en: New place',
		'    country: ??',
		`    lng: ${lng.toFixed(5)}`,
		`    lat: ${point.lat.toFixed(5)}`,
		'    kinds: []',
		'    coordinateSource: ??'
	].join('\n');
}
