// The small version of a step's map, for phones (StepMapImage): the same camera drawn at half the
// size, so its names read at a phone's width. Drawn only where it shows all the caption names.
import { error } from '@sveltejs/kit';
import { readChronology } from '$lib/server/content';
import { drawStepMaps } from '$lib/server/maps';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () =>
	[...drawStepMaps(readChronology())].filter(([, m]) => m.small).map(([step]) => ({ step }));

export const GET: RequestHandler = ({ params }) => {
	const small = drawStepMaps(readChronology()).get(params.step)?.small;
	if (!small) error(404, `No small map for step "${params.step}"`);
	return new Response(small.svg, {
		headers: { 'content-type': 'image/svg+xml; charset=utf-8' }
	});
};
