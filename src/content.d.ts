// The content of a page by kind: read from the content files when the page is prerendered, fetched
// as prerendered JSON in the browser. vite.config.ts resolves it to one of the two halves.
declare module 'virtual:chronomap-content' {
	export const loadPayload: typeof import('./lib/data/payload.browser').loadPayload;
}

// The story's site.yaml, validated, as a constant of the build (vite.config.ts storySite).
declare module 'virtual:chronomap-site' {
	import type { BuildSite } from './lib/site';
	import type { Lang } from './lib/data/schema/fields';
	const sites: Record<Lang, BuildSite>;
	export default sites;
}
