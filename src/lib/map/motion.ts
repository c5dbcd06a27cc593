/**
 * Lighter frames while the camera moves, for maps drawn by software WebGL: each frame is then
 * read back on the main thread, and its cost grows with its pixels. During a move the map draws
 * at a lower pixel ratio (motion hides the difference); once it rests, at full resolution again.
 */
interface MotionMap {
	getPixelRatio(): number;
	setPixelRatio(ratio: number): void;
	on(type: 'movestart' | 'moveend', listener: () => void): unknown;
}

/** Share of the pixel ratio kept while moving (0.75 draws about 56 % of the pixels). */
export const MOTION_SCALE = 0.75;

export function lightenMotion(map: MotionMap, scale = MOTION_SCALE): void {
	const full = map.getPixelRatio();
	// A resize at rest fires move events of its own: they must not switch the ratio back.
	let isSwitching = false;
	const set = (ratio: number) => {
		if (map.getPixelRatio() === ratio) return;
		isSwitching = true;
		try {
			map.setPixelRatio(ratio);
		} finally {
			isSwitching = false;
		}
	};
	map.on('movestart', () => {
		if (!isSwitching) set(full * scale);
	});
	map.on('moveend', () => {
		if (!isSwitching) set(full);
	});
}
