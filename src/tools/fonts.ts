/**
 * `npm run fonts`: writes src/lib/fonts/noto-sans-latin-ext-<face>.woff2, the Latin Extended
 * part of Noto Sans cut down to the letters the content folder (`data/`, or CHRONOMAP_DATA) uses,
 * and src/lib/fonts/latin-ext.txt, those letters. Run it when the content gains such a letter;
 * tests/unit/fonts.test.ts says when.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import subsetFont from 'subset-font';
import { LATIN_EXT_FACES, latinExtLetters } from '../lib/fonts/latinExt';
import { contentDir } from '../lib/server/content';

const dir = contentDir();
const texts = readdirSync(dir)
	.filter((f) => f.endsWith('.yaml'))
	.map((f) => readFileSync(join(dir, f), 'utf8'));
const letters = latinExtLetters(texts);
const out = join('src', 'lib', 'fonts');

for (const face of LATIN_EXT_FACES) {
	const source = readFileSync(
		join('node_modules', '@fontsource', 'noto-sans', 'files', `noto-sans-latin-ext-${face}.woff2`)
	);
	// A font needs at least one glyph: with no such letter, the subset keeps just the space.
	const subset = await subsetFont(source, letters || ' ', { targetFormat: 'woff2' });
	const path = join(out, `noto-sans-latin-ext-${face}.woff2`);
	writeFileSync(path, subset);
	console.log(`${path}: ${subset.length} bytes (from ${source.length})`);
}
writeFileSync(join(out, 'latin-ext.txt'), `${letters}\n`);
console.log(`${dir}: Latin Extended letters ${letters || '(none)'}`);
