import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { schemaFiles } from '../../../src/lib/data/jsonSchema';
import { FILE_KINDS } from '../../../src/lib/data/schema';

it('the JSON Schemas committed in data/schema/ match the validator (run `npm run schema`)', () => {
	for (const [name, text] of Object.entries(schemaFiles())) {
		expect(readFileSync(join('data', 'schema', name), 'utf8'), name).toBe(text);
	}
});

it('every content file points editors at its JSON Schema', () => {
	for (const kind of FILE_KINDS) {
		const first = readFileSync(join('data', `${kind}.yaml`), 'utf8').split('\n')[0];
		expect(first, kind).toBe(`# yaml-language-server: $schema=schema/${kind}.json`);
	}
});
