// The story page gets each step's map caption and camera; the maps themselves are files drawn at
// build time (/maps/<step>.svg), so the story reads (and prints) with its maps before any script
// runs, and the page stays light.
import { readChronology } from '$lib/server/content';
import { readStepMaps } from '$lib/server/maps';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({ stepMaps: readStepMaps(readChronology()) });
