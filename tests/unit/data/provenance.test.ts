/**
 * Every page the content cites comes from the sourced fact sheets the content was compiled from
 * (`../shared/facts`, or the folder named by CHRONOMAP_FACTS): no address is typed in from
 * elsewhere. Skipped where the fact sheets are not checked out next to the project.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const factsDir = resolve(process.env.CHRONOMAP_FACTS ?? '../shared/facts');
const hasFacts = existsSync(factsDir);

/** Every string in a parsed YAML value that is an http(s) address. */
function urlsIn(value: unknown, out = new Set<string>()): Set<string> {
	if (typeof value === 'string') {
		if (/^https?:\/\/\S+$/.test(value.trim())) out.add(value.trim());
	} else if (Array.isArray(value)) value.forEach((v) => urlsIn(v, out));
	else if (value && typeof value === 'object') Object.values(value).forEach((v) => urlsIn(v, out));
	return out;
}

const yamlIn = (dir: string) =>
	readdirSync(dir)
		.filter((f) => f.endsWith('.yaml'))
		.map((f) => ({ file: f, data: parse(readFileSync(join(dir, f), 'utf8')) as unknown }));

describe.skipIf(!hasFacts)('where the cited pages come from', () => {
	it('cites only addresses found in the fact sheets', () => {
		const known = new Set<string>();
		for (const { data } of yamlIn(factsDir)) urlsIn(data, known);
		const strays: string[] = [];
		// site.yaml's links credit the map data; they are not pages the content cites.
		for (const { file, data } of yamlIn('data').filter((f) => f.file !== 'site.yaml'))
			for (const url of urlsIn(data)) if (!known.has(url)) strays.push(`${file}: ${url}`);
		expect(known.size).toBeGreaterThan(100);
		expect(strays).toEqual([]);
	});
});
