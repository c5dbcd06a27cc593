/**
 * What the SVG twin carries to the page: path strings and label positions in the twin's viewBox,
 * computed at build time (twin.ts, tripInset.ts) and laid out by the components.
 */
import type { Bounds } from '../model/camera';

export interface TwinShape {
	id: string;
	d: string;
}

export interface TwinLabel {
	id: string;
	text: string;
	x: number;
	y: number;
	kind: 'admin1' | 'group' | 'sea' | 'place';
	rank?: number;
	/** Side of the dot the label goes on; null when it would collide (dot only). */
	anchor?: 'start' | 'end' | null;
}

export interface Twin {
	width: number;
	height: number;
	countries: string;
	admin1: TwinShape[];
	groups: TwinShape[];
	seas: TwinShape[];
	/** Keyed by snapshot id. */
	occupied: TwinShape[];
	frontline: TwinShape[];
	border: string;
	admin1Lines: string;
	labels: TwinLabel[];
	places: TwinLabel[];
	/** Region ids in on-screen order (north to south, west to east), for the list twin. */
	regionOrder: string[];
	/** Bounds of every region the map draws, degrees, for fitting the camera. */
	regionBounds: Record<string, Bounds>;
	/** The trips' inset (tripInset.ts), with every trip in the data; the maps pick the ones shown. */
	trips: TripInset | null;
}

export interface Locator {
	/** The box the inset shows, degrees [[W, S], [E, N]]; equirectangular, 1 unit per degree. */
	box: Bounds;
	/** Land outline path in that box's units. */
	land: string;
}

export interface InsetEnd {
	x: number;
	y: number;
	text: string;
	anchor: 'start' | 'middle' | 'end';
	/** Baseline of the name: above the dot, or below it where the arc leaves upwards. */
	textY: number;
}

export interface InsetTrip {
	id: string;
	/** The arc, a path in the inset's own pixels. */
	d: string;
	/** Arrowheads (half way and near the end), pointing the way the travellers went. */
	arrows: string;
	from: InsetEnd;
	to: InsetEnd;
	/** Two lines: who travelled, then the route with its days. */
	caption: [string, string];
}

export interface TripInset {
	/** Size of the inset's map, px in the twin's viewBox (its captions go above). */
	width: number;
	height: number;
	/** Land and the focus country, paths in the inset's own pixels. */
	land: string;
	focus: string;
	trips: InsetTrip[];
}
