import { render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import MediaFigure from '../../../src/lib/ui/MediaFigure.svelte';
import { fixtureModel } from '../helpers';

describe('MediaFigure', () => {
	const model = fixtureModel();
	const photo = model.events.find((e) => e.id === 'first-step')!.media!;
	const link = model.events.find((e) => e.id === 'launch')!.media!;

	it('shows a photograph in every size made of it, with its size set and loaded lazily', () => {
		const { container } = render(MediaFigure, {
			props: { media: photo, images: model.images, sizes: '320px' }
		});
		const img = container.querySelector('img')!;
		expect(img.getAttribute('alt')).toBe(photo.alt);
		expect([img.getAttribute('width'), img.getAttribute('height')]).toEqual(['640', '669']);
		expect(img.getAttribute('loading')).toBe('lazy');
		expect(img.getAttribute('decoding')).toBe('async');
		expect(img.getAttribute('src')).toMatch(/\/media\/as11-40-5903-640\.jpg$/);
		expect(img.getAttribute('srcset')).toMatch(
			/\/media\/as11-40-5903-320\.jpg 320w, .*\/media\/as11-40-5903-640\.jpg 640w, .*\/media\/as11-40-5903-900\.jpg 900w$/
		);
		expect(container.querySelector('source')?.getAttribute('type')).toBe('image/webp');
		const caption = container.querySelector('figcaption')!.textContent!.replace(/\s+/g, ' ');
		expect(caption).toContain('NASA / Neil A. Armstrong · Public domain, NASA');
		expect(container.querySelector('figcaption a')?.getAttribute('href')).toBe(photo.source);
	});

	it('loads at once where asked (the handout)', () => {
		const { container } = render(MediaFigure, {
			props: { media: photo, images: model.images, sizes: '240px', eager: true }
		});
		expect(container.querySelector('img')?.getAttribute('loading')).toBe('eager');
	});

	it('shows a link as a card with its kind, title, host and credit, and embeds nothing', () => {
		const { container } = render(MediaFigure, {
			props: { media: link, images: model.images, sizes: '320px' }
		});
		const a = container.querySelector('a')!;
		expect(a.getAttribute('href')).toBe(link.link);
		expect(a.textContent!.replace(/\s+/g, ' ').trim()).toBe(
			'Document Apollo 11 Press Kit nasa.gov · NASA'
		);
		expect(container.querySelector('img, iframe, video, embed, object')).toBeNull();
	});
});
