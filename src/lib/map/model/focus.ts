import { SITE } from '../../site';

/** The id, in the geodata's countries, of the country the story is about (site.yaml), if any. */
export const FOCUS_ID: string | null = SITE.map.focus?.id ?? null;
