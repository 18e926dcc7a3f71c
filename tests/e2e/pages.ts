/** Every page the build wrote, found from dist/ so that new pages are covered without a list to keep. */

import { globSync } from 'node:fs';

export const DIST = 'dist';

/** URL paths of every built HTML page: "/", "/modules/x/", "/404.html". */
export function builtPages(): string[] {
	const pages = globSync('**/*.html', { cwd: DIST })
		.map((file) => (file === 'index.html' ? '/' : file.endsWith('/index.html') ? `/${file.slice(0, -'index.html'.length)}` : `/${file}`))
		.sort();
	if (pages.length === 0) throw new Error(`No pages in ${DIST}/: run \`npm run build\` first.`);
	return pages;
}
