/**
 * What a key press does in the timeline (roving focus over the events in time order). Pure, so
 * the bindings are tested without a browser.
 */
export type KeyAction =
	| { type: 'focus'; index: number }
	| { type: 'select' }
	| { type: 'zoom'; factor: number }
	| { type: 'clear' };

export const ZOOM_STEP = 1.5;

/** The action for `key` when event `index` of `count` has focus, or null to let the key through. */
export function keyAction(key: string, index: number, count: number): KeyAction | null {
	if (count === 0) return null;
	switch (key) {
		case 'ArrowRight':
		case 'ArrowDown':
			return { type: 'focus', index: Math.min(count - 1, index + 1) };
		case 'ArrowLeft':
		case 'ArrowUp':
			return { type: 'focus', index: Math.max(0, index - 1) };
		case 'Home':
			return { type: 'focus', index: 0 };
		case 'End':
			return { type: 'focus', index: count - 1 };
		case 'Enter':
		case ' ':
			return { type: 'select' };
		case '+':
		case '=':
			return { type: 'zoom', factor: ZOOM_STEP };
		case '-':
		case '_':
			return { type: 'zoom', factor: 1 / ZOOM_STEP };
		case 'Escape':
			return { type: 'clear' };
		default:
			return null;
	}
}
