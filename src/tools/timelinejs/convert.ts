/**
 * Converts a TimelineJS JSON file (https://timeline.knightlab.com/docs/json-format.html) into
 * the content of a Chronomap story: events (dates, titles, text as summary), places from each
 * event's `location`, sides from `group`, phases from `eras`, and a minimal story. TimelineJS has
 * no sources, so every event gets `sources: []`, which `npm run check:data` reports, one event at
 * a time, until each has a source. What the content files cannot hold (media, times without a
 * zone) is listed in the report rather than dropped silently.
 */

/** A TimelineJS date: every part may be a number or a string. */
export interface TjsDate {
	year: number | string;
	month?: number | string;
	day?: number | string;
	hour?: number | string;
	minute?: number | string;
	second?: number | string;
	display_date?: string;
}

export interface TjsMedia {
	url?: string;
	caption?: string;
	credit?: string;
	alt?: string;
	title?: string;
	link?: string;
	thumbnail?: string;
}

export interface TjsSlide {
	start_date?: TjsDate;
	end_date?: TjsDate;
	text?: { headline?: string; text?: string };
	media?: TjsMedia;
	group?: string;
	unique_id?: string;
	display_date?: string;
	/** Not part of TimelineJS's own format, but common in files made for maps (StoryMapJS). */
	location?: { name?: string; lat?: number; lon?: number; lng?: number };
}

export interface TjsEra {
	start_date: TjsDate;
	end_date: TjsDate;
	text?: { headline?: string; text?: string };
}

export interface TjsTimeline {
	title?: TjsSlide;
	events: TjsSlide[];
	eras?: TjsEra[];
}

export interface Converted {
	story: Record<string, unknown>;
	events: Record<string, unknown>[];
	places: Record<string, unknown>[];
	/** What could not be carried over, one line each, for the person running the import. */
	report: string[];
}

const ENTITIES: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: ' ',
	ndash: '–',
	mdash: '—',
	hellip: '…',
	rsquo: '’',
	lsquo: '‘',
	rdquo: '”',
	ldquo: '“'
};

/** Plain text from TimelineJS's HTML: tags dropped, entities decoded, spaces collapsed. */
export function plainText(html: string | undefined): string {
	return (html ?? '')
		.replace(/<(br|\/p|\/div|\/li|\/h\d)\b[^>]*>/gi, ' ')
		.replace(/<[^>]*>/g, '')
		.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
			if (name[0] === '#')
				return String.fromCodePoint(
					name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1))
				);
			return ENTITIES[name.toLowerCase()] ?? whole;
		})
		.replace(/\s+/g, ' ')
		.trim();
}

/** A kebab-case id from any text ("São Paulo" → "sao-paulo"). */
export function slug(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60)
		.replace(/-+$/, '');
}

