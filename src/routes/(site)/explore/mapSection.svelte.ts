/**
 * The explore map's state: what the map shows (snapshot, selection, highlight, trips), its legend
 * and description, and the camera moves (camera.ts) that follow the shared StoryState. Made once
 * by MapSection.svelte, which only lays it out.
 */
import { localName } from '$lib/i18n/lang';
import { untrack } from 'svelte';
import { MediaQuery } from 'svelte/reactivity';
import { formatDay } from '$lib/data/dates';
import type { PlaceEntry } from '$lib/data/types';
import type { StoryState } from '$lib/state/story.svelte';
import { tripArcs } from '$lib/map/model/arcs';
import { HOME_BOUNDS, type Bounds, type ViewId } from '$lib/map/model/camera';
import {
	expandRegions,
	placeRank,
	screenOrder,
	selectedDay,
	snapshotFor,
	snapshotLabelFor,
	type MapTarget,
	type SnapshotId
} from '$lib/map/model/features';
import type { MapState } from '$lib/map/live/start';
import { legendEntries, type readMapContent } from '$lib/map/style/legend';
import type { Twin } from '$lib/map/twin/shapes';
import {
	fitCamera,
	fitClear,
	fitEvent,
	fitTarget,
	fitTrips,
	fitView,
	type Fit,
	type Ground
} from './camera';
import { describeMap } from './describe';
import { panelInset } from './room';

/** Zoom from which the WebGL map draws places other than meeting cities and capitals. */
export const MINOR_PLACES_ZOOM = 4;

export class MapSectionState {
	readonly #story: StoryState;
	readonly #twin: () => Twin;

	mapState = $state<MapState>('waiting');
	isMounted = $state(false);
	hovered = $state<MapTarget | null>(null);
	snapshotChoice = $state<'auto' | SnapshotId>('auto');
	view = $state<{ bounds: Bounds; zoom: number }>({ bounds: HOME_BOUNDS, zoom: 5 });
	fit = $state.raw<Fit | null>(null);
	frameWidth = $state(0);
	frameHeight = $state(0);
	layoutWidth = $state(0);
	/** Whether every trip is drawn, not only the selected event's. */
	isShowingTrips = $state(false);
	mapContent = $state.raw<ReturnType<typeof readMapContent> | null>(null);
	#returnFocus: HTMLElement | null = null;
	// Below this width the panel is stacked under the map (see the media query in MapSection).
	readonly #isStacked = new MediaQuery('max-width: 760px');
	readonly #canHover = new MediaQuery('hover: hover');

