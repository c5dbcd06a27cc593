/**
 * `npm run check:data [dir] [--lang uk]`: validates the content files and prints every problem,
 * one per line, as `file:line entry › field: message`. Exits 1 when there is any. A valid story
 * is also checked for its translations: every text field still lacking one of the story's
 * languages (site.yaml `languages`; with `--lang`, that one only) is listed the same way, with a
 * total, and the command exits 1 while any remain. The build runs this check, so an edition is
 * never published with English standing in for its language.
 */
import { ChronologyError, formatError } from '../lib/data/errors';
import { untranslated } from '../lib/data/load';
import { LANGS, type Lang } from '../lib/data/schema/fields';
import { storyLanguages } from '../lib/i18n/languages.js';
import { contentDir, readChronology, readContentFiles } from '../lib/server/content';

const args = process.argv.slice(2);
const langAt = args.indexOf('--lang');
const lang = langAt >= 0 ? args[langAt + 1] : undefined;
const dir =
	args.find((a, i) => !a.startsWith('--') && (langAt < 0 || i !== langAt + 1)) ?? contentDir();

if (langAt >= 0 && !(LANGS as readonly (string | undefined)[]).includes(lang)) {
	console.error(`--lang expects one of ${LANGS.join(', ')}`);
	process.exit(2);
}

try {
	const model = readChronology(dir, 'en');
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

let missingTotal = 0;
for (const l of lang !== undefined ? [lang] : storyLanguages(dir)) {
	if (l === 'en') continue;
	const missing = untranslated(readContentFiles(dir), l as Lang);
	for (const e of missing) console.error(formatError(e));
	if (missing.length > 0) {
		console.error(
			`\n${missing.length} text field${missing.length === 1 ? '' : 's'} in ${dir}/ still lack "${l}".`
		);
	} else console.log(`${dir}: every text field has "${l}".`);
	missingTotal += missing.length;
}
if (missingTotal > 0) process.exit(1);
