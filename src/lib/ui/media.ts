/**
 * The files the build makes of each content image, and their names: every width up to the
 * original's, as WebP and as JPEG (/media/<name>-<width>.<format>). The media endpoint writes
 * them and the pages' srcset lists them, both from here.
 */
import type { ImageSize } from '$lib/data/types';

/** The widths made of every image, px; an image narrower than the largest adds its own width. */
export const IMAGE_WIDTHS = [320, 640, 1280] as const;
const MAX_WIDTH = IMAGE_WIDTHS[IMAGE_WIDTHS.length - 1]!;
export const IMAGE_FORMATS = ['webp', 'jpeg'] as const;
export type ImageFormat = (typeof IMAGE_FORMATS)[number];

/** The widths made of an image: never wider than the file, so nothing is blown up. */
export function imageWidths(size: ImageSize): number[] {
	const widest = Math.min(size.width, MAX_WIDTH);
	return [...IMAGE_WIDTHS.filter((w) => w < widest), widest];
}

/** `media/apollo/launch.jpg` → `apollo/launch`: the name its files share under /media/. */
export const imageStem = (image: string) => image.replace(/^media\//, '').replace(/\.[^./]+$/, '');

/** The file of one width and format, under /media/. */
export const variantFile = (image: string, width: number, format: ImageFormat) =>
	`${imageStem(image)}-${width}.${format === 'jpeg' ? 'jpg' : format}`;

/** Reads a variant's name back: which image (by stem), which width and which format. */
export function parseVariant(
	file: string
): { stem: string; width: number; format: ImageFormat } | null {
	const m = /^(.+)-(\d+)\.(webp|jpg)$/.exec(file);
	if (!m) return null;
	return { stem: m[1]!, width: Number(m[2]), format: m[3] === 'jpg' ? 'jpeg' : 'webp' };
}

/** Every variant of every image: what the build writes. */
export function allVariants(images: Record<string, ImageSize>): string[] {
	return Object.entries(images).flatMap(([image, size]) =>
		IMAGE_FORMATS.flatMap((f) => imageWidths(size).map((w) => variantFile(image, w, f)))
	);
}

/** The height of an image scaled to `width`, rounded as the resizer does. */
export const heightAt = (size: ImageSize, width: number) =>
	Math.round((size.height * width) / size.width);

/** The host a link leads to, without `www.`, for its card. */
export function linkHost(url: string): string {
	try {
		return new URL(url).hostname.replace(/^www\./, '');
	} catch {
		return url;
	}
}
