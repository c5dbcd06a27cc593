// The story page draws each step's map as SVG at build time, from the same shipped geodata as the
// explore map, so the story reads (and prints) with its maps before any script runs.
import { readChronology } from '$lib/server/content';
import { readTwin } from '$lib/server/maps';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({ twin: readTwin(readChronology()) });
