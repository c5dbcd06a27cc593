/** MapLibre's interface strings, in the page's language; loaded with the map's code. */
import { gestureHint } from '../../ui/gestures';
import { m as msg } from '../../paraglide/messages.js';

/** The MapLibre interface strings this map shows, in the page's language. */
export const mapLocale = (): Record<string, string> => ({
	'Map.Title': msg.map_word(),
	'NavigationControl.ZoomIn': msg.zoom_in(),
	'NavigationControl.ZoomOut': msg.zoom_out(),
	'AttributionControl.ToggleAttribution': msg.map_toggle_attribution(),
	'CooperativeGesturesHandler.WindowsHelpText': gestureHint('wheel', false, 'map'),
	'CooperativeGesturesHandler.MacHelpText': gestureHint('wheel', true, 'map'),
	'CooperativeGesturesHandler.MobileHelpText': gestureHint('touch', false, 'map')
});
