/** `npm run schema`: regenerates data/schema/*.json from the validator. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { schemaFiles } from '../lib/data/jsonSchema';

const dir = join('data', 'schema');
mkdirSync(dir, { recursive: true });
for (const [name, text] of Object.entries(schemaFiles())) {
	writeFileSync(join(dir, name), text);
	console.log(`wrote ${join(dir, name)}`);
}
