// Serves a built story folder as a static host would: a file, or a page by its clean URL
// (`/explore` → explore.html), and 404.html with status 404 for anything else.
// Usage: node tests/story/serve.mjs <folder> <port>
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const [folder = 'build-apollo', port = '4175'] = process.argv.slice(2);
const root = resolve(folder);
const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.webp': 'image/webp',
	'.woff2': 'font/woff2',
	'.csv': 'text/csv; charset=utf-8',
	'.webmanifest': 'application/manifest+json',
	'.txt': 'text/plain; charset=utf-8'
};

const isFile = (path) => existsSync(path) && statSync(path).isFile();

function find(pathname) {
	const path = normalize(join(root, decodeURIComponent(pathname)));
	if (!path.startsWith(root)) return null;
	for (const candidate of [path, `${path}.html`, join(path, 'index.html')])
		if (isFile(candidate)) return candidate;
	return null;
}

createServer((req, res) => {
	const { pathname } = new URL(req.url ?? '/', 'http://localhost');
	const file = find(pathname);
	const path = file ?? join(root, '404.html');
	res.writeHead(file ? 200 : 404, {
		'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
		'cache-control': 'no-cache'
	});
	createReadStream(path).pipe(res);
}).listen(Number(port), '127.0.0.1', () =>
	console.log(`serving ${folder} at http://127.0.0.1:${port}/`)
);
