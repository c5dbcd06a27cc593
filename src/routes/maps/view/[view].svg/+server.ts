// The explore map's named views as files, drawn at build time (server/maps.ts): the page's first
// paint and its map without JavaScript, until the live map is ready.
import { error } from '@sveltejs/kit';
import { HOME_VIEW, VIEWS } from '$lib/map/model/camera';
import { readChronology } from '$lib/server/content';
import { drawViewMap } from '$lib/server/maps';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => [{ view: HOME_VIEW }];

const isView = (v: string) => Object.hasOwn(VIEWS, v);

export const GET: RequestHandler = ({ params }) => {
	if (!isView(params.view)) error(404, `No view "${params.view}"`);
	return new Response(drawViewMap(readChronology(), params.view).svg, {
		headers: { 'content-type': 'image/svg+xml; charset=utf-8' }
	});
};
