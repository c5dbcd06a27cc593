// The site settings (`virtual:chronomap-site`) for code that runs outside Vite: the end-to-end
// tests import map and story modules that read them (tests/tsconfig.e2e.json maps the name here).
import { readSiteSettings } from '../src/lib/server/siteSettings';

export default readSiteSettings();
