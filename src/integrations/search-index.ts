/**
 * Indexes the built site with Pagefind once Astro has written it. Only pages
 * that mark their main content with data-pagefind-body are indexed: lessons,
 * teaching notes and the glossary.
 */

import { globSync, rmSync } from 'node:fs';
import type { AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';

/** Indexes the built site in `site` (a folder) and writes the index to site/pagefind/. */
export async function indexSearch(site: string, logger: AstroIntegrationLogger): Promise<void> {
	const { index, errors } = await pagefind.createIndex({});
	if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
	const added = await index.addDirectory({ path: site });
	if (added.errors.length > 0) throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
	const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
	if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
	await pagefind.close();
	// Pagefind writes its ready-made interfaces too; the search page has its own, and the offline worker would cache these for nothing.
	for (const unused of globSync('pagefind/*{-ui,-highlight}.{js,css}', { cwd: site })) rmSync(`${site}/${unused}`);
	logger.info(`Indexed ${added.page_count} pages for search.`);
}
