// Serves a built site's folder as a static host would: `node tests/media/serve.mjs DIR PORT`.
// A page is asked for by its clean URL (/present/landing → present/landing.html); an unknown
// path gets 404.html with status 404.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const [dir = 'build', port = '4173'] = process.argv.slice(2);
const root = resolve(dir);
const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.mjs': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.webp': 'image/webp',
	'.jpg': 'image/jpeg',
	'.png': 'image/png',
	'.woff2': 'font/woff2',
	'.csv': 'text/csv; charset=utf-8',
	'.webmanifest': 'application/manifest+json'
};

const isFile = (path) => existsSync(path) && statSync(path).isFile();

createServer((req, res) => {
	const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
	const base = join(root, normalize(path).replace(/^(\.\.[/\\])+/, ''));
	const file = [base, `${base}.html`, join(base, 'index.html')].find(
		(f) => f.startsWith(root) && isFile(f)
	);
	const found = file ?? join(root, '404.html');
	res.writeHead(file ? 200 : 404, {
		'content-type': TYPES[extname(found)] ?? 'application/octet-stream'
	});
	createReadStream(found).pipe(res);
}).listen(Number(port), '127.0.0.1', () => console.log(`serving ${dir} on ${port}`));
