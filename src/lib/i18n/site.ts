/** The story's site settings in the page's language (site.yaml's texts, SITES in lib/site). */
import { SITES, type BuildSite } from '$lib/site';
import { currentLang } from './lang';

export const localSite = (): BuildSite => SITES[currentLang()];
