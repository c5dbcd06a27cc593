/**
 * The short text that says what the map shows now, for screen readers (read politely after each
 * change) and for anyone who cannot see the map.
 */
import { localName } from '$lib/i18n/lang';
import { formatDay } from '$lib/data/dates';
import type { Bounds } from '$lib/map/model/camera';
import { HOME_AREA, OCCUPIED_AREA } from '$lib/site';

export interface MapScene {
	/** What the camera shows (for the drawn map, its fixed frame). */
	bounds: Bounds;
	/** The drawn map (no WebGL): one fixed frame, the home view. */
	isFixed: boolean;
	/** "2 Dec 2025": the occupied-area snapshot. */
	snapshotLabel: string;
	places: readonly { name: { en: string }; lng: number; lat: number }[];
	/** The selected event, whose places and regions are highlighted. */
	event: { title: string; date: string } | null;
	/** Labels of the trips drawn. */
	trips: readonly string[];
}

const inside = ([[w, s], [e, n]]: Bounds, p: { lng: number; lat: number }) =>
	p.lng >= w && p.lng <= e && p.lat >= s && p.lat <= n;

export function describeMap(scene: MapScene): string {
	const { bounds, event, trips } = scene;
	const inView = scene.places.filter((p) => inside(bounds, p));
	const area = scene.isFixed
		? HOME_AREA
		: `an area from ${Math.round(bounds[0][0])}° to ${Math.round(bounds[1][0])}° east`;
	return [
		`The map shows ${area}.`,
		OCCUPIED_AREA && scene.snapshotLabel
			? `${OCCUPIED_AREA} is hatched in red, as of ${scene.snapshotLabel}.`
			: '',
		inView.length ? `Places in view: ${inView.map((p) => localName(p.name)).join(', ')}.` : '',
		event
			? `Highlighted: the places and regions of “${event.title}” (${formatDay(event.date)}).`
			: '',
		trips.length ? `Trips drawn as arrows: ${trips.join('; ')}.` : ''
	]
		.filter(Boolean)
		.join(' ');
}
