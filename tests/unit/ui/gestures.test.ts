import { describe, expect, it } from 'vitest';
import {
	gestureHint,
	isMacLike,
	isTouchForGraphic,
	isZoomWheel
} from '../../../src/lib/ui/gestures';

describe('cooperative gestures', () => {
	it('zooms only with Ctrl or ⌘ held (a trackpad pinch comes with ctrlKey)', () => {
		expect(isZoomWheel({ ctrlKey: false, metaKey: false })).toBe(false);
		expect(isZoomWheel({ ctrlKey: true, metaKey: false })).toBe(true);
		expect(isZoomWheel({ ctrlKey: false, metaKey: true })).toBe(true);
	});
	it('leaves one finger to the page and gives two to the graphic', () => {
		expect(isTouchForGraphic(1)).toBe(false);
		expect(isTouchForGraphic(2)).toBe(true);
		expect(isTouchForGraphic(3)).toBe(true);
	});
	it('names the key the reader’s computer has', () => {
		expect(isMacLike('MacIntel')).toBe(true);
		expect(isMacLike('iPad')).toBe(true);
		expect(isMacLike('Win32')).toBe(false);
		expect(isMacLike('Linux x86_64')).toBe(false);
		expect(gestureHint('wheel', false, 'map')).toBe('Use Ctrl + scroll to zoom the map');
		expect(gestureHint('wheel', true, 'timeline')).toBe('Use ⌘ + scroll to zoom the timeline');
		expect(gestureHint('touch', false, 'map')).toBe('Use two fingers to move the map');
	});
});
