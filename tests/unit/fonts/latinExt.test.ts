import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LATIN_EXT_FACES, latinExtLetters } from '../../../src/lib/fonts/latinExt';

const dir = process.env.CHRONOMAP_DATA ?? 'data';
const shipped = readFileSync(join('src', 'lib', 'fonts', 'latin-ext.txt'), 'utf8').trim();

describe('the Latin Extended letters of Noto Sans', () => {
	it('finds the letters of that range, each once and sorted', () => {
		expect(latinExtLetters(['Erdoğan, Erdoğan', 'Łódź', 'plain ASCII and Кирилиця'])).toBe(
			'ğŁźó'
				.split('')
				.filter((c) => c.codePointAt(0)! >= 0x100)
				.sort()
				.join('')
		);
	});

	it('ship every such letter of the content (else run npm run fonts)', () => {
		const texts = readdirSync(dir)
			.filter((f) => f.endsWith('.yaml'))
			.map((f) => readFileSync(join(dir, f), 'utf8'));
		const missing = [...latinExtLetters(texts)].filter((c) => !shipped.includes(c));
		expect(missing, 'letters without a glyph in src/lib/fonts: run `npm run fonts`').toEqual([]);
	});

	it('are small files, one per face', () => {
		for (const face of LATIN_EXT_FACES) {
			const size = statSync(join('src', 'lib', 'fonts', `noto-sans-latin-ext-${face}.woff2`)).size;
			expect(size).toBeGreaterThan(0);
			expect(size).toBeLessThan(10_000);
		}
	});
});
