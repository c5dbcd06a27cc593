/** Shared by the unit tests: the real story and the tiny fixture story, as files and as models. */
import { parse } from 'yaml';
import { readContentFiles } from '../../src/lib/server/content';

export { fixtureModel, realModel } from './model';

export const realFiles = () => readContentFiles('data');
export const fixtureFiles = () => readContentFiles('tests/fixtures/apollo');

/** A seeded random generator (mulberry32), so that fuzzing is repeatable. */
export function seeded(seed: number) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/**
 * How many entries a list in one of the real content files holds, read straight from the YAML so
 * that tests which count content follow data/ (adding an event breaks no test).
 */
export function countInData(kind: string, list: string): number {
	const text = realFiles().files[kind as keyof ReturnType<typeof realFiles>['files']];
	const data = text ? (parse(text) as Record<string, unknown>) : {};
	const entries = data[list];
	return Array.isArray(entries) ? entries.length : 0;
}
