/**
 * Writes a converted TimelineJS timeline as a content folder: story.yaml, events.yaml,
 * places.yaml, and empty people.yaml and regions.yaml. Each file names its JSON Schema for
 * editors; days are quoted, short lists are written on one line.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Document, isScalar, visit } from 'yaml';
import type { Converted } from './convert';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function yamlText(value: unknown, schema: string, header: string[]): string {
	const doc = new Document(value);
	visit(doc, {
		Scalar(_, node) {
			if (typeof node.value === 'string' && DAY.test(node.value)) node.type = 'QUOTE_SINGLE';
		},
		// Short lists of ids and small maps of names (`name: { en: Oslo }`) go on one line.
		Seq(_, node) {
			if (node.items.length <= 6 && node.items.every((i) => isScalar(i))) node.flow = true;
		},
		Map(_, node) {
			if (node.items.length <= 2 && node.items.every((p) => isScalar(p.value))) node.flow = true;
		}
	});
	const lines = [`# yaml-language-server: $schema=${schema}`, ...header.map((h) => `# ${h}`)];
	return `${lines.join('\n')}\n${doc.toString({ lineWidth: 100, flowCollectionPadding: false })}`;
}

/** Writes the content files into `out` (created if missing; must be empty of content files). */
export function writeContent(out: string, converted: Converted, schemaDir: string): string[] {
	mkdirSync(out, { recursive: true });
	const clash = readdirSync(out).filter((f) => f.endsWith('.yaml'));
	if (clash.length)
		throw new Error(`${out} already holds ${clash.join(', ')}: give an empty folder`);
	const schema = (kind: string) =>
		relative(out, join(schemaDir, `${kind}.json`)).replaceAll('\\', '/');
	const files: [string, unknown, string[]][] = [
		[
			'story',
			converted.story,
			[
				'Imported from TimelineJS. Edit the title, the standfirst, the sides, the phases and the steps',
				'(data/README.md of the Chronomap repository documents every field).'
			]
		],
		[
			'events',
			{ events: converted.events },
			[
				'Imported from TimelineJS, which has no sources: every event needs at least one before the',
				'story builds (`npm run check:data` lists them). Check each confidence too.'
			]
		],
		['places', { places: converted.places }, ['Imported from the events’ locations.']],
		['people', { people: [] }, []],
		['regions', { regions: [] }, []]
	];
	const written: string[] = [];
	for (const [kind, value, header] of files) {
		const path = join(out, `${kind}.yaml`);
		if (existsSync(path)) throw new Error(`${path} exists`);
		writeFileSync(path, yamlText(value, schema(kind), header));
		written.push(path);
	}
	return written;
}
