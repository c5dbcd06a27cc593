// The SVG map drawn at build time that the slides show until the WebGL map is ready and the
// handout prints for each step.
import { readChronology } from '$lib/server/content';
import { readTwin } from '$lib/server/maps';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = () => ({ twin: readTwin(readChronology()) });
