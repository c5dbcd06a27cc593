/**
 * `npm run import:timelinejs -- FILE OUT`: converts a TimelineJS JSON file into a content folder
 * OUT (story, events, places, people, regions), then prints what could not be carried over and
 * what the editor must add (every event's sources) before the story builds:
 * `CHRONOMAP_DATA=OUT npm run check:data` lists each event that still needs one.
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { convertTimeline, type TjsTimeline } from './timelinejs/convert';
import { writeContent } from './timelinejs/write';

const [file, out] = process.argv.slice(2);
if (!file || !out) {
	console.error('usage: npm run import:timelinejs -- FILE.json OUT-FOLDER');
	process.exit(2);
}
const timeline = JSON.parse(readFileSync(file, 'utf8')) as TjsTimeline;
if (!Array.isArray(timeline.events)) {
	console.error(`${file}: not a TimelineJS file (no "events" list)`);
	process.exit(2);
}
const converted = convertTimeline(timeline, basename(file));
for (const path of writeContent(out, converted, join('data', 'schema')))
	console.log(`wrote ${path}`);
console.log(
	`\nTo do before the story builds:\n${converted.report.map((r) => `- ${r}`).join('\n')}`
);
console.log(`\nThen: CHRONOMAP_DATA=${out} npm run check:data`);
