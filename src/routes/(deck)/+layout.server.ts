// The one load step: the content files are read, validated and cross-checked here, at build time,
// so a bad data file fails the build. Pages get a plain, typed Chronology; the plan versions and
// positions are heavy and go only to the pages that show them (their own +page.server.ts).
import { readChronology } from '$lib/server/content';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = () => ({ model: { ...readChronology(), plans: null } });
