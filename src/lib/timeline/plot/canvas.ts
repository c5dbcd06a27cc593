/**
 * Draws on a canvas what needs no DOM: the density marks always, and the single marks too when
 * SVG would need thousands of nodes for them. Same shapes and colours as the SVG; the
 * interactive marks (focused, selected, highlighted) stay in the SVG on top.
 */
import type { SideStyle } from '../../ui/sides';
import { hitTest, type Frame } from '../layout/frame';
import type { Prepared } from '../model/prepare';
import { binSize } from '../layout/geometry';
import { symbolPath } from './symbols';

export function drawFrame(
	canvas: HTMLCanvasElement,
	frame: Frame,
	lanes: SideStyle[],
	opts: { width: number; height: number; horizontal: boolean; markSize: number }
): void {
	const ctx = canvas.getContext('2d');
	if (!ctx) return;
	const dpr = globalThis.devicePixelRatio || 1;
	const w = Math.round(opts.width * dpr);
	const h = Math.round(opts.height * dpr);
	if (canvas.width !== w || canvas.height !== h) {
		canvas.width = w;
		canvas.height = h;
	}
	ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
	ctx.clearRect(0, 0, opts.width, opts.height);
	const xy = (u: number, v: number): [number, number] => (opts.horizontal ? [u, v] : [v, u]);
	for (const b of frame.bins) {
		const side = lanes[b.lane];
		const s = binSize(b.count);
		ctx.globalAlpha = 0.3 + Math.min(0.5, b.count / 60);
		ctx.fillStyle = side?.colour ?? '#555';
		const [x, y] = xy(b.u0, b.v - s / 2);
		if (opts.horizontal) ctx.fillRect(x, y, b.u1 - b.u0 - 1, s);
		else ctx.fillRect(x, y, s, b.u1 - b.u0 - 1);
	}
	ctx.globalAlpha = 1;
	if (!frame.isCanvas) return;
	for (const m of frame.spans) {
		ctx.fillStyle = lanes[m.lane]?.colour ?? '#555';
		const [x, y] = xy(m.u0, m.v - 2);
		if (opts.horizontal) ctx.fillRect(x, y, Math.max(2, m.u1 - m.u0), 4);
		else ctx.fillRect(x, y, 4, Math.max(2, m.u1 - m.u0));
	}
	const paths = lanes.map((l) => new Path2D(symbolPath(l.shape, opts.markSize)));
	ctx.strokeStyle = '#fff';
	ctx.lineWidth = 1;
	for (const m of frame.points) {
		const [x, y] = xy(m.u, m.v);
		ctx.setTransform(dpr, 0, 0, dpr, x * dpr, y * dpr);
		ctx.fillStyle = lanes[m.lane]?.colour ?? '#555';
		ctx.fill(paths[m.lane]!);
		ctx.stroke(paths[m.lane]!);
	}
	ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
}

export interface CanvasPointer {
	frame: Frame;
	prepared: Prepared;
	isHorizontal: boolean;
	/** How far from a mark a pointer still hits it, px. */
	radius: number;
	onhover: (id: string | null) => void;
	onselect: (id: string) => void;
	onzoomto: (domain: [number, number]) => void;
}

/**
 * Pointer hits on the area the canvas draws: hovering and clicking events drawn on canvas, and a
 * click on a density mark zooms to the events it stands for. An attachment for the zoom area.
 */
export function canvasPointer(get: () => CanvasPointer) {
	return (node: Element) => {
		const at = (ev: MouseEvent) => {
			const { frame, isHorizontal: h, radius } = get();
			const r = node.getBoundingClientRect();
			const x = ev.clientX - r.left;
			const y = ev.clientY - r.top;
			return hitTest(frame, h ? x : y, h ? y : x, radius);
		};
		const move = (ev: Event) => {
			const c = get();
			if (!c.frame.isCanvas) return;
			const hit = at(ev as MouseEvent);
			c.onhover(hit?.kind === 'point' ? c.prepared.events[hit.i]!.id : null);
		};
		const click = (ev: Event) => {
			const c = get();
			const hit = at(ev as MouseEvent);
			if (hit?.kind === 'point' && c.frame.isCanvas) c.onselect(c.prepared.events[hit.i]!.id);
			else if (hit?.kind === 'bin') {
				const lane = c.prepared.lanes[hit.bin.lane]!;
				const a = lane.at[hit.bin.first]!;
				const b = lane.at[hit.bin.last]!;
				c.onzoomto([a - (b - a) * 0.5 - 60_000, b + (b - a) * 0.5 + 60_000]);
			}
		};
		const leave = () => get().onhover(null);
		node.addEventListener('pointermove', move);
		node.addEventListener('click', click);
		node.addEventListener('pointerleave', leave);
		return () => {
			node.removeEventListener('pointermove', move);
			node.removeEventListener('click', click);
			node.removeEventListener('pointerleave', leave);
		};
	};
}
