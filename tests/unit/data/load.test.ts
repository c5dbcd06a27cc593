import { describe, expect, it } from 'vitest';
import { ChronologyError, formatError } from '../../../src/lib/data/errors';
import { loadChronology, type ContentFiles } from '../../../src/lib/data/load';
import { countInData, fixtureFiles, realFiles } from '../helpers';

/** Loads the fixture story with one file's text changed; returns the formatted errors. */
function errorsAfter(kind: keyof ContentFiles['files'], edit: (text: string) => string): string[] {
	const content = fixtureFiles();
	content.files[kind] = edit(content.files[kind]!);
	try {
		loadChronology(content);
	} catch (err) {
		if (err instanceof ChronologyError) return err.errors.map(formatError);
		throw err;
	}
	return [];
}

const lineOf = (kind: keyof ContentFiles['files'], needle: string) =>
	fixtureFiles()
		.files[kind]!.split('\n')
		.findIndex((l) => l.includes(needle)) + 1;

describe('loadChronology', () => {
	it('loads the real story into a typed chronology', () => {
		const model = loadChronology(realFiles());
		expect(model.events).toHaveLength(countInData('events', 'events'));
		expect(model.story.title).toMatch(/peace plan/i);
		expect(model.plans?.documents.length).toBeGreaterThan(0);
	}, 30_000);

	it('loads the tiny fixture story through the same code', () => {
		const model = loadChronology(fixtureFiles());
		expect(model.events.map((e) => e.id)).toEqual([
			'luna-15-launch',
			'launch',
			'lunar-orbit',
			'landing',
			'first-step',
			'luna-15',
			'lunar-liftoff',
			'splashdown'
		]);
		expect(model.steps).toHaveLength(4);
		expect(model.regions.map((r) => r.id)).toEqual(['pacific-ocean']);
		expect(model.events.find((e) => e.id === 'landing')?.phase).toBe('on-the-moon');
	});

	it('sorts events by day, then by local time, untimed last', () => {
		const days = loadChronology(realFiles()).events.map((e) => `${e.date}T${e.time ?? '99'}`);
		expect(days).toEqual([...days].sort());
	});

	const cases: {
		name: string;
		kind: keyof ContentFiles['files'];
		edit: (t: string) => string;
		expected: RegExp;
		line?: number;
	}[] = [
		{
			name: 'a date that is not in the calendar',
			kind: 'events',
			edit: (t) => t.replace("date: '1969-07-20'", "date: '1969-07-32'"),
			expected:
				/events\.yaml:\d+ event "landing" › date: "1969-07-32" is not a calendar date \(expected YYYY-MM-DD\)/,
			line: lineOf('events', "date: '1969-07-20'")
		},
		{
			name: 'a date in another format',
			kind: 'events',
			edit: (t) => t.replace("date: '1969-07-20'", "date: '20/07/1969'"),
			expected: /event "landing" › date: "20\/07\/1969" expected YYYY-MM-DD/
		},
		{
			name: 'an unknown place id, with a suggestion',
			kind: 'events',
			edit: (t) => t.replace('places: [houston]', 'places: [huston]'),
			expected: /event "landing" › places\[0\]: unknown place "huston" \(did you mean "houston"\?\)/
		},
		{
			name: 'a duplicate id',
			kind: 'events',
			edit: (t) => t.replace('id: luna-15\n', 'id: landing\n'),
			expected: /event "landing" › id: id "landing" is already used by entry #4; ids must be unique/
		},
		{
			name: 'an event without sources',
			kind: 'events',
			edit: (t) =>
				t.replace(
					/(id: lunar-orbit[\s\S]*?)sources:\n(\s+- outlet[^\n]*\n\s+title[^\n]*\n\s+date[^\n]*\n\s+url[^\n]*\n?)/,
					'$1sources: []\n'
				),
			expected: /event "lunar-orbit" › sources: needs at least one source/
		},
		{
			name: 'a value of the wrong type',
			kind: 'events',
			edit: (t) => t.replace('title: Apollo 11 lifts off from Florida', 'title: [Apollo, 11]'),
			expected: /event "launch" › title: a list is not valid: expected text/
		},
		{
			name: 'a missing required field',
			kind: 'events',
			edit: (t) =>
				t.replace(
					'    summary: Neil Armstrong becomes the first person to walk on the Moon; Aldrin follows him onto the surface.\n',
					''
				),
			expected: /event "first-step" › summary: is missing \(expected text\)/
		},
		{
			name: 'a misspelt field name',
			kind: 'events',
			edit: (t) => t.replace('summary: The uncrewed', 'sumary: The uncrewed'),
			expected: /event "luna-15": unknown field "sumary"/
		},
		{
			name: 'an end before the start',
			kind: 'events',
			edit: (t) => t.replace("date: '1969-07-24'", "date: '1969-07-24'\n    end: '1969-07-23'"),
			expected: /event "splashdown" › end: "1969-07-23" must not be before date/
		},
		{
			name: 'a date outside the declared period',
			kind: 'events',
			edit: (t) => t.replace("date: '1969-07-24'", "date: '1969-08-24'"),
			expected:
				/event "splashdown" › date: "1969-08-24" is outside the story's period 1969-07-13 … 1969-07-24/
		},
		{
			name: 'a non-http url',
			kind: 'events',
			edit: (t) =>
				t.replace('url: https://en.wikipedia.org/wiki/Luna_15', 'url: ftp://example.org/luna'),
			expected:
				/event "luna-15" › sources\[1\]\.url: "ftp:\/\/example\.org\/luna" is not an http\(s\) URL/
		},
		{
			name: 'a quote that cites none of its event’s sources',
			kind: 'events',
			edit: (t) =>
				t.replace(
					'    tags: [landing]\n',
					'    tags: [landing]\n    quote:\n      text: A test quotation.\n      speaker: armstrong\n      sourceUrl: https://example.org/x\n'
				),
			expected:
				/event "landing" › quote\.sourceUrl: "https:\/\/example\.org\/x" is not the url of one of this entry's sources/
		},
		{
			name: 'a time without a zone',
			kind: 'events',
			edit: (t) => t.replace('    timezone: America/New_York\n', ''),
			expected: /event "launch" › timezone: time and timezone go together/
		},
		{
			name: 'an unknown time zone',
			kind: 'events',
			edit: (t) => t.replace('timezone: America/New_York', 'timezone: Mars/Olympus'),
			expected: /event "launch" › timezone: "Mars\/Olympus" is not an IANA time zone/
		},
		{
			name: 'an unknown side',
			kind: 'events',
			edit: (t) => t.replace('sides: [soviet]', 'sides: [sovet]'),
			expected:
				/event "luna-15-launch" › sides\[0\]: unknown side "sovet" \(did you mean "soviet"\?\)/
		},
		{
			name: 'a step pointing at an unknown event',
			kind: 'story',
			edit: (t) => t.replace('events: [splashdown]', 'events: [splash]'),
			expected: /story\.yaml:\d+ step "home" › events\[0\]: unknown event "splash"/
		},
		{
			name: 'a person on an unknown side',
			kind: 'people',
			edit: (t) => t.replace('side: nasa\n    part: Stayed', 'side: esa\n    part: Stayed'),
			expected: /person "collins" › side: unknown side "esa"/
		},
		{
			name: 'a YAML syntax error',
			kind: 'places',
			edit: (t) => t.replace('name: { en: Houston }', 'name: { en: Houston'),
			expected: /places\.yaml:\d+: YAML syntax: /
		},
		{
			name: 'a field given twice',
			kind: 'places',
			edit: (t) =>
				t.replace(
					'country: US\n    lng: -95.3698',
					'country: US\n    country: US\n    lng: -95.3698'
				),
			expected: /places\.yaml:\d+: YAML syntax: a field is given twice/
		}
	];

	for (const c of cases) {
		it(`reports ${c.name} with file, line, entry and field`, () => {
			const errors = errorsAfter(c.kind, c.edit);
			expect(
				errors.some((e) => c.expected.test(e)),
				errors.join('\n')
			).toBe(true);
			if (c.line) expect(errors[0]).toContain(`:${c.line} `);
		});
	}

	describe('text lengths', () => {
		const summary =
			'summary: A Saturn V rocket launches Apollo 11 from the Kennedy Space Center with Armstrong, Aldrin and Collins on board.';
		it('rejects a summary that is one 10 kB word, by name', () => {
			const errors = errorsAfter('events', (t) =>
				t.replace(summary, `summary: ${'a'.repeat(10_000)}`)
			);
			expect(errors.join('\n')).toMatch(/events\.yaml:\d+ .*summary.*too long: at most 2000/);
		});
		it('rejects a word that cannot wrap on a phone', () => {
			const errors = errorsAfter('events', (t) =>
				t.replace(summary, `summary: Short words and ${'x'.repeat(61)} one long one.`)
			);
			expect(errors.join('\n')).toMatch(/summary.*has a word over 60 characters/);
		});
		it('rejects an over-long name', () => {
			const errors = errorsAfter('people', (t) =>
				t.replace('name: Neil Armstrong', `name: ${'Neil '.repeat(80)}`)
			);
			expect(errors.join('\n')).toMatch(/people\.yaml:\d+ .*name.*at most 300 characters/);
		});
		it('accepts the longest real prose and names', () => {
			expect(() => loadChronology(realFiles())).not.toThrow();
		});
	});

	it('reports every problem of a run, not only the first', () => {
		const errors = errorsAfter('events', (t) =>
			t
				.replace("date: '1969-07-20'", "date: '1969-07-32'")
				.replace('places: [houston]', 'places: [huston]')
				.replace('id: luna-15\n', 'id: splashdown\n')
				.replace('url: https://en.wikipedia.org/wiki/Luna_15', 'url: mailto:x@example.org')
				.replace('title: Apollo 11 lifts off from Florida', 'title: 11')
		);
		const inEvents = errors.filter((e) => /^tests\/fixtures\/apollo\/events\.yaml:\d+ /.test(e));
		expect(inEvents.length, errors.join('\n')).toBeGreaterThanOrEqual(5);
	});

	describe('trips', () => {
		const trip =
			(from = 'launch', people = '[armstrong]', url = 'https://www.nasa.gov/mission/apollo-11/') =>
			(t: string) =>
				t.replace(
					'    tags: [landing]\n',
					`    tags: [landing]\n    trips:\n      - from: ${from}\n        people: ${people}\n        sourceUrl: ${url}\n`
				);

		it('loads a trip whose two events, places, travellers and source all agree', () => {
			const content = fixtureFiles();
			content.files.events = trip()(content.files.events!);
			const landing = loadChronology(content).events.find((e) => e.id === 'landing')!;
			expect(landing.trips).toEqual([
				{
					from: 'launch',
					people: ['armstrong'],
					sourceUrl: 'https://www.nasa.gov/mission/apollo-11/'
				}
			]);
		});

		const cases: {
			name: string;
			kind?: 'events' | 'story';
			edit: (t: string) => string;
			expected: RegExp;
		}[] = [
			{
				name: 'a trip from an unknown event',
				edit: trip('lanch'),
				expected:
					/event "landing" › trips\[0\]\.from: unknown event "lanch" \(did you mean "launch"\?\)/
			},
			{
				name: 'a trip from a later event',
				edit: trip('splashdown'),
				expected: /trips\[0\]\.from: event "splashdown" \(1969-07-24\) is after this one/
			},
			{
				name: 'a trip from an event with no place',
				edit: trip('first-step'),
				expected:
					/trips\[0\]\.from: event "first-step" has 0 places; a trip starts at an event with exactly one place/
			},
			{
				name: 'a trip that starts where it ends',
				edit: (t) => trip()(t).replace('places: [houston]', 'places: [kennedy-space-center]'),
				expected: /trips\[0\]\.from: event "launch" is also at "kennedy-space-center"/
			},
			{
				name: 'a trip to the event itself',
				edit: trip('landing'),
				expected: /trips\[0\]\.from: a trip cannot start at the event it leads to/
			},
			{
				name: 'a traveller missing from this event',
				edit: trip('launch', '[collins]'),
				expected:
					/trips\[0\]\.people\[0\]: "collins" travelled here but is not in this event's people/
			},
			{
				name: 'a traveller missing from the event the trip starts at',
				edit: (t) =>
					trip()(t).replace('people: [armstrong, aldrin, collins]', 'people: [aldrin, collins]'),
				expected: /trips\[0\]\.people\[0\]: "armstrong" is not in the people of event "launch"/
			},
			{
				name: 'a trip citing a page that is not among the event’s sources',
				edit: trip('launch', '[armstrong]', 'https://example.org/elsewhere'),
				expected:
					/trips\[0\]\.sourceUrl: "https:\/\/example\.org\/elsewhere" is not the url of one of this event's sources/
			},
			{
				name: 'a trip naming nobody',
				edit: trip('launch', '[]'),
				expected: /trips\[0\]\.people: .*name who travelled/
			},
			{
				name: 'a step that turns arcs on with no trip among its events',
				kind: 'story',
				edit: (t) =>
					t.replace('events: [splashdown]', 'events: [splashdown]\n    layers: { arcs: true }'),
				expected: /step "home" › layers\.arcs: none of the step's events has a trip to draw/
			}
		];
		for (const c of cases) {
			it(`reports ${c.name}`, () => {
				const errors = errorsAfter(c.kind ?? 'events', c.edit);
				expect(
					errors.some((e) => c.expected.test(e)),
					errors.join('\n')
				).toBe(true);
			});
		}
	});

	it('names a missing required file', () => {
		const content = fixtureFiles();
		delete content.files.events;
		expect(() => loadChronology(content)).toThrow(/events\.yaml:1: file is missing/);
	});

	it('reads a missing optional file as empty, and still checks what refers to it', () => {
		const content = fixtureFiles();
		delete content.files.regions;
		delete content.files.site;
		expect(() => loadChronology(content)).toThrow(/unknown region "pacific-ocean"/);
		delete content.files.places;
		delete content.files.people;
		expect(() => loadChronology(content)).toThrow(/unknown place "houston"/);
	});
});
