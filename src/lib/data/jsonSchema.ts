/**
 * JSON Schemas for editors, generated from the validator so that the two never disagree. YAML
 * files point at them (`# yaml-language-server: $schema=schema/events.json`) for completion and
 * inline checks; a test fails when the committed copies in data/schema/ are stale.
 */
import { z } from 'zod';
import { FILE_KINDS, FILES, GeoConfig, type FileKind } from './schema';

const TITLES: Record<FileKind, string> = {
	story: 'Chronomap story: title, period, sides, phases and steps',
	events: 'Chronomap events: the dated chronology',
	people: 'Chronomap people: who is who',
	places: 'Chronomap places: points on the map',
	regions: 'Chronomap regions: clickable areas and what is known about them',
	glossary: 'Chronomap glossary',
	documents: 'Chronomap documents: plan versions, topics and their sources',
	positions: "Chronomap positions: each side's stated positions over time",
	hosts: 'Chronomap hosts: mirror and aggregator hosts whose pages need a note',
	site: "Chronomap site: the About page's story text, the map's area, views, layers and credits"
};

/** The map's inputs (`geo.yaml`): read by `npm run geo`, not by the site. */
const GEO_TITLE = 'Chronomap geo: the inputs the map files in static/geo/ are built from';

function jsonSchemaOf(title: string, type: z.ZodType): string {
	const schema = z.toJSONSchema(type, {
		target: 'draft-2020-12',
		io: 'input',
		unrepresentable: 'any'
	});
	const doc = { title, ...schema };
	return JSON.stringify(doc, null, '\t') + '\n';
}

export const jsonSchemaFor = (kind: FileKind): string => jsonSchemaOf(TITLES[kind], FILES[kind]);

export const schemaFiles = (): Record<string, string> => ({
	...Object.fromEntries(FILE_KINDS.map((kind) => [`${kind}.json`, jsonSchemaFor(kind)])),
	'geo.json': jsonSchemaOf(GEO_TITLE, GeoConfig)
});
