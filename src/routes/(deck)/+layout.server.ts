// Each step's map caption and camera (the maps are files drawn at build time, /maps/<step>.svg)
// that the slides show until the WebGL map is ready and the handout prints for each step. The
// content itself comes from the universal load (+layout.ts).
import { readChronology } from '$lib/server/content';
import { readStepMaps } from '$lib/server/maps';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = () => ({ stepMaps: readStepMaps(readChronology()) });
