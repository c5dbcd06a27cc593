/**
 * Global setup of the test run: the real story and the fixture story are read and validated once
 * here, and every test file gets them with `inject` (helpers.ts realModel, fixtureModel) instead
 * of parsing the YAML again. The tests of the loader itself still call it.
 */
import type { TestProject } from 'vitest/node';
import type { Chronology } from '../../../src/lib/data/types';
import { readChronology } from '../../../src/lib/server/content';

declare module 'vitest' {
	export interface ProvidedContext {
		realModel: Chronology;
		fixtureModel: Chronology;
	}
}

export default function setup(project: TestProject) {
	project.provide('realModel', readChronology('data'));
	project.provide('fixtureModel', readChronology('tests/fixtures/apollo'));
}
