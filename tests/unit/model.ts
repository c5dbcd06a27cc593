/**
 * The real story and the tiny fixture story as models, parsed once per test run (setup/content.ts)
 * and injected; no file access here, so browser tests can use them too. Do not change them.
 */
import { inject } from 'vitest';
import type { Chronology } from '../../src/lib/data/types';

export const realModel = (): Chronology => inject('realModel');
export const fixtureModel = (): Chronology => inject('fixtureModel');
