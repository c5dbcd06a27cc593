/**
 * Every property path a JSON Schema of data/schema/ allows, with whether it is required.
 * Paths are written as in data/README.md: keys joined by dots, `[]` for the items of a list and
 * `*` for the values of a map keyed by id (`events[].quote.speaker`, `topics[].cells.*.status`).
 */
type JsonSchema = {
	type?: string | string[];
	properties?: Record<string, JsonSchema>;
	required?: string[];
	items?: JsonSchema;
	additionalProperties?: boolean | JsonSchema;
	anyOf?: JsonSchema[];
	oneOf?: JsonSchema[];
	allOf?: JsonSchema[];
};

export interface SchemaField {
	path: string;
	required: boolean;
}

export function schemaFields(schema: JsonSchema, prefix = ''): SchemaField[] {
	const fields: SchemaField[] = [];
	const seen = new Set<string>();
	const add = (f: SchemaField) => {
		if (seen.has(f.path)) return;
		seen.add(f.path);
		fields.push(f);
	};
	const walk = (s: JsonSchema, at: string) => {
		for (const branch of [...(s.anyOf ?? []), ...(s.oneOf ?? []), ...(s.allOf ?? [])])
			walk(branch, at);
		for (const [key, sub] of Object.entries(s.properties ?? {})) {
			const path = at ? `${at}.${key}` : key;
			add({ path, required: (s.required ?? []).includes(key) });
			walk(sub, path);
		}
		if (s.items && typeof s.items === 'object') walk(s.items, `${at}[]`);
		if (s.additionalProperties && typeof s.additionalProperties === 'object')
			walk(s.additionalProperties, `${at}.*`);
	};
	walk(schema, prefix);
	return fields;
}
