/**
 * Serves the built site for the browser tests, as any static host would:
 * files from dist/, directory URLs to their index.html, and dist/404.html
 * with status 404 for anything else. Astro's own preview refuses to run
 * twice for one project, and a learner may have `npm start` open already.
 *
 *   node tests/e2e/serve.ts 4322
 */

import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const ROOT = resolve('dist');
const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.json': 'application/json',
	'.webmanifest': 'application/manifest+json',
	'.xml': 'application/xml',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.txt': 'text/plain; charset=utf-8',
	'.woff2': 'font/woff2',
	'.zip': 'application/zip',
};

/** The file a URL path names, or undefined; never a path outside dist/. */
function fileFor(urlPath: string): string | undefined {
	const decoded = decodeURIComponent(urlPath);
	const candidate = normalize(join(ROOT, decoded));
	if (!candidate.startsWith(ROOT)) return undefined;
	const file = existsSync(candidate) && statSync(candidate).isDirectory() ? join(candidate, 'index.html') : candidate;
	return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

const port = Number(process.argv[2] ?? 4322);
createServer((request, response) => {
	const path = new URL(request.url ?? '/', 'http://localhost').pathname;
	let file: string | undefined;
	try {
		file = fileFor(path);
	} catch {
		file = undefined;
	}
	const status = file ? 200 : 404;
	const served = file ?? join(ROOT, '404.html');
	response.writeHead(status, { 'content-type': TYPES[extname(served)] ?? 'application/octet-stream' });
	createReadStream(served).pipe(response);
}).listen(port, '127.0.0.1', () => console.log(`Serving ${ROOT} at http://127.0.0.1:${port}/`));
