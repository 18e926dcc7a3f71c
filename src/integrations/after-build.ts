/**
 * What the build does once Astro has written the pages: the search index and
 * the SCORM packages side by side (Pagefind works in its own process while
 * the packages deflate on Node's thread pool, so both cores stay busy), then
 * the offline worker, which lists every file the other two wrote.
 */

import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { writePackages } from '../../packaging/write-packages';
import { indexSearch } from './search-index';
import { writeServiceWorker } from './service-worker';

export function afterBuild(): AstroIntegration {
	return {
		name: 'casebook:after-build',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				await Promise.all([indexSearch(site, logger.fork('casebook:search-index')), writePackages(site, logger.fork('casebook:scorm-packages'))]);
				writeServiceWorker(site, logger.fork('casebook:service-worker'));
			},
		},
	};
}
