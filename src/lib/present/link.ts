/**
 * Keeps the audience window and the speaker view on the same slide, in either direction, over a
 * BroadcastChannel (same browser, same origin: works offline, nothing leaves the machine).
 */
import { onDestroy } from 'svelte';
import { DECK_CHANNEL, isDeckMessage, type DeckMessage } from './deck';
import type { DeckPosition } from './keys';

export interface DeckLink {
	/** Tells the other window where this one is (only when it changed). */
	publish(position: DeckPosition): void;
}

const same = (a: DeckPosition | null, b: DeckPosition) =>
	!!a && a.slide === b.slide && a.build === b.build;

/** Must be called during component initialisation; closes the channel with the component. */
export function deckLink(onposition: (position: DeckPosition) => void): DeckLink {
	if (typeof BroadcastChannel === 'undefined') return { publish() {} };
	const self = Math.random().toString(36).slice(2);
	const channel = new BroadcastChannel(DECK_CHANNEL);
	let current: DeckPosition | null = null;
	let sent: DeckPosition | null = null;

	const send = (message: DeckMessage) => channel.postMessage(message);
	channel.onmessage = (e: MessageEvent<unknown>) => {
		const m = e.data;
		if (!isDeckMessage(m) || m.from === self) return;
		// A window that just opened asks where the other one is.
		if (m.type === 'hello' && current) send({ type: 'position', position: current, from: self });
		if (m.type === 'position' && !same(current, m.position)) {
			current = m.position;
			sent = m.position;
			onposition(m.position);
		}
	};
	send({ type: 'hello', from: self });
	onDestroy(() => channel.close());

	return {
		publish(position) {
			// A plain copy: reactive state proxies cannot be posted to another window.
			const plain = { slide: position.slide, build: position.build };
			current = plain;
			if (same(sent, plain)) return;
			sent = plain;
			send({ type: 'position', position: plain, from: self });
		}
	};
}
