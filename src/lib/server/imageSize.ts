/**
 * The pixel size of a JPEG, PNG or WebP file, read from its header, so that the content check
 * can stay synchronous and every page can set an image's width and height before it loads.
 * The build resizes the pixels as stored: a JPEG's EXIF rotation is not applied.
 */
import type { ImageFile, ImageSize } from '../data/types';

function jpegSize(b: Buffer): ImageSize | null {
	let i = 2;
	while (i + 9 < b.length) {
		if (b[i] !== 0xff) return null;
		const marker = b[i + 1]!;
		// Padding, and markers that stand alone.
		if (marker === 0xff) {
			i += 1;
			continue;
		}
		if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
			i += 2;
			continue;
		}
		const length = b.readUInt16BE(i + 2);
		// Start of frame: SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC).
		if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) {
			return { height: b.readUInt16BE(i + 5), width: b.readUInt16BE(i + 7) };
		}
		i += 2 + length;
	}
	return null;
}

function webpSize(b: Buffer): ImageSize | null {
	const chunk = b.toString('ascii', 12, 16);
	if (chunk === 'VP8X') return { width: 1 + b.readUIntLE(24, 3), height: 1 + b.readUIntLE(27, 3) };
	if (chunk === 'VP8L') {
		const bits = b.readUInt32LE(21);
		return { width: 1 + (bits & 0x3fff), height: 1 + ((bits >> 14) & 0x3fff) };
	}
	if (chunk === 'VP8 ') {
		return { width: b.readUInt16LE(26) & 0x3fff, height: b.readUInt16LE(28) & 0x3fff };
	}
	return null;
}

/** Reads the size from the first bytes of an image file. */
export function imageSize(bytes: Buffer): ImageFile {
	let size: ImageSize | null;
	try {
		if (bytes.length > 24 && bytes.readUInt32BE(0) === 0x89504e47) {
			size = { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
		} else if (bytes.length > 4 && bytes[0] === 0xff && bytes[1] === 0xd8) {
			size = jpegSize(bytes);
		} else if (
			bytes.length > 30 &&
			bytes.toString('ascii', 0, 4) === 'RIFF' &&
			bytes.toString('ascii', 8, 12) === 'WEBP'
		) {
			size = webpSize(bytes);
		} else {
			return { problem: 'is not a JPEG, PNG or WebP file' };
		}
	} catch {
		size = null;
	}
	if (!size || size.width < 1 || size.height < 1) {
		return { problem: 'cannot be read: its header is damaged or cut short' };
	}
	return size;
}
