import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import {
	anchorOffsetExpression,
	boxAt,
	codeOf,
	fittingAnchors,
	labelSize
} from '../../../../src/lib/map/live/edgeLabels';
import { AREA_LABELS, PLACE_LABELS } from '../../../../src/lib/map/style/labels';

const frame = { width: 333, height: 400 };
const moscow = labelSize('Moscow', PLACE_LABELS, 13.5);

describe('fittingAnchors(point, label, …)', () => {
	it('keeps every placement for a label well inside the frame', () => {
		expect(fittingAnchors(160, 200, moscow, 8, PLACE_LABELS.anchors, frame)).toEqual([
			'left',
			'right',
			'top',
			'bottom'
		]);
	});

	it('puts a label near the right edge on the left of its dot', () => {
		const fits = fittingAnchors(325, 200, moscow, 8, PLACE_LABELS.anchors, frame);
		expect(fits).not.toContain('left');
		expect(fits[0]).toBe('right');
		// Every placement it keeps lies inside the frame.
		for (const a of fits) {
			const b = boxAt(325, 200, a, moscow, 8);
			expect(b.x0).toBeGreaterThanOrEqual(0);
			expect(b.x1).toBeLessThanOrEqual(frame.width);
		}
	});

	it('keeps a label near the top edge below or beside its dot, never above it', () => {
		const fits = fittingAnchors(160, 4, moscow, 8, PLACE_LABELS.anchors, frame);
		expect(fits).toEqual(['top']);
	});

	it('keeps labels off the map’s own controls', () => {
		const zoom = { x0: 290, y0: 0, x1: 333, y1: 70 };
		const fits = fittingAnchors(250, 20, moscow, 8, PLACE_LABELS.anchors, frame, [zoom]);
		expect(fits).not.toContain('left');
		expect(fits).toContain('right');
	});

	it('leaves a label out when no placement fits, and keeps all for points off the map', () => {
		const wide = labelSize('A very long name of a place', PLACE_LABELS, 13.5);
		expect(
			fittingAnchors(50, 200, wide, 8, PLACE_LABELS.anchors, { width: 100, height: 400 })
		).toEqual([]);
		expect(fittingAnchors(-200, 200, moscow, 8, PLACE_LABELS.anchors, frame)).toHaveLength(4);
		// A dot just past the top edge may still put its name below, inside the frame.
		expect(fittingAnchors(160, -3, moscow, 8, PLACE_LABELS.anchors, frame)).toEqual(['top']);
	});

	it('slides a centred area name inwards at an edge', () => {
		const donbas = labelSize('DONBAS', AREA_LABELS, 12.5);
		expect(fittingAnchors(330, 200, donbas, 0, AREA_LABELS.anchors, frame)[0]).toBe('right');
		expect(fittingAnchors(160, 200, donbas, 0, AREA_LABELS.anchors, frame)[0]).toBe('center');
	});
});

describe('labelSize(text, kind, size)', () => {
	it('wraps at the layer’s maximum width', () => {
		const one = labelSize('SEA', AREA_LABELS, 11.5);
		const two = labelSize('SEA OF AZOV', AREA_LABELS, 11.5);
		expect(two.h).toBeCloseTo(one.h * 2);
	});
});

describe('anchorOffsetExpression(kind)', () => {
	it('has an arm for every ordered subset, and is a valid style value', () => {
		const expr = anchorOffsetExpression(PLACE_LABELS) as unknown[];
		// match, input, 15 × (code, value), default
		expect(expr.length).toBe(2 + 15 * 2 + 1);
		expect(expr).toContain(codeOf(['right', 'bottom']));
		const errors = validateStyleMin({
			version: 8,
			sources: { p: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } } },
			layers: [
				{
					id: 'l',
					type: 'symbol',
					source: 'p',
					layout: {
						'text-field': 'x',
						'text-variable-anchor-offset': anchorOffsetExpression(AREA_LABELS)
					}
				}
			]
		} as never);
		expect(errors).toEqual([]);
	});
});
