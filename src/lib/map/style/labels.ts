/**
 * How the live map sets place, group and sea names: the placements each may take, their sizes, and
 * the estimates live/edgeLabels.ts uses to keep every name inside the frame.
 */
import type { ExpressionSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { LabelKind } from '../live/edgeLabels';
import { placeTextPx } from './paint';

/** Place names: beside the dot, to its right first (live/edgeLabels.ts keeps them in the frame). */
export const PLACE_LABELS: LabelKind = {
	anchors: ['left', 'right', 'top', 'bottom'],
	offsetEm: 0.6,
	size: (p) => placeTextPx(p.rank),
	advanceEm: 0.56,
	maxWidthEm: 10
};
/** Group (Donbas) and sea names, in spaced capitals, centred on their point first. */
export const AREA_TEXT_PX = { group: 12.5, other: 11.5 } as const;
export const AREA_LABELS: LabelKind = {
	anchors: ['center', 'right', 'left', 'bottom', 'top'],
	offsetEm: 0,
	size: (p) => (p.kind === 'group' ? AREA_TEXT_PX.group : AREA_TEXT_PX.other),
	advanceEm: 0.84,
	maxWidthEm: 7
};
/** A label with no placement inside the frame is left out (live/edgeLabels.ts). */
export const unlessHidden = (text: ExpressionSpecification): ExpressionSpecification => [
	'case',
	['==', ['get', 'hidden'], true],
	'',
	text
];
