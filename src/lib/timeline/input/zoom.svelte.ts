/**
 * `{@attach zoomable(() => params)}`: the one place d3-zoom touches the DOM. Wheel, pinch and drag
 * zoom and pan the time axis (x when horizontal, y when vertical); the component gets plain
 * `{ k, t }` transforms back and drives the zoom through the small API handed to `bind`. The
 * behaviour is made once per element; new params only reconfigure it (an effect inside).
 * https://svelte.dev/docs/svelte/@attach
 */
import {
	select,
	zoom,
	zoomIdentity,
	type ZoomBehavior,
	type ZoomTransform as D3Transform
} from 'd3';
import { untrack } from 'svelte';
import type { Attachment } from 'svelte/attachments';
import { isTouchForGraphic, isZoomWheel, type BlockedGesture } from '../../ui/gestures';
import type { ZoomTransform } from '../scales/transform';

export interface ZoomApi {
	/** Zooms by a factor around a point on the time axis (px; default the middle). */
	scaleBy(factor: number, atU?: number): void;
	/** Moves to a transform, animated unless `instant`. */
	set(z: ZoomTransform, instant?: boolean): void;
}

export interface ZoomParams {
	orientation: 'horizontal' | 'vertical';
	/** Length of the time axis, px. */
	length: number;
	/** Size across the time axis, px. */
	cross: number;
	/** The transform the component shows now. */
	current: ZoomTransform;
	/** Most zoom over "fit all". */
	maxK: number;
	/** Animation time for buttons and keys, ms (0 for reduced motion). */
	duration: number;
	onzoom: (z: ZoomTransform) => void;
	bind: (api: ZoomApi) => void;
	/** A gesture left to the page (a plain wheel; one finger is always the page's). */
	onblocked?: (gesture: BlockedGesture) => void;
}

type El = Element & { __zoom?: D3Transform };

export function zoomable(get: () => ZoomParams): Attachment<El> {
	// Set up untracked: only the effect inside follows the params.
	return (node) => untrack(() => zoomOn(node, get));
}

function zoomOn(node: El, get: () => ZoomParams) {
	let params = get();
	const horizontal = () => params.orientation === 'horizontal';
	const toD3 = (z: ZoomTransform) =>
		horizontal()
			? zoomIdentity.translate(z.t, 0).scale(z.k)
			: zoomIdentity.translate(0, z.t).scale(z.k);
	const behaviour: ZoomBehavior<El, unknown> = zoom<El, unknown>()
		.clickDistance(4)
		// d3's own step, with ⌘ counted as Ctrl is.
		.wheelDelta(
			(ev: WheelEvent) =>
				-ev.deltaY *
				(ev.deltaMode === 1 ? 0.05 : ev.deltaMode ? 1 : 0.002) *
				(isZoomWheel(ev) ? 10 : 1)
		)
		// The brush strip handles its own drags.
		.filter((ev: Event) => {
			const target = ev.target as Element | null;
			// The timeline sits in a scrolling page: a plain wheel scrolls the page (d3 then does
			// not cancel it); Ctrl or ⌘ + wheel, or a trackpad pinch, zooms.
			if (ev.type === 'wheel') {
				if (isZoomWheel(ev as WheelEvent)) return true;
				params.onblocked?.('wheel');
				return false;
			}
			// The brush strip handles its own drags.
			if (target?.closest('[data-brush]')) return false;
			if (ev.type.startsWith('touch')) {
				// Either way round, one finger scrolls the page (and a tap still picks an event);
				// two fingers pan and zoom, as on the map.
				return isTouchForGraphic((ev as TouchEvent).touches.length);
			}
			return !(ev as MouseEvent).ctrlKey && !(ev as MouseEvent).button;
		})
		.on('zoom', (ev: { transform: D3Transform }) => {
			const { k, x, y } = ev.transform;
			params.onzoom({ k, t: horizontal() ? x : y });
		});
	const configure = () => {
		const { length, cross } = params;
		const ext: [[number, number], [number, number]] = horizontal()
			? [
					[0, 0],
					[length, cross]
				]
			: [
					[0, 0],
					[cross, length]
				];
		behaviour.extent(ext).translateExtent(ext).scaleExtent([1, params.maxK]);
	};
	// The component owns the transform (it survives resizes as a share of the length): keep
	// d3's copy in step without firing a zoom event.
	const sync = () => {
		params = get();
		configure();
		node.__zoom = toD3(params.current);
	};
	sync();
	const sel = select<El, unknown>(node);
	sel.call(behaviour).on('dblclick.zoom', null);
	// The browser keeps one-finger vertical scrolling; d3 gets the two-finger gestures.
	sel.style('touch-action', 'pan-y');
	params.bind({
		scaleBy(factor, atU) {
			const u = atU ?? params.length / 2;
			const p: [number, number] = horizontal() ? [u, params.cross / 2] : [params.cross / 2, u];
			sel.transition().duration(params.duration).call(behaviour.scaleBy, factor, p);
		},
		set(z, instant) {
			// Already there (a slide's first framing, a step that keeps the view): no transition,
			// whose every frame would redraw the marks for nothing; one under way stops here. The
			// params are read afresh: when the width is first measured, a view's effect can run
			// before this attachment's, and the old length would make the first framing animate.
			untrack(sync);
			const now = params.current;
			if (Math.abs(now.k - z.k) < 1e-9 && Math.abs(now.t - z.t) < 0.5) {
				sel.interrupt();
				return;
			}
			if (instant || params.duration === 0) sel.interrupt().call(behaviour.transform, toD3(z));
			else sel.transition().duration(params.duration).call(behaviour.transform, toD3(z));
		}
	});
	$effect.pre(sync);
	return () => {
		sel.interrupt().on('.zoom', null);
	};
}
