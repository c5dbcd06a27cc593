import { readChronology } from '$lib/server/content';
import type { EntryGenerator } from './$types';

// One prerendered page per story step.
export const entries: EntryGenerator = () => readChronology().steps.map((s) => ({ step: s.id }));
