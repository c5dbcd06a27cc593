/**
 * `geo.yaml`: where the story's map files in static/geo/ come from. `npm run geo` reads it and
 * rebuilds each map file from the GeoJSON inputs it names, checked into the content folder.
 */
import { z } from 'zod';
import { Id } from './fields';

/** A file name inside the inputs folder: GeoJSON, gzipped or not. */
const InputFile = z
	.string({ error: 'expected a file name as text' })
	.regex(/^[A-Za-z0-9._-]+\.geojson(\.gz)?$/, {
		error: 'expected a file name ending in .geojson or .geojson.gz (no folders)'
	});

/** A property name, as the map code reads it or as the input file spells it. */
const PropertyName = z
	.string({ error: 'expected a property name as text' })
	.regex(/^[A-Za-z_][A-Za-z0-9_]*$/, { error: 'expected a property name (letters, digits, _)' });

export const GeoLayer = z
	.strictObject({
		from: InputFile.meta({ description: 'The input file the layer is made from' }),
		properties: z.record(PropertyName, PropertyName).meta({
			description:
				'The properties each feature keeps, as `name in the map file: name in the input`, in order; a property the input lacks becomes null'
		})
	})
	.meta({ description: 'One object of the map file: the features of one input file' });

export const GeoMap = z
	.strictObject({
		file: z
			.string({ error: 'expected a file name as text' })
			.regex(/^[a-z0-9-]+\.topo\.json$/, { error: 'expected a file name such as region.topo.json' })
			.meta({ description: 'The TopoJSON file written to static/geo/' }),
		quantization: z.int().min(2).meta({
			description:
				'TopoJSON quantisation: the number of steps across the extent (1e5 ≈ 20 m over a country)'
		}),
		layers: z
			.record(Id, GeoLayer)
			.refine((l) => Object.keys(l).length > 0, { error: 'needs at least one layer' })
			.meta({ description: 'The objects of the topology, by name, in order' })
	})
	.meta({ description: 'One map file and the layers it is made of' });

export const GeoConfig = z.strictObject({
	inputs: z
		.string({ error: 'expected a folder name as text' })
		.regex(/^[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)*$/, {
			error: 'expected a folder inside the content folder, such as geo'
		})
		.refine((s) => !s.split('/').includes('..'), { error: 'must stay inside the content folder' })
		.meta({ description: 'The folder, inside the content folder, that holds the input files' }),
	maps: z.array(GeoMap).min(1, { error: 'needs at least one map file' })
});
