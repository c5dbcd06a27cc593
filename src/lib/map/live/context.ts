/**
 * The map handle for components rendered inside MapView: a getter, so children always see the
 * current map (or null after teardown) without the map object ever being proxied.
 */
import { getContext, setContext } from 'svelte';
import type { Map as MapLibreMap } from 'maplibre-gl';

const KEY = Symbol('map');
export const setMap = (get: () => MapLibreMap | null) => setContext(KEY, get);
export const getMap = () => getContext<() => MapLibreMap | null>(KEY);
