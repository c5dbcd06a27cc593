/**
 * Presenter keys → deck actions. Pure, so every key is tested without a browser. Clickers send
 * PageDown/PageUp (some send arrows or "b" for blackout); a number typed before Enter jumps.
 */
import { m } from '../paraglide/messages.js';
export type DeckAction =
	| { type: 'next' }
	| { type: 'prev' }
	| { type: 'first' }
	| { type: 'last' }
	| { type: 'goto'; slide: number }
	| { type: 'digit'; digits: string }
	| { type: 'fullscreen' }
	| { type: 'blackout' }
	| { type: 'overview' }
	| { type: 'speaker' }
	| { type: 'spoiler' }
	| { type: 'help' }
	| { type: 'close' }
	| { type: 'none' };

export interface KeyInput {
	key: string;
	/** Pressed on a focused button or link, which Enter and Space press. */
	isOnControl?: boolean;
	altKey?: boolean;
	ctrlKey?: boolean;
	metaKey?: boolean;
}

/** A key event as keyAction reads it, with whether it was pressed on a button or link. */
export function keyInput(e: KeyboardEvent): KeyInput {
	const target = e.target instanceof Element ? e.target : null;
	return {
		key: e.key,
		altKey: e.altKey,
		ctrlKey: e.ctrlKey,
		metaKey: e.metaKey,
		isOnControl: !!target?.closest('button, a[href], summary, [role="button"]')
	};
}

/**
 * What a key does, given the digits typed so far (`pending`). Keys with Ctrl, Alt or Meta are
 * left to the browser, so its own shortcuts keep working; so are Enter and Space on a focused
 * button or link, so that the keyboard can press every control.
 */
export function keyAction(input: KeyInput, pending = ''): DeckAction {
	if (input.ctrlKey || input.altKey || input.metaKey) return { type: 'none' };
	const { key } = input;
	// A focused button or link keeps its own keys, unless digits typed before Enter ask for a jump.
	if (input.isOnControl && (key === ' ' || (key === 'Enter' && !pending))) return { type: 'none' };
	if (/^[0-9]$/.test(key)) return { type: 'digit', digits: (pending + key).slice(-3) };
	switch (key) {
		case 'Enter':
			return pending ? { type: 'goto', slide: Number(pending) } : { type: 'next' };
		case 'ArrowRight':
		case 'ArrowDown':
		case 'PageDown':
		case ' ':
		case 'n':
			return { type: 'next' };
		case 'ArrowLeft':
		case 'ArrowUp':
		case 'PageUp':
		case 'Backspace':
		case 'p':
			return { type: 'prev' };
		case 'Home':
			return { type: 'first' };
		case 'End':
			return { type: 'last' };
		case 'f':
		case 'F':
			return { type: 'fullscreen' };
		case 'b':
		case 'B':
		case '.':
			return { type: 'blackout' };
		case 'o':
		case 'O':
			return { type: 'overview' };
		case 'Escape':
			return { type: 'close' };
		case 's':
		case 'S':
			return { type: 'speaker' };
		case 't':
		case 'T':
			return { type: 'spoiler' };
		case '?':
			return { type: 'help' };
		default:
			return { type: 'none' };
	}
}

/** The keys, as the help overlay lists them. */
export const KEY_HELP: { keys: string[]; does: () => string }[] = [
	{ keys: ['→', 'Space', 'Page Down'], does: m.key_next },
	{ keys: ['←', 'Page Up'], does: m.key_prev },
	{ keys: ['Home', 'End'], does: m.key_first_last },
	{ keys: ['number', 'Enter'], does: m.key_jump },
	{ keys: ['F'], does: m.key_full },
	{ keys: ['B'], does: m.key_black },
	{ keys: ['O', 'Esc'], does: m.key_overview },
	{ keys: ['S'], does: m.key_speaker },
	{ keys: ['T'], does: m.key_spoiler },
	{ keys: ['?'], does: m.key_help }
];

/** Position in the deck: slide 0 is the title slide; slide i ≥ 1 shows step i − 1. */
export interface DeckPosition {
	slide: number;
	/** How many build-up items of the slide are shown. */
	build: number;
}

/** Moves one item forward: the next build-up item, else the next slide (at its start). */
export function forward(pos: DeckPosition, buildCounts: number[]): DeckPosition {
	const items = pos.slide === 0 ? 0 : (buildCounts[pos.slide - 1] ?? 0);
	if (pos.build < items) return { slide: pos.slide, build: pos.build + 1 };
	if (pos.slide < buildCounts.length) return { slide: pos.slide + 1, build: 0 };
	return pos;
}

/** Moves one item back: hides the last build-up item, else the previous slide fully built. */
export function backward(pos: DeckPosition, buildCounts: number[]): DeckPosition {
	if (pos.build > 0) return { slide: pos.slide, build: pos.build - 1 };
	if (pos.slide > 0) {
		const slide = pos.slide - 1;
		return { slide, build: slide === 0 ? 0 : (buildCounts[slide - 1] ?? 0) };
	}
	return pos;
}
