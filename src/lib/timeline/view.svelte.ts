/**
 * What one timeline shows and how it moves: from the shared state, the variant and the width,
 * the prepared events, the layout, the zoom and its scale, the active and emphasised events and
 * the frame to draw. TimelineView renders it; its keys, buttons and brush act through it.
 * Create it while a component initialises: it keeps the view and the time range in step.
 */
import type { ScaleTime } from 'd3';
import { untrack } from 'svelte';
import { DAY_MS, dayMs } from '../data/dates';
import type { Chronology, ChronoEvent } from '../data/types';
import { sideStyles, type SideStyle } from '../ui/sides';
import { computeFrame, type Frame } from './layout/frame';
import { keyAction } from './input/keys';
import { phaseBands } from './layout/bands';
import { layoutFor, type Layout, type Variant } from './layout/geometry';
import { prepare, type Prepared } from './model/prepare';
import { type ZoomTransform, frameTransform, transformDomain } from './scales/transform';
import { axisTicks } from './scales/ticks';
import { brokenScale, brushRange, emptyStretch, timeScale } from './scales/scale';
import { padDomain, timelineDomains } from './scales/domain';
import { shownEvents, type TimelineStory } from './story';
import type { ZoomApi } from './input/zoom.svelte';

type Days = { start: string; end: string };

/** What the component passes in: an object of getters over its props, so that each derived
 * value depends only on the props it reads. */
export interface TimelineInputs {
	story: TimelineStory;
	variant: Variant;
	/** Event ids to emphasise (e.g. those of the current story step). */
	highlighted: string[];
	/** The stretch of time to show; when it changes the timeline moves to it. */
	view: Days | null;
	/** Called when keyboard focus moves to another event (id). */
	onactive?: (id: string) => void;
}

const rangeKey = (r: Days | null) => (r ? `${r.start}/${r.end}` : '');

/** The indexes that point at an event (not -1), as a set that is read, never changed. */
const indexSet = (indexes: number[]): ReadonlySet<number> => new Set(indexes.filter((i) => i >= 0));

function viewDomain(v: Days): [number, number] {
	return padDomain([dayMs(v.start), dayMs(v.end) + DAY_MS], 0.04);
}

export class TimelineViewState {
	readonly #in: TimelineInputs;
	// The model is fixed for the life of the page.
	readonly model: Chronology;
	readonly sides: Map<string, SideStyle>;
	readonly lanes: SideStyle[];
	readonly allDomain: [number, number];
	readonly coreDomain: [number, number];

	/** The component's width, px (bound by the component). */
	width = $state(0);
	activeId = $state<string | null>(null);
	hoveredId = $state<string | null>(null);
	hasFocus = $state(false);
	isTable = $state(false);
	zoomApi: ZoomApi | null = null;
	/** The zoom as { k, share of the length }, so that a resize keeps the same stretch of time. */
	#z = $state<{ k: number; f: number } | null>(null);
	/** The last range this timeline set itself (it is already in view). */
	#ownRange = '';

	// Below 640 px the full timeline is vertical (see layoutFor); the story's strip and the
	// slides' timeline stay horizontal, under their map.
	readonly isHorizontal: boolean;
	readonly prepared: Prepared;
	readonly layout: Layout;
	/** The zoom now: the user's, else the given view or the core period, framed. */
	readonly zt: ZoomTransform;
	readonly scale: ScaleTime<number, number>;
	readonly selectedIndex: number;
	/** The event the keyboard is on: the last one moved to, else the selection, else the first
	 * in view, as long as it is in view. */
	readonly activeIndex: number;
	/** Selected and highlighted events. The focused one is not part of the frame, so moving focus
	 * does not recompute it. */
	readonly emphasis: ReadonlySet<number>;
	readonly frame: Frame;
	readonly bands: ReturnType<typeof phaseBands>;
	readonly ticks: ReturnType<typeof axisTicks>;
	/** The floating card follows the pointer or the keyboard; the selected event's card, with
	 * its links, sits below the timeline where it hides nothing. */
	readonly cardIndex: number;
	readonly cardEvent: ChronoEvent | null;

