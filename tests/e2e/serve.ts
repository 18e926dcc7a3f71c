/**
 * Serves the built site for the browser tests, as any static host would:
 * files from dist/, directory URLs to their index.html, and dist/404.html
 * with status 404 for anything else. Astro's own preview refuses to run
 * twice for one project, and a learner may have `npm start` open already.
 *
 *   node tests/e2e/serve.ts 4322
 */

import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { createGzip } from 'node:zlib';

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

/** The file a URL path names, or undefined; never a path outside the root. */
function fileFor(root: string, urlPath: string): string | undefined {
	const decoded = decodeURIComponent(urlPath);
	const candidate = normalize(join(root, decoded));
	if (!candidate.startsWith(root)) return undefined;
	const file = existsSync(candidate) && statSync(candidate).isDirectory() ? join(candidate, 'index.html') : candidate;
	return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

/**
 * Serves a built site from root (dist/ unless told) on port; port 0 picks a
 * free one. With asDeployed, also as a real static host would: text
 * compressed, hashed assets cached for a year (the benchmark's Lighthouse
 * runs measure that; the tests read bodies plainly).
 */
export function serve(port: number, root = 'dist', asDeployed = false): Promise<Server> {
	const base = resolve(root);
	const server = createServer((request, response) => {
		const path = new URL(request.url ?? '/', 'http://localhost').pathname;
		let file: string | undefined;
		try {
			file = fileFor(base, path);
		} catch {
			file = undefined;
		}
		const status = file ? 200 : 404;
		const served = file ?? join(base, '404.html');
		const type = TYPES[extname(served)] ?? 'application/octet-stream';
		const headers: Record<string, string> = { 'content-type': type };
		if (asDeployed && path.startsWith('/_astro/')) headers['cache-control'] = 'public, max-age=31536000, immutable';
		if (asDeployed && /text|json|xml|svg/.test(type) && /gzip/.test(String(request.headers['accept-encoding']))) {
			response.writeHead(status, { ...headers, 'content-encoding': 'gzip', vary: 'accept-encoding' });
			createReadStream(served).pipe(createGzip()).pipe(response);
			return;
		}
		response.writeHead(status, headers);
		createReadStream(served).pipe(response);
	});
	return new Promise((done) => server.listen(port, '127.0.0.1', () => done(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const port = Number(process.argv[2] ?? 4322);
	await serve(port);
	console.log(`Serving ${resolve('dist')} at http://127.0.0.1:${port}/`);
}
