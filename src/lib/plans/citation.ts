/** "Cite this view": a reference to the exact view on screen, with the day it was accessed. */
import { formatDay } from '../data/dates';
import { m } from '../paraglide/messages.js';

export function citation(title: string, url: string, accessed: Date): string {
	const day = accessed.toISOString().slice(0, 10);
	return m.citation({ title, url, date: formatDay(day) });
}
