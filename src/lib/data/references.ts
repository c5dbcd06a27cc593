/**
 * Checks that cross the boundaries of one entry or one file: unique ids, references that resolve,
 * quotes that cite one of their entry's sources, and dates inside the story's period.
 * Runs on every entry, with the fields that are valid, so one bad value does not hide the others.
 * The shared machinery is in crossCheck.ts; the events' checks are in eventReferences.ts.
 */
import { crossCheck, type Report } from './crossCheck';
import { valueOf, type Path, type SourceFile } from './errors';
import { ImagePath, REGION_KINDS, type FileKind } from './schema';
import type { ImageFile } from './types';
import { checkEvents } from './eventReferences';

interface SiteShape {
	regionKinds?: Record<string, unknown>;
	map?: {
		views?: ({ id?: unknown } | null)[];
		anchors?: Record<string, unknown>;
		occupation?: { snapshots?: ({ id?: unknown } | null)[] } | null;
	};
}
/** site.yaml as read, before validation (its own errors are reported by the schema). */
const siteOf = (data: unknown): SiteShape | null =>
	data && typeof data === 'object' ? (data as SiteShape) : null;

/**
 * `images` are the content folder's image files by path (`media/launch.jpg`), as read from disk;
 * an entry's image must be one of them.
 */
export function checkReferences(
	files: Partial<Record<FileKind, SourceFile>>,
	report: Report,
	images: Record<string, ImageFile> = {}
) {
	const c = crossCheck(files, report);
	const { entries, ref, refs, inPeriod, quoteCites, noteOnMirror, notesOnMirrors } = c;
	const { places, regions, people, events, documents, sides, registry, issues } = c;
	const { tripEnds } = checkEvents(c);

	for (const { index, value: p } of entries('people', 'people')) {
		ref('people', ['people', index, 'side'], p.side, sides, 'side');
		notesOnMirrors('people', ['people', index, 'sources'], p.sources);
	}

	// site.yaml: what it names must exist, and the regions' kinds must be among its kinds.
	const site = siteOf(files.site?.data);
	const kinds = new Set(Object.keys(site?.regionKinds ?? {}));
	for (const id of Object.keys(site?.map?.anchors ?? {})) {
		ref('site', ['map', 'anchors', id], id, regions, 'region');
	}
	const views = (site?.map?.views ?? []).map((v) => v?.id);
	views.forEach((id, i) => {
		if (typeof id === 'string' && views.indexOf(id) !== i)
			report(
				'site',
				['map', 'views', i, 'id'],
				`id "${id}" is already used by view #${views.indexOf(id) + 1}`
			);
	});
	const snapshots = new Set((site?.map?.occupation?.snapshots ?? []).map((s) => s?.id));

	for (const { index, value: r } of entries('regions', 'regions')) {
		refs('regions', ['regions', index, 'members'], r.members ?? [], regions, 'region');
		if (
			files.site &&
			r.kind !== undefined &&
			!(REGION_KINDS as readonly string[]).includes(r.kind) &&
			!kinds.has(r.kind)
		) {
			report(
				'regions',
				['regions', index, 'kind'],
				`unknown region kind "${r.kind}" (expected ${[...REGION_KINDS, ...kinds].join(', ')}: site.yaml › regionKinds names a story's own kinds)`
			);
		}
		notesOnMirrors('regions', ['regions', index, 'sources'], r.sources);
		r.facts?.forEach((f, i) =>
			notesOnMirrors('regions', ['regions', index, 'facts', i, 'sources'], f.sources)
		);
	}

	for (const { index, value: g } of entries('glossary', 'glossary')) {
		refs('glossary', ['glossary', index, 'events'], g.events, events, 'event');
		notesOnMirrors('glossary', ['glossary', index, 'sources'], g.sources);
	}

	for (const [id, source] of Object.entries(registry)) {
		if (source && typeof source === 'object') noteOnMirror('documents', ['sources', id], source);
	}

	for (const { index, value: d } of entries('documents', 'documents')) {
		const at: Path = ['documents', index];
		ref('documents', [...at, 'authorSide'], d.authorSide, sides, 'side');
		refs('documents', [...at, 'people'], d.people, people, 'person');
		refs('documents', [...at, 'events'], d.events, events, 'event');
		refs('documents', [...at, 'sources'], d.sources, new Set(Object.keys(registry)), 'source');
		ref('documents', [...at, 'revises'], d.revises, documents, 'document');
		if (!d.afterPeriod) {
			inPeriod('documents', [...at, d.date !== undefined ? 'date' : 'from'], d.date ?? d.from);
		}
	}

	const revising = new Set(
		entries('documents', 'documents').flatMap(({ value }) =>
			value.revises && value.id ? [value.id] : []
		)
	);
	const registryUrl = (id: string) => (registry[id] as { url?: unknown } | undefined)?.url;
	for (const { index, value: t } of entries('documents', 'topics')) {
		const at: Path = ['topics', index];
		refs('documents', [...at, 'regions'], t.regions, regions, 'region');
		refs('documents', [...at, 'places'], t.places, places, 'place');
		for (const [docId, cell] of Object.entries(t.cells ?? {})) {
			const cellAt: Path = [...at, 'cells', docId];
			ref('documents', cellAt, docId, documents, 'document');
			if (cell.change !== undefined && !revising.has(docId)) {
				report(
					'documents',
					[...cellAt, 'change'],
					`document "${docId}" revises no other document, so there is nothing to compare with (add \`revises:\` to it)`
				);
			}
			refs(
				'documents',
				[...cellAt, 'sources'],
				cell.sources,
				new Set(Object.keys(registry)),
				'source'
			);
			const urls = cell.sources.map(registryUrl).filter((u): u is string => typeof u === 'string');
			quoteCites('documents', cellAt, cell.quote, urls);
		}
	}

	for (const { index, value: p } of entries('positions', 'positions')) {
		const at: Path = ['positions', index];
		ref('positions', [...at, 'side'], p.side, sides, 'side');
		refs('positions', [...at, 'jointWith'], p.jointWith ?? [], sides, 'side');
		ref('positions', [...at, 'issue'], p.issue, issues, 'issue');
		if (p.speaker !== undefined) ref('positions', [...at, 'speaker'], p.speaker, people, 'person');
		refs('positions', [...at, 'people'], p.people, people, 'person');
		refs('positions', [...at, 'events'], p.events, events, 'event');
		quoteCites(
			'positions',
			at,
			p.quote,
			p.sources?.map((s) => s.url)
		);
		const quoted = p.quote?.speaker;
		if (quoted !== undefined && p.people && quoted !== p.speaker && !p.people.includes(quoted)) {
			report(
				'positions',
				[...at, 'quote', 'speaker'],
				`"${quoted}" is quoted but is neither this position's speaker nor in its people`
			);
		}
		notesOnMirrors('positions', [...at, 'sources'], p.sources);
	}

	for (const { index, value: p } of entries('story', 'phases')) {
		inPeriod('story', ['phases', index, 'start'], p.start);
		inPeriod('story', ['phases', index, 'end'], p.end);
	}
	for (const { index, value: s } of entries('story', 'steps')) {
		const at: Path = ['steps', index];
		refs('story', [...at, 'events'], s.events, events, 'event');
		refs('story', [...at, 'regions'], s.regions, regions, 'region');
		refs('story', [...at, 'places'], s.places, places, 'place');
		if (s.layers?.arcs && files.events && !s.events?.some((id) => tripEnds.has(id))) {
			report(
				'story',
				[...at, 'layers', 'arcs'],
				"none of the step's events has a trip to draw (a trip is an event's `trips` entry)"
			);
		}
		const snap = s.layers?.occupation;
		if (files.site && typeof snap === 'string' && !snapshots.has(snap)) {
			report(
				'story',
				[...at, 'layers', 'occupation'],
				`unknown occupation snapshot "${snap}" (site.yaml › map.occupation.snapshots lists ${[...snapshots].join(', ') || 'none'})`
			);
		}
		inPeriod('story', [...at, 'range', 'start'], s.range?.start);
		inPeriod('story', [...at, 'range', 'end'], s.range?.end);
	}

	// The file is looked for even when another field of the media is wrong.
	const imageFile = (kind: FileKind, path: Path) => {
		const parsed = ImagePath.safeParse(valueOf(files[kind]!, path));
		if (!parsed.success) return;
		const image = parsed.data;
		const file = images[image];
		if (file === undefined) {
			report(kind, path, `"${image}" is not in the content folder (put the file in media/)`);
		} else if ('problem' in file) {
			report(kind, path, `"${image}" ${file.problem}`);
		}
	};
	for (const { index } of entries('events', 'events')) {
		imageFile('events', ['events', index, 'media', 'image']);
	}
	for (const { index } of entries('story', 'steps')) {
		imageFile('story', ['steps', index, 'media', 'image']);
	}
}
