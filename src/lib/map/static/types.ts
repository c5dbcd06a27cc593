/**
 * What a step's map is drawn from and what the drawing returns: the frame's size, the geodata
 * prepared once per build, the step's focus, and the drawn map with what it shows.
 */
import type { Geometry } from 'geojson';
import type { PlaceEntry, RegionEntry } from '../../data/types';
import type { Arc } from '../model/arcs';
import type { Bounds } from '../model/camera';
import type { FC, RegionGeo, RegionTopology, WorldTopology } from '../model/geo';

export const STEP_MAP_WIDTH = 960;
export const STEP_MAP_HEIGHT = 640;
/** Room (px) around the camera's bounds: the live map's fitBounds padding (MapView). */
export const STEP_MAP_PAD = 40;

/** A sea or ocean name for the Europe and world frames, at one or more points in open water. */
export interface SeaLabel {
	id: string;
	name: string;
	/** Its name in Ukrainian. */
	uk?: string;
	/** [lng, lat] candidates, best first: the first whose label fits in the frame is used. */
	at: [number, number][];
}

export interface MapLabels {
	seas: SeaLabel[];
}

/** [x0, y0, x1, y1] in the SVG's pixels. */
export type Box = [number, number, number, number];

export interface DrawnLabel {
	id: string;
	text: string;
	kind: 'place' | 'context' | 'region' | 'country' | 'sea' | 'trip';
	box: Box;
}

export interface DrawnPlace {
	id: string;
	name: string;
	/** Name of the country it lies in (from the world outlines), or null. */
	country: string | null;
	/** A place the step names, as opposed to one drawn for reference. */
	focus: boolean;
}

export interface StepMapFocus {
	places: readonly string[];
	regions: readonly string[];
	/** Snapshot id of the occupied area, or null. */
	occupation: string | null;
	frontline: boolean;
	arcs: readonly Arc[];
}

/** How far out a frame is, by its MapLibre zoom: a region (a country or two), Europe, the world. */
export type MapScale = 'region' | 'europe' | 'world';
export interface StepMap {
	svg: string;
	width: number;
	height: number;
	scale: MapScale;
	/** The frame actually drawn, degrees. */
	frame: Bounds;
	places: DrawnPlace[];
	/** Highlighted regions that are in the frame, by id. */
	regions: { id: string; name: string }[];
	trips: string[];
	occupation: { snapshot: string; date: string; frontline: boolean } | null;
	/** Whether Ukraine is shown by a locator inset, being (mostly) off the frame. */
	locator: boolean;
	labels: DrawnLabel[];
	/** One sentence of what the map shows, colours included: the figure's caption. */
	caption: string;
	/** The same without colours: the image's text alternative. */
	alt: string;
}

/** The geodata prepared once per build; simplified copies are made per level of detail. */
export interface StepMapGeodata {
	world: { full: FC; topo: WorldTopology; pre: WorldTopology };
	region: { full: RegionGeo; pre: RegionTopology };
	/** The area the story is about (geodata.ts focusShape). */
	focus: Geometry;
	labels: MapLabels;
	cache: Map<string, { world: FC; land: Geometry } | RegionGeo>;
}

export interface StepMapInput {
	geodata: StepMapGeodata;
	/** The camera's bounds, as stepFit gives them to the live map. */
	bounds: Bounds;
	maxZoom: number;
	places: readonly PlaceEntry[];
	regions: readonly RegionEntry[];
	focus: StepMapFocus;
	width?: number;
	height?: number;
}

/** A place's dot: a place the step names (`focus`), or one drawn for reference. */
export interface Dot {
	place: PlaceEntry;
	x: number;
	y: number;
	focus: boolean;
	r: number;
}

/** What a page needs of a step's map (server/maps.ts readStepMaps): the file is /maps/<id>.svg. */
export interface StepMapInfo {
	caption: string;
	alt: string;
	width: number;
	height: number;
	/** The camera the live map flies to, the same the file is drawn for. */
	fit: { bounds: Bounds; maxZoom: number };
	/**
	 * Whether a small version (/maps/small/<id>.svg, SMALL_STEP_MAP) is drawn for phones: the same
	 * camera at half the size, so its names read at a phone's width. Only where it still shows
	 * every place, region and trip the caption names.
	 */
	hasSmall: boolean;
}

/** The small version's size: half the full map's, so its type is twice as large on a phone. */
export const SMALL_STEP_MAP = { width: STEP_MAP_WIDTH / 2, height: STEP_MAP_HEIGHT / 2 };
