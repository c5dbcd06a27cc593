// The explore map's first paint on a phone: the same view drawn at half the size, so that its
// names read at a phone's width and the file is a third as heavy (server/maps.ts drawViewMap).
import { error } from '@sveltejs/kit';
import { HOME_VIEW, VIEWS } from '$lib/map/model/camera';
import { readChronology } from '$lib/server/content';
import { drawViewMap } from '$lib/server/maps';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => [{ view: HOME_VIEW }];

export const GET: RequestHandler = ({ params }) => {
	if (!Object.hasOwn(VIEWS, params.view)) error(404, `No view "${params.view}"`);
	return new Response(drawViewMap(readChronology(), params.view, 'small').svg, {
		headers: { 'content-type': 'image/svg+xml; charset=utf-8' }
	});
};
