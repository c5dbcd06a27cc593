// The content images, resized at build time: each width of each image as WebP and as JPEG
// (ui/media.ts names them). Written as plain files by the prerender, like the step maps.
import { error } from '@sveltejs/kit';
import sharp from 'sharp';
import { imagePath, readChronology } from '$lib/server/content';
import { allVariants, imageStem, parseVariant } from '$lib/ui/media';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () =>
	allVariants(readChronology().images).map((file) => ({ file }));

export const GET: RequestHandler = async ({ params }) => {
	const variant = parseVariant(params.file);
	const images = readChronology().images;
	const image = variant && Object.keys(images).find((i) => imageStem(i) === variant.stem);
	if (!variant || !image || !allVariants({ [image]: images[image]! }).includes(params.file)) {
		error(404, `No image "${params.file}"`);
	}
	const resized = sharp(imagePath(image)).resize({ width: variant.width });
	const bytes =
		variant.format === 'webp'
			? await resized.webp({ quality: 78 }).toBuffer()
			: await resized.jpeg({ quality: 80, mozjpeg: true }).toBuffer();
	return new Response(new Uint8Array(bytes), {
		headers: { 'content-type': variant.format === 'webp' ? 'image/webp' : 'image/jpeg' }
	});
};
