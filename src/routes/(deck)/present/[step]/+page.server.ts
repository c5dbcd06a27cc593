import { error } from '@sveltejs/kit';
import { readChronology } from '$lib/server/content';
import type { EntryGenerator, PageServerLoad } from './$types';

// One prerendered page per story step.
export const entries: EntryGenerator = () => readChronology().steps.map((s) => ({ step: s.id }));

export const load: PageServerLoad = ({ params }) => {
	const index = readChronology().steps.findIndex((s) => s.id === params.step);
	if (index < 0) error(404, `There is no slide “${params.step}” in this presentation.`);
	return { slide: index + 1 };
};
