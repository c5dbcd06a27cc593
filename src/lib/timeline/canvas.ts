/**
 * Draws on a canvas what needs no DOM: the density marks always, and the single marks too when
 * SVG would need thousands of nodes for them. Same shapes and colours as the SVG; the
 * interactive marks (focused, selected, highlighted) stay in the SVG on top.
 */
import type { SideStyle } from '../ui/sides';
import type { Frame } from './frame';
import { binSize } from './marks';
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
