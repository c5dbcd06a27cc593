/**
 * Labels that stay inside the live map. MapLibre places a point's label beside it without regard
 * to the frame, so on a phone "Moscow" or "DONBAS" could run off the edge or under the zoom
 * buttons. After each move, every label is given only the placements (left of its point, right,
 * above, below, centred) whose estimated box lies inside the frame and clear of the map's own
 * controls; a label with none is left out rather than cut. The drawn maps do the same at build time.
 */
import type { ExpressionSpecification, GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { anchorOffset, type Anchor as ArcAnchor } from '../model/arcs';

/** The placements used here: beside the point on four sides, or centred on it. */
export type Anchor = Extract<ArcAnchor, 'left' | 'right' | 'top' | 'bottom'> | 'center';

export interface Box {
	x0: number;
	y0: number;
	x1: number;
	y1: number;
}

/** How a layer's labels are set: the order it tries placements in, offset (em) and size (px). */
export interface LabelKind {
	anchors: readonly Anchor[];
	offsetEm: number;
	/** Text size, px, for a feature's properties. */
	size: (props: Record<string, unknown>) => number;
	/** Average glyph advance, em, letter spacing included. */
	advanceEm: number;
	/** Lines wrap past this many ems (MapLibre's text-max-width); 0 = never. */
	maxWidthEm: number;
}

const INITIAL: Record<Anchor, string> = {
	left: 'l',
	right: 'r',
	top: 't',
	bottom: 'b',
	center: 'c'
};

/** The label's offset from its point for a placement, in ems (MapLibre's convention). */
const offsetOf = (anchor: Anchor, em: number): [number, number] =>
	anchor === 'center' ? [0, 0] : anchorOffset(anchor, em);

/** A label's estimated width and height, px. */
export function labelSize(text: string, kind: LabelKind, size: number): { w: number; h: number } {
	const em = (s: string) => s.length * kind.advanceEm;
	const lines: string[] = [];
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const last = lines.at(-1);
		// A max width of 0 means one line, as in MapLibre.
		const fits = kind.maxWidthEm === 0 || em(`${last} ${word}`) <= kind.maxWidthEm;
		if (last !== undefined && fits) lines[lines.length - 1] = `${last} ${word}`;
		else lines.push(word);
	}
	const widest = Math.max(0, ...lines.map(em));
	return { w: widest * size, h: Math.max(1, lines.length) * size * 1.2 };
}

