/**
 * The checks that keep quotes, dates and weak pages honest: each breakage of the fixture story is
 * named with file, entry and field, and the unbroken story passes.
 */
import { describe, expect, it } from 'vitest';
import { ChronologyError, formatError } from '../../../src/lib/data/errors';
import { loadChronology, type ContentFiles } from '../../../src/lib/data/load';
import { fixtureFiles } from '../helpers';

const HOSTS = `mirrorHosts:
  - host: wikipedia.org
    why: encyclopaedia (stands in for a mirror in this test)
`;

/** The fixture story with edits to some files; returns the formatted errors. */
function errorsWith(edits: Partial<Record<keyof ContentFiles['files'], (t: string) => string>>) {
	const content = fixtureFiles();
	for (const [kind, edit] of Object.entries(edits)) {
		const k = kind as keyof ContentFiles['files'];
		content.files[k] = edit!(content.files[k] ?? '');
	}
	try {
		loadChronology(content);
	} catch (err) {
		if (err instanceof ChronologyError) return err.errors.map(formatError);
		throw err;
	}
	return [];
}

describe('a quote’s speaker', () => {
	it('must be among the people of its event', () => {
		const errors = errorsWith({
			events: (t) =>
				t
					.replace(
						'    tags: [landing]\n',
						'    tags: [landing]\n    quote:\n      text: A test quotation.\n      speaker: armstrong\n      sourceUrl: https://www.nasa.gov/mission/apollo-11/\n'
					)
					.replace('people: [armstrong, aldrin]\n', 'people: [aldrin]\n')
		});
		expect(errors).toEqual([
			expect.stringMatching(
				/^tests\/fixtures\/apollo\/events\.yaml:\d+ event "landing" › quote\.speaker: "armstrong" is quoted but is not in this event's people/
			)
		]);
	});

	it('passes when the speaker took part', () => {
		expect(errorsWith({})).toEqual([]);
	});
});

describe('an event dated after all of its sources', () => {
	// The landing's one source.
	const source =
		'title: Apollo 11 Mission Overview\n        date: null\n        url: https://www.nasa.gov/mission/apollo-11/\n  - id: first-step';
	const dated = (date: string) => (t: string) => {
		expect(t).toContain(source);
		return t.replace(source, source.replace('date: null', `date: '${date}'`));
	};

	it('is an error naming the event and its date', () => {
		const errors = errorsWith({ events: dated('1969-07-19') });
		expect(errors).toEqual([
			expect.stringMatching(
				/events\.yaml:\d+ event "landing" › date: "1969-07-20" is after every one of this event's sources \(the latest is dated 1969-07-19\)/
			)
		]);
	});

	it('is fine when a source is as late as the event or later', () => {
		expect(errorsWith({ events: dated('1969-07-20') })).toEqual([]);
		expect(errorsWith({ events: dated('2019-07-16') })).toEqual([]);
	});

	it('reads a source dated only by month or year as its last day', () => {
		expect(errorsWith({ events: dated('1969-07') })).toEqual([]);
		expect(errorsWith({ events: dated('1969') })).toEqual([]);
		expect(errorsWith({ events: dated('1969-06') })).toHaveLength(1);
	});

	it('is not judged when a source shows no date', () => {
		// The fixture's sources show none: an undated page may well be later.
		expect(errorsWith({})).toEqual([]);
	});
});

describe('a source on a mirror or aggregator host', () => {
	it('needs a note, and the list of hosts comes from the data folder', () => {
		const errors = errorsWith({ hosts: () => HOSTS });
		expect(errors.length).toBeGreaterThan(0);
		expect(errors).toContainEqual(
			expect.stringMatching(
				/events\.yaml:\d+ event "luna-15" › sources\[1\]\.note: is missing: "wikipedia\.org" is a mirror or aggregator host \(hosts\.yaml\)/
			)
		);
	});

	it('passes once the note says why the page is weak', () => {
		const errors = errorsWith({
			hosts: () => HOSTS,
			events: (t) =>
				t.replace(
					'url: https://en.wikipedia.org/wiki/Luna_15',
					'url: https://en.wikipedia.org/wiki/Luna_15\n        note: encyclopaedia, not an editorial source'
				)
		});
		expect(errors.filter((e) => e.includes('event "luna-15"'))).toEqual([]);
	});

	it('matches subdomains but not look-alike hosts', () => {
		const errors = errorsWith({
			hosts: () => 'mirrorHosts:\n  - host: pedia.org\n    why: test\n'
		});
		expect(errors).toEqual([]);
	});

	it('rejects a host that is not a host name', () => {
		const errors = errorsWith({
			hosts: () => 'mirrorHosts:\n  - host: https://wikimili.com/\n    why: Wikipedia mirror\n'
		});
		expect(errors).toEqual([
			expect.stringMatching(/hosts\.yaml:\d+ host #1 › host: .*expected a host name/)
		]);
	});
});
