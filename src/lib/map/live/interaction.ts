/**
 * The reader's hands on the WebGL map: hover, click (a finger picks by pick.ts's rules) and the
 * view after every move, reported as the story's regions and places.
 * https://maplibre.org/maplibre-gl-js/docs/API/classes/Map/#queryrenderedfeatures
 */
import type { Map as MapLibreMap, MapGeoJSONFeature } from 'maplibre-gl';
import type { RegionEntry } from '../../data/types';
import type { Bounds } from '../model/camera';
import type { MapTarget } from '../model/features';
import { CLICKABLE } from '../style/style';
import { fingerBox, nearestWithin } from './pick';

export interface Interaction {
	/** The story's regions, read when a feature is picked. */
	regions: () => RegionEntry[];
	onselect: (target: MapTarget) => void;
	onhover: (target: MapTarget | null) => void;
	/** After every move, and once when ready (`isFirst`): the visible bounds (degrees), zoom. */
	onview: (view: { bounds: Bounds; zoom: number; isFirst: boolean }) => void;
}

/** A clicked or hovered feature as a region or place of the story. */
export function targetOf(f: MapGeoJSONFeature, regions: readonly RegionEntry[]): MapTarget | null {
	const id = String(f.properties.id ?? f.id ?? '');
	if (f.source === 'places') return { kind: 'place', id };
	return regions.some((r) => r.id === id) ? { kind: 'region', id } : null;
}

export function wireInteraction(m: MapLibreMap, on: Interaction) {
	const target = (f: MapGeoJSONFeature) => targetOf(f, on.regions());
	let hoverKey: string | null = null;
	// Whether the last press came from a finger: a tap then picks by pick.ts's rules.
	let isTouch = false;
	m.getCanvasContainer().addEventListener(
		'pointerdown',
		(e) => (isTouch = e.pointerType === 'touch'),
		{ passive: true }
	);
	const pickByFinger = (point: { x: number; y: number }): MapTarget | null => {
		const dots = m.getLayer('places-dot')
			? m.queryRenderedFeatures(fingerBox(point), { layers: ['places-dot'] })
			: [];
		const markers = dots.flatMap((f) => {
			if (f.geometry.type !== 'Point') return [];
			const [lng, lat] = f.geometry.coordinates as [number, number];
			const at = m.project([lng, lat]);
			return [{ id: String(f.properties.id ?? ''), x: at.x, y: at.y }];
		});
		const id = nearestWithin(point, markers);
		if (id) return { kind: 'place', id };
		const layers = ['admin1-fill', 'seas-fill'].filter((l) => m.getLayer(l));
		for (const f of m.queryRenderedFeatures([point.x, point.y], { layers })) {
			const t = target(f);
			if (t) return t;
		}
		return null;
	};
	const pick = (point: { x: number; y: number }) => {
		const layers = CLICKABLE.filter((l) => m.getLayer(l));
		const hits = m.queryRenderedFeatures([point.x, point.y], { layers });
		hits.sort((a, b) => CLICKABLE.indexOf(a.layer.id) - CLICKABLE.indexOf(b.layer.id));
		for (const f of hits) {
			const t = target(f);
			if (t) return t;
		}
		return null;
	};
	m.on('mousemove', (e) => {
		const t = pick(e.point);
		const key = t ? `${t.kind}:${t.id}` : null;
		m.getCanvas().style.cursor = t ? 'pointer' : '';
		if (key !== hoverKey) {
			hoverKey = key;
			on.onhover(t);
		}
	});
	m.on('mouseout', () => {
		hoverKey = null;
		on.onhover(null);
	});
	m.on('click', (e) => {
		const t = isTouch ? pickByFinger(e.point) : pick(e.point);
		if (t) on.onselect(t);
	});
	const report = (isFirst: boolean) => {
		const b = m.getBounds();
		on.onview({
			bounds: [
				[b.getWest(), b.getSouth()],
				[b.getEast(), b.getNorth()]
			],
			zoom: m.getZoom(),
			isFirst
		});
	};
	m.on('moveend', () => report(false));
	// The first view too: its zoom depends on the map's width.
	m.once('idle', () => report(true));
}
