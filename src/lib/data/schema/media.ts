/**
 * Media of an event or a story step: a photograph from the content folder's `media/`, resized at
 * build time, or a link to a video or a document elsewhere, shown as a card. Nothing from another
 * host is embedded.
 */
import { z } from 'zod';
import { LText, Line, Url } from './fields';

/** The kinds of page a link card may point at. */
export const LINK_KINDS = ['video', 'document'] as const;

/** File types the build resizes. */
export const IMAGE_TYPES = ['jpg', 'jpeg', 'png', 'webp'] as const;

/** `media/name.jpg`, or in a subfolder of media/: a path inside the content folder. */
export const ImagePath = z
	.string({ error: 'expected a file path as text, e.g. media/launch.jpg' })
	.regex(/^media\/([A-Za-z0-9_-][A-Za-z0-9._-]*\/)*[A-Za-z0-9_-][A-Za-z0-9._-]*$/, {
		error: 'expected a file in the media/ folder beside the content files, e.g. media/launch.jpg'
	})
	.refine((p) => (IMAGE_TYPES as readonly string[]).includes(p.split('.').pop()!.toLowerCase()), {
		error: `expected a .${IMAGE_TYPES.join(', .')} file`
	});

export const Media = z
	.strictObject({
		image: ImagePath.optional().meta({
			description: 'A photograph: its file, inside media/ beside the content files'
		}),
		link: Url.optional().meta({
			description: 'Or a page with a video or a document, shown as a link card (never embedded)'
		}),
		kind: z
			.enum(LINK_KINDS, { error: `expected one of ${LINK_KINDS.join(', ')}` })
			.optional()
			.meta({ description: 'For a link: what it leads to' }),
		title: Line.optional().meta({ description: 'For a link: the title of the page it leads to' }),
		alt: LText.optional().meta({
			description: 'For an image: what it shows, for readers who cannot see it'
		}),
		caption: LText.optional().meta({ description: 'A line shown under the image or card' }),
		credit: Line.optional().meta({ description: 'Who made it, e.g. "NASA / Neil Armstrong"' }),
		licence: Line.optional().meta({
			description: 'For an image: the terms it is used under, e.g. "Public domain, NASA"'
		}),
		source: Url.optional().meta({
			description: 'For an image: the page it was taken from, which states its credit and licence'
		})
	})
	.superRefine((m, ctx) => {
		const need = (field: keyof typeof m, message: string) => {
			if (m[field] === undefined) ctx.addIssue({ code: 'custom', path: [field], message });
		};
		const none = (field: keyof typeof m, message: string) => {
			if (m[field] !== undefined) ctx.addIssue({ code: 'custom', path: [field], message });
		};
		if (m.image !== undefined || m.link !== undefined) {
			need('credit', 'media needs a credit: who made it, e.g. "NASA / Neil Armstrong"');
		}
		if (m.image !== undefined && m.link !== undefined) {
			ctx.addIssue({
				code: 'custom',
				path: ['link'],
				message: 'give either an image or a link, not both (one medium per entry)'
			});
			return;
		}
		if (m.image !== undefined) {
			need('alt', 'an image needs alt text: what it shows, for readers who cannot see it');
			need('licence', 'an image needs its licence, e.g. "Public domain, NASA"');
			need('source', 'an image needs the address of the page it was taken from');
			none('kind', '"kind" belongs to a link, not an image');
			none('title', '"title" belongs to a link; an image has its caption');
		} else if (m.link !== undefined) {
			need('title', 'a link needs the title of the page it leads to');
			need('kind', `a link needs its kind: ${LINK_KINDS.join(' or ')}`);
			none('alt', '"alt" belongs to an image; a link card is read as text');
		} else {
			ctx.addIssue({
				code: 'custom',
				path: [],
				message: 'media needs an image (a file in media/) or a link'
			});
		}
	})
	.meta({
		description:
			'An image from media/ (with alt, credit, licence and source) or a link card (with title, kind and credit)'
	});
