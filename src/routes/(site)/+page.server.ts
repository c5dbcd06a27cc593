// The story page gets each step's map caption and camera; the maps themselves are files drawn at
// build time (/maps/<step>.svg), so the story reads (and prints) with its maps before any script
// runs, and the page stays light. The timeline strip's height is worked out here too, so the strip
// holds its room while its code loads.
import { readChronology } from '$lib/server/content';
import { readStepMaps } from '$lib/server/maps';
import { stripFrame } from '$lib/timeline/strip';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const model = readChronology();
	return { stepMaps: readStepMaps(model), stripFrame: stripFrame(model) };
};
