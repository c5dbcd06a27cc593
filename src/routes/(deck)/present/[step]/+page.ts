// The slide comes from the steps the layout already loaded: moving between slides fetches nothing.
import { error } from '@sveltejs/kit';
import type { PageLoad } from './$types';
import { m } from '$lib/paraglide/messages';

export const load: PageLoad = async ({ params, parent }) => {
	const { model } = await parent();
	const index = model.steps.findIndex((s) => s.id === params.step);
	if (index < 0) error(404, m.no_such_slide({ id: params.step }));
	return { slide: index + 1 };
};
