// Each story step's map as a file, drawn at build time (server/maps.ts): what the flat article,
// the embed, the handout and print show, and what the story shows until the live map is ready.
import { error } from '@sveltejs/kit';
import { readChronology } from '$lib/server/content';
import { drawStepMaps } from '$lib/server/maps';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => readChronology().steps.map((s) => ({ step: s.id }));

export const GET: RequestHandler = ({ params }) => {
	const map = drawStepMaps(readChronology()).get(params.step);
	if (!map) error(404, `No step "${params.step}"`);
	return new Response(map.svg, {
		headers: { 'content-type': 'image/svg+xml; charset=utf-8' }
	});
};
