/**
 * What a story says about its site and its maps (`site.yaml`): the About page's story text, the
 * map's area and named views, the country the maps are about, where group and sea names sit, the
 * legend's wording, the occupied-area layer with its credit, region kinds and the credits. The
 * engine names no place of any story; it reads them here. Every field has a neutral default, so
 * a story folder without this file builds too (with a world view and no special layers).
 */
import { z } from 'zod';
import { Day, Id, LANGS, LLine, LText, Line, Url } from './fields';

const Lng = z.number().min(-180).max(180);
const Lat = z.number().min(-85).max(85);
const LngLat = z.tuple([Lng, Lat]).meta({ description: '[longitude, latitude] in degrees' });

export const BoundsField = z
	.tuple([LngLat, LngLat])
	.refine(([[w, s], [e, n]]) => w < e && s < n, {
		error: 'must be [[west, south], [east, north]] with west < east and south < north'
	})
	.meta({ description: '[[west, south], [east, north]] in degrees' });

export const MapView = z.strictObject({
	id: Id,
	label: LLine.meta({ description: 'The button text: "Ukraine", "World"' }),
	bounds: BoundsField
});

export const Credit = z.strictObject({
	text: LLine.meta({ description: 'What is credited and to whom: "Places: GeoNames (CC BY 4.0)"' }),
	url: Url.optional().meta({ description: 'The link the live map puts on it' }),
	about: LText.optional().meta({
		description: 'The longer line of the About page (licence, citation); else `text`'
	}),
	occupation: z.boolean().default(false).meta({
		description: 'Credits the occupied-area layer: left out of a map that does not show it'
	})
});

export const Occupation = z.strictObject({
	label: LLine.meta({ description: 'Legend and caption text, the date follows: "Occupied by X"' }),
	credit: Line.meta({ description: 'Who made the layer, shown beside it: "DeepStateMap.live"' }),
	url: Url.optional(),
	area: LLine.optional().meta({
		description: 'The layer inside a sentence: "The Russian-occupied area" (default from `label`)'
	}),
	licence: LText.meta({ description: 'Its licence or terms, for the About page' }),
	snapshots: z
		.array(
			z.strictObject({
				id: Id.meta({ description: 'The snapshot id in the geodata' }),
				date: Day.meta({ description: 'The day the snapshot shows' }),
				label: LLine.meta({ description: 'How the map names it: "20 Nov 2025"' })
			})
		)
		.min(1, { error: 'needs at least one snapshot' })
		.meta({ description: 'Snapshots in the geodata, oldest first (the last is the latest)' })
});

export const SiteMap = z.strictObject({
	views: z
		.array(MapView)
		.min(1, { error: 'needs at least one view' })
		.prefault([
			{
				id: 'world',
				label: 'World',
				bounds: [
					[-170, -60],
					[170, 75]
				]
			}
		])
		.meta({ description: 'Named camera views, smallest first; the first is the home view' }),
	focus: z
		.strictObject({
			id: Line.meta({ description: 'Its id in the world geodata (ISO 3166-1 alpha-3): "UKR"' }),
			name: LLine.meta({ description: 'Its name, as the locator writes it: "Ukraine"' }),
			inSentence: LLine.optional().meta({
				description: 'Its name inside a sentence where that differs: "the United States"'
			}),
			labelAt: LngLat.optional().meta({ description: 'Where the locator writes its name' }),
			box: BoundsField.optional().meta({
				description: 'The least the locator shows around it (default: the home view, 2° wider)'
			})
		})
		.nullable()
		.default(null)
		.meta({
			description:
				'The country the story is about: its border is drawn strongest, and a small locator shows it when a map lies far from it'
		}),
	regional: z
		.boolean()
		.default(false)
		.meta({ description: 'Whether the regional geodata (admin units, seas, occupation) applies' }),
	anchors: z
		.record(Id, LngLat)
		.default({})
		.meta({ description: 'Where the names of groups and seas sit: region id → [lng, lat]' }),
	area: LLine.optional().meta({
		description:
			'What the home view shows, inside a sentence: "Ukraine and the Black Sea" (default: its label)'
	}),
	alt: LLine.optional().meta({
		description: 'The drawn map\'s text alternative (default: "Map of " and `area`)'
	}),
	note: LText.optional().meta({
		description: 'A note on how the map draws borders, under the credits on the About page'
	}),
	occupation: Occupation.nullable().default(null),
	legend: z
		.strictObject({
			border: LLine.optional().meta({ description: "The focus country's border in the legend" }),
			seas: LLine.optional().meta({ description: 'Note beside the seas in the legend' }),
			groups: LLine.optional().meta({ description: 'What a group outline is, in the legend' }),
			units: LLine.optional().meta({
				description: 'The lines between the admin units, in the legend: "Oblast boundary"'
			})
		})
		.default({}),
	credits: z
		.array(Credit)
		.default([])
		.meta({ description: "The map data's credits, in the map, its files and the footer" })
});

export const Site = z.strictObject({
	languages: z
		.array(z.enum(LANGS))
		.min(1, { error: 'needs at least one language' })
		.refine((l) => new Set(l).size === l.length, { error: 'names a language twice' })
		.default(['en'])
		.meta({
			description:
				'The editions of the site: the first is served at /, each other one at /<lang>/; the build fails while any text lacks one of them'
		}),
	about: z
		.array(LText)
		.default([])
		.meta({ description: "The About page's paragraphs about this story's sources and doubts" }),
	map: SiteMap.default(SiteMap.parse({})),
	regionKinds: z
		.record(Id, LLine)
		.default({})
		.meta({ description: 'What each region kind is, in a few words: kind → "Oblast of X"' }),
	placeKinds: z
		.record(
			Id,
			z.strictObject({
				label: LLine.meta({ description: 'What a place of this kind is: "talks venue"' }),
				rank: z
					.union([z.literal(1), z.literal(2), z.literal(3)])
					.default(3)
					.meta({ description: 'How prominent on the map: 1 (meeting places) to 3 (the rest)' })
			})
		)
		.default({})
		.meta({
			description:
				"The story's place kinds (places.yaml › kinds): what each is, and how prominent on the map; capital and port are known"
		}),
	tags: z.record(Id, LLine).default({}).meta({
		description:
			"How the timeline's filters name each event tag (events.yaml › tags): tag → words; required for every tag once the story has more than one language"
	}),
	plansQuietKinds: z.array(Id).default([]).meta({
		description:
			'Region kinds whose panel does not say that no plan mentions them (the many admin units)'
	}),
	plansNote: LText.optional().meta({
		description: 'A sentence above the plan comparison, e.g. on how the texts are known'
	})
});

export type SiteConfig = z.output<typeof Site>;
