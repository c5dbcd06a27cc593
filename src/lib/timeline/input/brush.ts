/**
 * `{@attach brushable(() => params)}`: dragging along the axis strip selects a stretch of time.
 * Pointer events only; reports the dragged span in px along the time axis while dragging and when
 * released. The params are read when an event arrives, so they never restart the attachment.
 * https://svelte.dev/docs/svelte/@attach
 */
import type { Attachment } from 'svelte/attachments';

export interface BrushParams {
	orientation: 'horizontal' | 'vertical';
	/** While dragging: the span so far, px. */
	onbrush: (span: [number, number] | null) => void;
	/** On release, a span wider than a few px. */
	onend: (span: [number, number]) => void;
}

export function brushable(params: () => BrushParams): Attachment<SVGGraphicsElement> {
	return (node) => {
		let from: number | null = null;
		const along = (ev: PointerEvent) => {
			const r = node.getBoundingClientRect();
			return params().orientation === 'horizontal' ? ev.clientX - r.left : ev.clientY - r.top;
		};
		const down = (ev: PointerEvent) => {
			if (ev.button !== 0) return;
			from = along(ev);
			node.setPointerCapture?.(ev.pointerId);
			ev.preventDefault();
		};
		const move = (ev: PointerEvent) => {
			if (from !== null) params().onbrush([from, along(ev)]);
		};
		const up = (ev: PointerEvent) => {
			if (from === null) return;
			const span: [number, number] = [from, along(ev)];
			from = null;
			params().onbrush(null);
			if (Math.abs(span[1] - span[0]) > 4) params().onend(span);
		};
		node.addEventListener('pointerdown', down);
		node.addEventListener('pointermove', move);
		node.addEventListener('pointerup', up);
		node.addEventListener('pointercancel', up);
		return () => {
			node.removeEventListener('pointerdown', down);
			node.removeEventListener('pointermove', move);
			node.removeEventListener('pointerup', up);
			node.removeEventListener('pointercancel', up);
		};
	};
}