/** The box a label takes when placed with `anchor` beside the point (x, y). */
export function boxAt(
	x: number,
	y: number,
	anchor: Anchor,
	{ w, h }: { w: number; h: number },
	offsetPx: number
): Box {
	if (anchor === 'left')
		return { x0: x + offsetPx, x1: x + offsetPx + w, y0: y - h / 2, y1: y + h / 2 };
	if (anchor === 'right')
		return { x0: x - offsetPx - w, x1: x - offsetPx, y0: y - h / 2, y1: y + h / 2 };
	if (anchor === 'top')
		return { x0: x - w / 2, x1: x + w / 2, y0: y + offsetPx, y1: y + offsetPx + h };
	if (anchor === 'bottom')
		return { x0: x - w / 2, x1: x + w / 2, y0: y - offsetPx - h, y1: y - offsetPx };
	return { x0: x - w / 2, x1: x + w / 2, y0: y - h / 2, y1: y + h / 2 };
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/**
 * The placements, in the layer's order, that keep the label inside a frame of `width` × `height`
 * (less `margin`) and off every obstacle. A point further outside the frame than its label reaches
 * keeps them all: its label cannot show anyway.
 */
export function fittingAnchors(
	x: number,
	y: number,
	label: { w: number; h: number },
	offsetPx: number,
	order: readonly Anchor[],
	frame: { width: number; height: number },
	obstacles: readonly Box[] = [],
	margin = 2
): Anchor[] {
	const far = Math.max(label.w, label.h) + offsetPx;
	if (x < -far || y < -far || x > frame.width + far || y > frame.height + far) return [...order];
	return order.filter((a) => {
		const b = boxAt(x, y, a, label, offsetPx);
		const inside =
			b.x0 >= margin &&
			b.y0 >= margin &&
			b.x1 <= frame.width - margin &&
			b.y1 <= frame.height - margin;
		return inside && !obstacles.some((o) => overlaps(b, o));
	});
}

/** The code a feature carries for a set of placements ('lrtb', 'rb', '' …). */
export const codeOf = (anchors: readonly Anchor[]) => anchors.map((a) => INITIAL[a]).join('');

/** Every ordered subset of `order`, longest first. */
function subsets(order: readonly Anchor[]): Anchor[][] {
	const all: Anchor[][] = [[]];
	for (const a of order) for (const s of [...all]) all.push([...s, a]);
	return all.filter((s) => s.length).sort((a, b) => b.length - a.length);
}

/**
 * The layer's `text-variable-anchor-offset`: the placements a feature's `fit` code allows, and all
 * of them for a feature without one (before the first move is measured).
 */
export function anchorOffsetExpression(kind: LabelKind): ExpressionSpecification {
	const pairs = (s: readonly Anchor[]) => s.flatMap((a) => [a, offsetOf(a, kind.offsetEm)]);
	const arms = subsets(kind.anchors).flatMap((s) => [codeOf(s), ['literal', pairs(s)]]);
	return [
		'match',
		['coalesce', ['get', 'fit'], ''],
		...arms,
		['literal', pairs(kind.anchors)]
	] as unknown as ExpressionSpecification;
}

interface PointFeature {
	type: 'Feature';
	id?: string | number;
	properties: Record<string, unknown> | null;
	geometry: { type: 'Point'; coordinates: number[] };
}
interface PointCollection {
	type: 'FeatureCollection';
	features: PointFeature[];
}

export interface EdgeLayer {
	source: string;
	data: PointCollection;
	kind: LabelKind;
	/** The feature property that holds its text. */
	textOf: (props: Record<string, unknown>) => string;
}

/**
 * Boxes of what covers the map, relative to it: its own controls (zoom buttons, attribution) and
 * any element marked `data-covers-map` (a step's title, the step counter, the locator inset).
 */
function coverBoxes(map: MapLibreMap): Box[] {
	const container = map.getContainer();
	const frame = container.getBoundingClientRect();
	const covers = [
		...container.querySelectorAll('.maplibregl-ctrl'),
		...document.querySelectorAll('[data-covers-map]')
	];
	return covers
		.map((el) => el.getBoundingClientRect())
		.filter((r) => r.width > 0 && r.height > 0)
		.map((r) => ({
			x0: r.left - frame.left,
			y0: r.top - frame.top,
			x1: r.right - frame.left,
			y1: r.bottom - frame.top
		}))
		.filter((b) => b.x1 > 0 && b.y1 > 0 && b.x0 < frame.width && b.y0 < frame.height);
}

/**
 * Keeps the labels of `layers` inside the map after every move and resize. Labels that cannot fit
 * are dropped from the layer (their text set empty) until a move lets them in again. Returns a
 * function that stops it.
 */
export function keepLabelsInside(map: MapLibreMap, layers: readonly EdgeLayer[]): () => void {
	const last = new Map<string, string>();
	const update = () => {
		const canvas = map.getCanvas();
		const frame = { width: canvas.clientWidth, height: canvas.clientHeight };
		if (!frame.width || !frame.height) return;
		const obstacles = coverBoxes(map);
		for (const layer of layers) {
			let changed = false;
			const features = layer.data.features.map((f) => {
				const props = f.properties ?? {};
				const text = layer.textOf(props);
				const size = layer.kind.size(props);
				const [lng = 0, lat = 0] = f.geometry.coordinates;
				const p = map.project([lng, lat]);
				const fits = fittingAnchors(
					p.x,
					p.y,
					labelSize(text, layer.kind, size),
					layer.kind.offsetEm * size,
					layer.kind.anchors,
					frame,
					obstacles
				);
				const code = codeOf(fits);
				const key = `${layer.source}/${String(f.id ?? props.id)}`;
				if (last.get(key) !== code) changed = true;
				last.set(key, code);
				return { ...f, properties: { ...props, fit: code, hidden: fits.length === 0 } };
			});
			if (changed)
				(map.getSource(layer.source) as GeoJSONSource | undefined)?.setData({
					type: 'FeatureCollection',
					features
				} as GeoJSON.FeatureCollection);
		}
	};
	map.on('moveend', update);
	map.on('resize', update);
	map.once('idle', update);
	return () => {
		map.off('moveend', update);
		map.off('resize', update);
	};
}
