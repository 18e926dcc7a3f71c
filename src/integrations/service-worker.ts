/**
 * Writes dist/sw.js once the site (and its search index) is built: the
 * worker in src/scripts/sw.js, preceded by the exact list of files it
 * precaches and a version that changes whenever any of their contents does.
 * A deploy that changes nothing leaves the worker byte-for-byte the same, so
 * browsers offer no pointless update.
 */

import { createHash } from 'node:crypto';
import { globSync, readFileSync, writeFileSync } from 'node:fs';
import type { AstroIntegrationLogger } from 'astro';

const WORKER = new URL('../scripts/sw.js', import.meta.url);

/** "modules/x/index.html" → "/modules/x/": pages are cached under the URL a link uses. */
export function urlOf(file: string): string {
	if (file === 'index.html') return '/';
	if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
	return `/${file}`;
}

/** Writes site/sw.js over every file the build wrote into `site` (a folder), so it must run last. */
export function writeServiceWorker(site: string, logger: AstroIntegrationLogger): void {
	const files = globSync('**/*', { cwd: site, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => `${entry.parentPath}/${entry.name}`.slice(site.length).replace(/^\/+/, ''))
		// The SCORM zips are for instructors to upload to an LMS, not for reading offline: 1.3 MB a phone need not fetch.
		.filter((file) => file !== 'sw.js' && !file.startsWith('packages/'))
		.sort();
	const version = createHash('sha256');
	for (const file of files) version.update(file).update('\0').update(readFileSync(`${site}/${file}`));
	const head = `const VERSION = ${JSON.stringify(version.digest('hex').slice(0, 16))};\nconst FILES = ${JSON.stringify(files.map(urlOf))};\n`;
	writeFileSync(`${site}/sw.js`, head + readFileSync(WORKER, 'utf8'));
	logger.info(`Service worker precaches ${files.length} files.`);
}
