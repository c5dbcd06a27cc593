// One JSON file per kind of content, prerendered: the data behind the pages, shared by all of them.
import { error, json } from '@sveltejs/kit';
import { PAYLOAD_KINDS, type PayloadKind } from '$lib/data/payload';
import { readPayload } from '$lib/server/payload';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => PAYLOAD_KINDS.map((kind) => ({ kind }));

const isKind = (k: string): k is PayloadKind => (PAYLOAD_KINDS as readonly string[]).includes(k);

export const GET: RequestHandler = ({ params }) => {
	if (!isKind(params.kind)) error(404, 'No such data');
	return json(readPayload(params.kind));
};
