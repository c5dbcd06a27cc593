/**
 * The short text that says what the map shows now, for screen readers (read politely after each
 * change) and for anyone who cannot see the map.
 */
import { localName } from '$lib/i18n/lang';
import { formatDay } from '$lib/data/dates';
import type { Bounds } from '$lib/map/model/camera';
import { homeArea, occupiedArea } from '$lib/i18n/site';
import { asOf } from '$lib/map/style/legend';
import { m } from '$lib/paraglide/messages';

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
		? homeArea()
		: m.describe_area_east({ west: Math.round(bounds[0][0]), east: Math.round(bounds[1][0]) });
	const occupied = occupiedArea();
	return [
		m.describe_shows({ area }),
		occupied && scene.snapshotLabel
			? m.describe_occupied({ area: occupied, asof: asOf(scene.snapshotLabel) })
			: '',
		inView.length
			? m.describe_places({ names: inView.map((p) => localName(p.name)).join(', ') })
			: '',
		event ? m.describe_highlighted({ title: event.title, date: formatDay(event.date) }) : '',
		trips.length ? m.describe_trips({ trips: trips.join('; ') }) : ''
	]
		.filter(Boolean)
		.join(' ');
}
