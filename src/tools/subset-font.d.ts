declare module 'subset-font' {
	/** A subset of a font (TrueType, WOFF or WOFF2) holding the glyphs of `text`. */
	export default function subsetFont(
		font: Buffer,
		text: string,
		options?: { targetFormat?: 'sfnt' | 'woff' | 'woff2' | 'truetype' }
	): Promise<Buffer>;
}
