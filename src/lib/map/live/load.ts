/**
 * Loads what the WebGL map needs, lazily: maplibre-gl (with its worker URL fixed for the bundled
 * build), the web font its labels use, and the two shipped topologies.
 * https://maplibre.org/maplibre-gl-js/docs/API/functions/setWorkerUrl/
 */
import { SITE } from '../../site';
import type { RegionGeo, RegionTopology, WorldGeo, WorldTopology } from '../model/geo';

export interface MapKit {
	maplibregl: typeof import('maplibre-gl');
	region: RegionGeo;
	world: WorldGeo;
}

/** True when the browser can make a WebGL context at all. */
export function hasWebGL(): boolean {
	try {
		const canvas = document.createElement('canvas');
		const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
		// Give the probe's context back at once: browsers cap how many a page may hold.
		gl?.getExtension('WEBGL_lose_context')?.loseContext();
		return gl !== null;
	} catch {
		return false;
	}
}

/** `regionUrl` and `worldUrl` point at the shipped static/geo files. */
export async function loadMapKit(regionUrl: string, worldUrl: string): Promise<MapKit> {
	const [maplibregl, worker, geo, regionTopo, worldTopo] = await Promise.all([
		import('maplibre-gl'),
		import('maplibre-gl/dist/maplibre-gl-worker.mjs?url'),
		import('../model/geo'),
		// A story that does not use the regional geodata (site.yaml › map.regional) skips it.
		SITE.map.regional
			? fetch(regionUrl).then((r) => r.json() as Promise<RegionTopology>)
			: Promise.resolve(null),
		fetch(worldUrl).then((r) => r.json() as Promise<WorldTopology>),
		import('maplibre-gl/dist/maplibre-gl.css'),
		document.fonts.load('16px "Noto Sans"')
	]);
	maplibregl.setWorkerUrl(worker.default);
	return {
		maplibregl,
		region: regionTopo ? geo.regionGeo(regionTopo) : geo.emptyRegionGeo(),
		world: geo.worldGeo(worldTopo)
	};
}
