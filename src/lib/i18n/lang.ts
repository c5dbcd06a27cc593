/**
 * The language of the page being rendered or read: its URL's (`/uk/…`), as the interface
 * messages see it. Server code, the content reader and the formatters ask here rather than take
 * the language as an argument through every layer.
 */
import type { Lang } from '../data/schema/fields';
import { getLocale } from '../paraglide/runtime.js';

export const currentLang = (): Lang => getLocale() as Lang;

/** The locale each language is formatted in (dates, numbers, sort order). */
export const INTL_LOCALE: Record<Lang, string> = { en: 'en-GB', uk: 'uk' };

/** How the switch names each language, in that language. */
export const LANGUAGE_NAMES: Record<Lang, string> = { en: 'English', uk: 'Українською' };

/** Numbers as the language writes them: "12 345" in Ukrainian (a no-break space). */
export const formatNumber = (n: number, options?: Intl.NumberFormatOptions, lang = currentLang()) =>
	new Intl.NumberFormat(INTL_LOCALE[lang], options).format(n);

const collators = new Map<Lang, Intl.Collator>();

/** Compares two strings in the language's alphabetical order (Ukrainian: а б в г ґ д е є …). */
export function compareText(a: string, b: string, lang = currentLang()): number {
	let c = collators.get(lang);
	if (!c) collators.set(lang, (c = new Intl.Collator(INTL_LOCALE[lang], { numeric: true })));
	return c.compare(a, b);
}

/** A place's or region's name (`name: { en, uk }`) in the page's language. */
export const localName = (name: { en: string; uk?: string }, lang = currentLang()): string =>
	name[lang] ?? name.en;

/**
 * The same name in the other languages it is given in, each with its language, for the line under
 * the name in the page's language: the English name in Ukrainian, the Ukrainian one (where there
 * is one) in English. A name the page already shows is not given twice.
 */
export function otherNames(
	name: { en: string; uk?: string },
	lang = currentLang()
): { lang: Lang; text: string }[] {
	const shown = localName(name, lang);
	return (Object.keys(LANGUAGE_NAMES) as Lang[]).flatMap((l) => {
		const text = name[l];
		return l !== lang && text && text !== shown ? [{ lang: l, text }] : [];
	});
}

/** A map feature's name in the current language: its `uk` property where there is one. */
export const featureName = (props: Record<string, unknown>, lang = currentLang()): string =>
	localName(
		{ en: String(props.en), uk: typeof props.uk === 'string' && props.uk ? props.uk : undefined },
		lang
	);
