/**
 * `npm run check:data [dir]`: validates the content files and prints every problem, one per line,
 * as `file:line entry › field: message`. Exits 1 when there is any.
 */
import { ChronologyError, formatError } from '../lib/data/errors';
import { contentDir, readChronology } from '../lib/server/content';

const dir = process.argv[2] ?? contentDir();
try {
	const model = readChronology(dir);
	console.log(
		`${dir}: OK — ${model.events.length} events, ${model.people.length} people, ` +
			`${model.places.length} places, ${model.regions.length} regions, ${model.glossary.length} terms, ` +
			`${model.plans?.documents.length ?? 0} documents, ${model.plans?.positions.length ?? 0} positions, ${model.steps.length} steps`
	);
} catch (err) {
	if (!(err instanceof ChronologyError)) throw err;
	for (const e of err.errors) console.error(formatError(e));
	console.error(
		`\n${err.errors.length} problem${err.errors.length === 1 ? '' : 's'} in ${dir}/ — nothing was built.`
	);
	process.exit(1);
}
