/**
 * Lets a prerendered page paint before its scripts start.
 *
 * SvelteKit ends each page with a small inline script that imports the app and hydrates it at
 * once. On a slow phone those imports and the hydration that follows hold up the first paint of
 * HTML that is already there to read. `startAfterPaint` rewrites that script so that the imports
 * begin once the browser reports the page's first contentful paint (Paint Timing), after the next
 * frame where the browser cannot report it, and in any case after `LATEST_MS` (a hidden tab, an
 * embed off screen: frames the browser does not draw). It updates the page's
 * Content-Security-Policy hash of the script to match.
 * https://developer.mozilla.org/en-US/docs/Web/API/PerformancePaintTiming
 */
import { createHash } from 'node:crypto';

/** The longest the start may wait for the first paint, in ms. */
export const LATEST_MS = 3000;

const SCRIPT = /<script>([\s\S]*?)<\/script>/g;
const IMPORTS = /Promise\.all\(\[([\s\S]*?)\]\)\.then\(/;

/** Resolves once the page has painted its content, or after LATEST_MS. */
const AFTER_PAINT =
	'new Promise((go) => {' +
	' let started = false;' +
	' const once = () => { if (!started) { started = true; setTimeout(go, 0); } };' +
	' try {' +
	' new PerformanceObserver((list, observer) => {' +
	" if (list.getEntriesByName('first-contentful-paint').length) { observer.disconnect(); once(); }" +
	" }).observe({ type: 'paint', buffered: true });" +
	' } catch { requestAnimationFrame(once); }' +
	` setTimeout(once, ${LATEST_MS});` +
	' })';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/**
 * The page with its start script deferred. A page without SvelteKit's start script, or without a
 * Content-Security-Policy meta tag to update (the not-found page, whose policy SvelteKit adds after
 * this step), is returned as it is. Throws when the script's hash is not in the page's policy, so
 * that a change in how SvelteKit writes either fails the build instead of leaving a page whose
 * script may not run.
 */
export function startAfterPaint(html: string): string {
	const policy = /<meta http-equiv="content-security-policy" content="[^"]*"/.exec(html)?.[0];
	if (!policy) return html;
	for (const [tag, body] of html.matchAll(SCRIPT)) {
		if (!body || !body.includes('.start(') || !IMPORTS.test(body)) continue;
		if (!policy.includes(hash(body)))
			throw new Error('startAfterPaint: the start script is not hashed in the page policy');
		const deferred = body.replace(
			IMPORTS,
			(_, imports: string) => `${AFTER_PAINT}.then(() => Promise.all([${imports}])).then(`
		);
		const updated = policy.replace(hash(body), () => hash(deferred));
		return html.replace(tag, () => `<script>${deferred}</script>`).replace(policy, () => updated);
	}
	return html;
}