	constructor(inputs: TimelineInputs) {
		this.#in = inputs;
		const model = untrack(() => inputs.story.model);
		this.model = model;
		this.sides = sideStyles(model.sides);
		this.lanes = [...this.sides.values()];
		const sideIds = model.sides.map((s) => s.id);
		// All events, horizontal: the time domains come from it, and unfiltered views reuse it.
		const everything = prepare(model.events, sideIds, true);
		const domains = timelineDomains(everything.times, model.story.period, everything.sortedAt);
		this.allDomain = domains.all;
		this.coreDomain = domains.core;
		// Vertical (narrow screens): the page scrolls, so the axis is long enough to keep touch
		// targets apart over the opening view (44 px a day, within limits).
		const [c0, c1] = this.coreDomain;
		const verticalLength = Math.round(Math.min(2400, Math.max(560, ((c1 - c0) / DAY_MS) * 44)));

		this.isHorizontal = $derived(
			inputs.variant !== 'full' || this.width === 0 || this.width >= 640
		);
		const filtered = $derived(shownEvents(inputs.story));
		// The shown events are a selection of the model's, in order: as many means all of them.
		this.prepared = $derived(
			filtered.length === model.events.length && this.isHorizontal
				? everything
				: prepare(filtered, sideIds, this.isHorizontal)
		);
		this.layout = $derived(
			layoutFor(
				inputs.variant,
				this.width || 960,
				this.prepared.lanes.map((l) => l.spanRows),
				verticalLength
			)
		);
		this.zt = $derived.by(() => {
			const z = this.#z;
			if (z) return { k: z.k, t: z.f * this.layout.length };
			const view = inputs.view;
			return this.framing(view ? viewDomain(view) : this.coreDomain);
		});
		this.scale = $derived.by(() => {
			const { layout, prepared } = this;
			const d = transformDomain(this.allDomain, this.zt, layout.length);
			// The story's strip and the slides' timeline follow the steps and cannot be zoomed:
			// a long stretch without events (years between the war's start and the talks) is
			// left out, so the events on either side of it keep their room.
			const stretch = inputs.variant === 'full' ? null : emptyStretch(prepared.sortedAt, d);
			return stretch
				? brokenScale(prepared.sortedAt, d, stretch, layout.length)
				: timeScale(d, layout.length);
		});

		this.selectedIndex = $derived.by(() => {
			const id = inputs.story.eventId;
			return id === null ? -1 : (this.prepared.index.get(id) ?? -1);
		});
		this.activeIndex = $derived.by(() => {
			const { prepared, scale, selectedIndex } = this;
			if (prepared.events.length === 0) return -1;
			const i = this.activeId === null ? -1 : (prepared.index.get(this.activeId) ?? -1);
			if (i >= 0 && this.#inView(i)) return i;
			if (selectedIndex >= 0 && this.#inView(selectedIndex)) return selectedIndex;
			const [d0] = scale.domain().map(Number) as [number, number];
			const first = prepared.times.findIndex((t) => t.at >= d0);
			return first >= 0 && this.#inView(first) ? first : i >= 0 ? i : Math.max(0, first);
		});
		this.emphasis = $derived(
			indexSet([
				this.selectedIndex,
				...inputs.highlighted.map((id) => this.prepared.index.get(id) ?? -1)
			])
		);
		this.frame = $derived(
			computeFrame(this.prepared, this.scale, this.zt.t, this.layout, {
				emphasis: this.emphasis,
				minGapPx: this.isHorizontal ? undefined : this.layout.hit[0]
			})
		);
		this.bands = $derived(
			phaseBands(model.phases, this.scale, this.layout.length, this.layout.fontPx)
		);
		this.ticks = $derived(axisTicks(this.scale, this.layout.length, this.isHorizontal ? 100 : 64));
		this.cardIndex = $derived.by(() => {
			if (this.hoveredId !== null) return this.prepared.index.get(this.hoveredId) ?? -1;
			return this.hasFocus && this.activeIndex >= 0 ? this.activeIndex : -1;
		});
		this.cardEvent = $derived<ChronoEvent | null>(this.prepared.events[this.cardIndex] ?? null);

		// Story steps drive the view.
		$effect(() => {
			const v = inputs.view;
			if (v) untrack(() => this.zoomApi?.set(this.framing(viewDomain(v))));
		});
		// A time range set from outside the timeline (a shared link, the back button, a map or
		// topic view) is brought into view; one brushed here already is.
		$effect(() => {
			const { story, view } = inputs;
			const r = story.range;
			const key = rangeKey(r);
			if (!r || key === this.#ownRange || view) return void (this.#ownRange = key);
			this.#ownRange = key;
			const target = this.framing(viewDomain(r));
			untrack(() => {
				if (this.zoomApi) this.zoomApi.set(target);
				else this.#z = { k: target.k, f: target.t / this.layout.length };
			});
		});
	}

	get story(): TimelineStory {
		return this.#in.story;
	}

	/** The zoom transform that frames a time domain. */
	framing(d: [number, number]): ZoomTransform {
		return frameTransform(this.allDomain, d, this.layout.length);
	}
	/** From d3-zoom: the user zoomed or panned. */
	zoomed(next: ZoomTransform) {
		this.#z = { k: next.k, f: next.t / this.layout.length };
	}
	#inView(i: number) {
		const u = this.scale(this.prepared.times[i]!.at);
		return u >= 0 && u <= this.layout.length;
	}

	/** Moves keyboard focus to an event, panning it into view if it is near an edge. */
	moveTo(i: number, focus: (id: string) => void) {
		const e = this.prepared.events[i];
		if (!e) return;
		this.activeId = e.id;
		const { layout, zt } = this;
		const u = this.scale(this.prepared.times[i]!.at);
		const margin = Math.min(60, layout.length / 6);
		if (u < margin || u > layout.length - margin)
			this.zoomApi?.set({ k: zt.k, t: zt.t + layout.length / 2 - u }, true);
		focus(e.id);
		this.#in.onactive?.(e.id);
	}

	/** The timeline's keys (input/keys.ts); `focus` moves DOM focus to an event's mark. */
	onkey(ev: KeyboardEvent, focus: (id: string) => void) {
		const { prepared, activeIndex } = this;
		const action = keyAction(ev.key, activeIndex, prepared.events.length);
		if (!action) return;
		ev.preventDefault();
		if (action.type === 'focus') this.moveTo(action.index, focus);
		else if (action.type === 'select')
			this.story.selectEvent(prepared.events[activeIndex]?.id ?? null);
		else if (action.type === 'zoom')
			this.zoomApi?.scaleBy(action.factor, this.scale(prepared.times[activeIndex]?.at ?? 0));
		else {
			this.story.selectEvent(null);
			this.hoveredId = null;
		}
	}

	zoomBy(factor: number) {
		this.zoomApi?.scaleBy(factor);
	}
	frameDomain(d: [number, number]) {
		this.zoomApi?.set(this.framing(d));
	}
	setRange(r: Days | null) {
		this.#ownRange = rangeKey(r);
		this.story.setRange(r);
	}
	useViewAsRange() {
		this.setRange(brushRange(this.scale, 0, this.layout.length));
	}
}