	readonly day = $derived.by(() => selectedDay(this.#story.selectedEvent, this.#story.range));
	readonly snapshot = $derived(
		this.snapshotChoice === 'auto' ? snapshotFor(this.day) : this.snapshotChoice
	);
	readonly snapshotLabel = $derived(snapshotLabelFor(this.snapshot, this.day));
	readonly autoLabel = $derived(snapshotLabelFor(snapshotFor(this.day), null));
	readonly selected = $derived.by<MapTarget | null>(() => {
		const s = this.#story;
		if (s.regionId) return { kind: 'region', id: s.regionId };
		return s.placeId ? { kind: 'place', id: s.placeId } : null;
	});
	// The chosen plan topic's regions and places, else the selected event's.
	readonly topic = $derived.by(() => {
		const { model, topicId } = this.#story;
		return model.topics.find((t) => t.id === topicId) ?? null;
	});
	readonly highlighted = $derived.by(() => {
		const { model, selectedEvent } = this.#story;
		if (this.topic)
			return {
				regions: expandRegions(this.topic.regions, model.regions),
				places: this.topic.places
			};
		return {
			regions: selectedEvent ? expandRegions(selectedEvent.regions, model.regions) : [],
			places: selectedEvent?.places ?? []
		};
	});
	readonly isWebGL = $derived(this.mapState === 'idle');
	// The interactive SVG twin is drawn in the browser when it is the map (no WebGL, or WebGL
	// lost) or when something is chosen before the live map is up; until then, an image.
	readonly isTwinDrawn = $derived.by(
		() =>
			this.isMounted &&
			!this.isWebGL &&
			(this.mapState === 'fallback' ||
				this.mapState === 'lost' ||
				this.selected !== null ||
				this.#story.selectedEvent !== null ||
				this.#story.topicId !== null)
	);
	// The trips drawn: all of them on request, else those to or from the selected event.
	readonly arcs = $derived.by(() => {
		const e = this.#story.selectedEvent;
		return tripArcs(this.#story.model, this.isShowingTrips ? null : e ? [e.id] : []);
	});
	readonly inset = $derived(
		this.selected ? panelInset(this.layoutWidth, !this.#isStacked.current) : 0
	);
	readonly legend = $derived.by(() => this.#legend());
	readonly regionOrder = $derived.by(() => {
		const order = this.#twin().regionOrder;
		return [...this.#story.model.regions].sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
	});
	readonly placeOrder: PlaceEntry[];
	readonly description = $derived.by(() =>
		describeMap({
			bounds: this.view.bounds,
			isFixed: !this.isWebGL,
			snapshotLabel: this.snapshotLabel,
			// As drawn: zoomed out, the WebGL map shows only meeting cities and capitals.
			places: this.#story.model.places.filter(
				(p) => !this.isWebGL || this.view.zoom >= MINOR_PLACES_ZOOM || placeRank(p.kinds) === 1
			),
			event: this.#story.selectedEvent,
			trips: this.arcs.map((a) => a.label)
		})
	);

	constructor(story: StoryState, twin: () => Twin) {
		this.#story = story;
		this.#twin = twin;
		this.placeOrder = screenOrder(story.model.places);
		this.#followStory();
	}

	/** Where regions and places lie; the map's height is read without depending on it. */
	#ground(): Ground {
		return {
			regionBounds: this.#twin().regionBounds,
			places: this.#story.model.places,
			frameHeight: untrack(() => this.frameHeight)
		};
	}

	#followStory() {
		const story = this.#story;
		// A region or place named in the link: show it once the map is ready.
		let hasShownLinked = false;
		$effect(() => {
			if (this.mapState !== 'idle' || hasShownLinked) return;
			hasShownLinked = true;
			const t = untrack(() => this.selected);
			if (!t || untrack(() => story.linkedCamera || story.selectedEvent)) return;
			const fit = fitTarget(t, this.#ground());
			if (fit) this.fit = fit;
		});
		// An event selected on the timeline: fit its places and regions, and both ends of its trips.
		$effect(() => {
			const e = story.selectedEvent;
			if (!e) return;
			const fit = fitEvent(e, story.model.events, this.#ground());
			if (fit) this.fit = fit;
		});
		// A camera restored from the link (`cam`, decoded in state/url.ts): it wins over the event's.
		$effect(() => {
			const linked = story.linkedCamera;
			if (linked) this.fit = fitCamera(linked.camera);
		});
	}

	/** Opens a region's or place's panel; from a list (`moveCamera`), the camera goes there. */
	open(target: MapTarget, moveCamera = false) {
		if (!this.selected && document.activeElement instanceof HTMLElement)
			this.#returnFocus = document.activeElement;
		if (target.kind === 'region') this.#story.selectRegion(target.id);
		else this.#story.selectPlace(target.id);
		if (moveCamera) {
			const fit = fitTarget(target, this.#ground());
			if (fit) this.fit = fit;
			return;
		}
		// Clicked on the map: move only if the panel now opening would cover what was clicked.
		if (!this.isWebGL) return;
		const cover = panelInset(this.layoutWidth, !this.#isStacked.current);
		const fit = fitClear(target, this.#ground(), this.view, this.frameWidth, cover);
		if (fit) this.fit = fit;
	}

	close() {
		this.#story.selectRegion(null);
		this.#story.selectPlace(null);
		const el = this.#returnFocus;
		this.#returnFocus = null;
		if (el?.isConnected) el.focus();
	}

	/** Turns every trip on or off; on, the camera shows them all. */
	showTrips() {
		this.isShowingTrips = !this.isShowingTrips;
		const fit = this.isShowingTrips ? fitTrips(this.#story.model.events, this.#ground()) : null;
		if (fit) this.fit = fit;
	}

	goTo(id: ViewId) {
		this.fit = fitView(id);
	}

	/** The camera after a move; the reader's moves (not the opening view) go into the link. */
	onview(v: { bounds: Bounds; zoom: number; isFirst: boolean }) {
		this.view = { bounds: v.bounds, zoom: v.zoom };
		// The view the map opened on is not the reader's: the link keeps no camera.
		if (v.isFirst) return;
		const [[w, s], [e, n]] = v.bounds;
		this.#story.setCamera({ lng: (w + e) / 2, lat: (s + n) / 2, zoom: v.zoom });
	}

	#legend() {
		const { model, selectedEvent } = this.#story;
		const { selected, highlighted, topic, isWebGL, mapContent } = this;
		return legendEntries({
			snapshotLabel: this.snapshotLabel,
			map: isWebGL && mapContent ? mapContent : null,
			onScreen: isWebGL ? (mapContent?.onScreen ?? null) : null,
			hasSelection: selected !== null,
			hasHighlight: highlighted.regions.length + highlighted.places.length > 0,
			hasTrips: this.arcs.length > 0,
			selectionName: selected
				? nameOrNull(
						(selected.kind === 'region'
							? model.regions.find((r) => r.id === selected.id)
							: model.places.find((p) => p.id === selected.id)
						)?.name
					)
				: null,
			highlightNote: topic
				? `plan topic: ${topic.title}`
				: selectedEvent
					? `${formatDay(selectedEvent.date)}: ${selectedEvent.title}`
					: null,
			selectionShape:
				selected?.kind === 'place'
					? 'dot'
					: model.regions.find((r) => r.id === selected?.id)?.kind === 'group'
						? 'outline'
						: 'fill',
			hasGroupOutline: highlighted.regions.some((id) =>
				model.regions.some((r) => r.id === id && r.kind === 'group')
			),
			hasHover: this.#canHover.current
		});
	}
}

const nameOrNull = (name: { en: string; uk?: string } | undefined) =>
	name ? localName(name) : null;