/** Hands out ids: the wanted one if free and valid, else a numbered one. */
function idMaker(fallback: string) {
	const used = new Set<string>();
	return (wanted: string | undefined): string => {
		const base = slug(wanted ?? '') || fallback;
		let id = base;
		for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
		used.add(id);
		return id;
	};
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const num = (v: number | string | undefined) =>
	v === undefined || v === '' ? undefined : Number(v);

/**
 * The day of a TimelineJS date, and what was filled in because the file did not say: a start is
 * the first day of its year or month, an end (`at: 'end'`) the last.
 */
function dayOf(
	d: TjsDate,
	at: 'start' | 'end' = 'start'
): { day: string; filled: 'month' | 'day' | null } | null {
	const year = num(d.year);
	if (year === undefined || !Number.isInteger(year) || year < 1 || year > 9999) return null;
	const month = num(d.month) ?? (at === 'start' ? 1 : 12);
	const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
	const day = num(d.day) ?? (at === 'start' ? 1 : lastDay);
	return {
		day: `${pad(year, 4)}-${pad(month)}-${pad(day)}`,
		filled: num(d.month) === undefined ? 'month' : num(d.day) === undefined ? 'day' : null
	};
}

/** Addresses that lead to a video; anything else is shown as a document. */
const VIDEO = /youtube\.com|youtu\.be|vimeo\.com|dailymotion\.com|\.(mp4|webm|mov)(\?|$)/i;

/**
 * A TimelineJS media item as a link card: the site embeds nothing from other hosts, so a picture
 * or a video on another site becomes a card that leads to it. Its title falls back to the caption
 * or the host; a missing credit is left empty for check:data to ask for.
 */
export function linkCard(m: TjsMedia): Record<string, string> | null {
	let host: string;
	try {
		host = new URL(m.url ?? '').host;
	} catch {
		return null;
	}
	const caption = plainText(m.caption);
	const card: Record<string, string> = {
		link: m.url!,
		kind: VIDEO.test(m.url!) ? 'video' : 'document',
		title: plainText(m.title) || caption || host,
		credit: plainText(m.credit)
	};
	if (caption && caption !== card.title) card.caption = caption;
	return card;
}

export function convertTimeline(tl: TjsTimeline, fileName = 'the TimelineJS file'): Converted {
	const report: string[] = [];
	const eventId = idMaker('event');
	const placeId = idMaker('place');
	const sideId = idMaker('side');
	const phaseId = idMaker('phase');

	const sides = new Map<string, { id: string; name: string }>();
	const sideFor = (group: string | undefined) => {
		const name = plainText(group) || 'Events';
		if (!sides.has(name)) sides.set(name, { id: sideId(name), name });
		return sides.get(name)!.id;
	};

	const places = new Map<string, Record<string, unknown>>();
	const placeFor = (loc: NonNullable<TjsSlide['location']>) => {
		const name = plainText(loc.name);
		const lng = loc.lon ?? loc.lng;
		if (!name || typeof loc.lat !== 'number' || typeof lng !== 'number') return null;
		const key = `${name}|${loc.lat}|${lng}`;
		if (!places.has(key))
			places.set(key, {
				id: placeId(name),
				name: { en: name },
				country: 'XX',
				lng,
				lat: loc.lat,
				note: 'Imported from TimelineJS, which gives no country; set `country` to its ISO 3166-1 alpha-2 code.',
				coordinateSource: `TimelineJS file ${fileName}`
			});
		return places.get(key)!.id as string;
	};

	let timesDropped = 0;
	const media: string[] = [];
	const events: Record<string, unknown>[] = [];
	tl.events.forEach((slide, i) => {
		const start = slide.start_date && dayOf(slide.start_date);
		const title = plainText(slide.text?.headline);
		const where = `event ${i + 1}${title ? ` "${title}"` : ''}`;
		if (!start) {
			report.push(`${where}: no usable start_date (year 1–9999), not imported`);
			return;
		}
		const end = slide.end_date && dayOf(slide.end_date, 'end');
		const e: Record<string, unknown> = { id: eventId(slide.unique_id ?? title), date: start.day };
		if (end && end.day > start.day) e.end = end.day;
		const notes: string[] = [];
		if (start.filled)
			notes.push(
				`TimelineJS gave only the ${start.filled === 'month' ? 'year' : 'year and month'}; the day shown is the first of the ${start.filled === 'month' ? 'year' : 'month'}.`
			);
		if (slide.display_date || slide.start_date?.display_date)
			notes.push(
				`Shown in TimelineJS as "${slide.display_date ?? slide.start_date!.display_date}".`
			);
		if (notes.length) e.dateNote = notes.join(' ');
		if (num(slide.start_date?.hour) !== undefined) timesDropped++;
		e.title = title || `Event ${i + 1}`;
		e.summary = plainText(slide.text?.text) || (e.title as string);
		const place = slide.location && placeFor(slide.location);
		if (slide.location?.name) e.location = plainText(slide.location.name);
		e.places = place ? [place] : [];
		e.sides = [sideFor(slide.group)];
		e.confidence = 'single-source';
		if (slide.media?.url) {
			const card = linkCard(slide.media);
			if (card) {
				e.media = card;
				if (!card.credit) media.push(`${e.id}: ${card.link} has no credit; add one`);
			} else media.push(`${e.id}: ${slide.media.url} is not a web address, not imported`);
		}
		e.sources = [];
		events.push(e);
	});
	if (events.length === 0) throw new Error(`${fileName}: no event with a usable date`);

	if (timesDropped)
		report.push(
			`${timesDropped} event${timesDropped === 1 ? '' : 's'} had a time of day: TimelineJS gives no time zone, so the times were left out (add \`time\` and \`timezone\` where a source gives them)`
		);
	if (tl.title?.media?.url) media.unshift(`title slide: ${tl.title.media.url}, not imported`);
	if (media.length)
		report.push(
			`${media.length} media item${media.length === 1 ? '' : 's'} to look at (each event's media is a link card to it; the site embeds nothing from other hosts):`,
			...media.map((m) => `  ${m}`)
		);
	if (places.size)
		report.push(
			`${places.size} place${places.size === 1 ? '' : 's'} with country "XX": TimelineJS gives no country; set each place's ISO code in places.yaml`
		);
	report.push(
		`${events.length} event${events.length === 1 ? '' : 's'} with no source and confidence "single-source": add at least one source to each and set its confidence; \`npm run check:data\` lists them`
	);

	const days = events.flatMap((e) => [e.date as string, (e.end as string) ?? (e.date as string)]);
	const first = days.reduce((a, b) => (a < b ? a : b));
	const last = days.reduce((a, b) => (a > b ? a : b));

	const phases = (tl.eras ?? []).flatMap((era, i) => {
		const s = dayOf(era.start_date);
		const e = dayOf(era.end_date, 'end');
		const title = plainText(era.text?.headline) || `Era ${i + 1}`;
		if (!s || !e || e.day < s.day) {
			report.push(`era ${i + 1} "${title}": no usable dates, not imported`);
			return [];
		}
		// Phases lie inside the period, which is the span of the events.
		const start = s.day < first ? first : s.day;
		const end = e.day > last ? last : e.day;
		if (end < start) {
			report.push(`era ${i + 1} "${title}": outside the days of the events, not imported`);
			return [];
		}
		const phase: Record<string, unknown> = { id: phaseId(title), title, start, end };
		const summary = plainText(era.text?.text);
		if (summary) phase.summary = summary;
		return [phase];
	});
	if (phases.length === 0)
		phases.push({ id: 'all-events', title: 'All events', start: first, end: last });

	const title = plainText(tl.title?.text?.headline) || 'Timeline';
	const standfirst = plainText(tl.title?.text?.text) || title;
	const story = {
		title,
		standfirst,
		asOf: last,
		period: { start: first, end: last },
		sides: [...sides.values()],
		phases,
		steps: [
			{
				id: 'overview',
				title,
				text: standfirst.split(/\s+/).slice(0, 80).join(' '),
				alt: `The timeline shows all ${events.length} events, from ${first} to ${last}.`,
				events: []
			}
		]
	};
	events.sort((a, b) => (a.date as string).localeCompare(b.date as string));
	return { story, events, places: [...places.values()], report };
}
