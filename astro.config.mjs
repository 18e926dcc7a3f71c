// @ts-check
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import svelte from '@astrojs/svelte';
import { defineConfig } from 'astro/config';
import { afterBuild } from './src/integrations/after-build.ts';
import { holdAfterDecision } from './src/data/hold-after-decision.ts';

// The theme must be applied before first paint, so it runs as an inline
// script; Astro's CSP hashes bundled scripts only, so this one's hash is
// added here, computed from the very bytes the page inlines.
const themeInit = readFileSync(new URL('./src/scripts/theme-init.js', import.meta.url), 'utf8');
/** @type {`sha256-${string}`} */
const themeInitHash = `sha256-${createHash('sha256').update(themeInit).digest('base64')}`;

/**
 * What goes into the one shared 'lesson' chunk: the Svelte runtime, the
 * stores and rules, and the lesson page's islands. A lesson page then loads
 * one file of JavaScript instead of eight, and less of it: Rolldown's default
 * split repeats long import and export lists in every small file (measured:
 * 1.5 KB gzipped on the Kutcher lesson; a separate runtime chunk costs the
 * lesson page 0.6 KB more). Rules only other pages use (module status,
 * merging, backups housekeeping, assignment links) stay in their own files.
 * Whether an assignment holds a lesson's outcome until class is the lesson
 * page's one question about assignments: course/reveal-hold and
 * stores/reveal-hold answer it here, without assignment or its store.
 * @param {string} id
 */
function inLessonChunk(id) {
	const path = id.replaceAll('\\', '/');
	if (/\/node_modules\/(svelte|nanostores|@nanostores|@astrojs\/svelte)\//.test(path)) return true;
	if (/\/src\/(course\/(progress-merge|progress-file|module-status|assignment|receipt|gradebook|sha256|base64url)|stores\/(transfer|housekeeping|assignments|outline|live-when))\./.test(path)) return false;
	if (/\/src\/(stores|course|schemas)\//.test(path)) return true;
	return /\/src\/components\/islands\/(Checkpoint|Scenario|Reflection|LessonTracker|RevealGate|checkpoint|scenario|visit|lesson|map-path)\./.test(path);
}

/**
 * A lesson's frontmatter (its questions, scenario and reflection: some 30 KB
 * of YAML) reaches the pages through src/data/lesson-files.ts, parsed and
 * checked once. Left in the MDX file, @astrojs/mdx would parse it again and
 * compile it into every lesson module as a `frontmatter` export nobody reads,
 * which Rolldown then carries through the build: measured on 1,000 lessons,
 * that was 5 of the build's seconds. So the MDX compiler gets the file with its
 * frontmatter blanked to empty lines, and error lines in the body stay true.
 * The body also gets its held part wrapped (src/data/hold-after-decision.ts).
 * @type {import('vite').Plugin}
 */
const lessonBodyOnly = {
	name: 'casebook:lesson-body-only',
	enforce: 'pre',
	transform: {
		filter: { id: /\.mdx$/ },
		handler(code) {
			const frontmatter = /^---\r?\n[\s\S]*?\r?\n---(?=\r?\n|$)/.exec(code);
			return frontmatter ? { code: frontmatter[0].replace(/[^\n]/g, '') + holdAfterDecision(code.slice(frontmatter[0].length)), map: null } : undefined;
		},
	},
};

export default defineConfig({
	// Absolute URLs in the sitemap need an origin; set CASEBOOK_SITE when deploying.
	site: process.env.CASEBOOK_SITE ?? 'http://localhost:4321',
	// Tests build broken copies of the course side by side; each needs its own cache.
	...(process.env.CASEBOOK_CACHE_DIR && { cacheDir: process.env.CASEBOOK_CACHE_DIR }),
	// Styles inline: a render-blocking stylesheet costs a round trip before first paint, which Lighthouse's slow-4G phone counts; the offline worker caches pages anyway.
	build: { inlineStylesheets: 'always' },
	// Shiki colours code with inline styles, which the CSP forbids; lessons show no code.
	markdown: { syntaxHighlight: false },
	// discloseVersion off: the version marker is bytes every page would pay for.
	// Order matters: the sitemap is a file the offline worker precaches, and afterBuild writes the worker last.
	integrations: [mdx(), svelte({ compilerOptions: { discloseVersion: false } }), sitemap(), afterBuild()],
	security: {
		csp: {
			directives: [
				"default-src 'self'",
				"img-src 'self' data:",
				"font-src 'self'",
				"connect-src 'self'",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
				"frame-src 'none'",
				"worker-src 'self'",
				"manifest-src 'self'",
			],
			scriptDirective: { hashes: [themeInitHash] },
		},
	},
	vite: {
		plugins: [lessonBodyOnly],
		build: {
			// No dynamic imports reach the browser, so Vite's preload helper would be dead weight.
			modulePreload: false,
			rolldownOptions: {
				output: {
					codeSplitting: {
						groups: [
							{ name: 'lesson', test: inLessonChunk },
						],
					},
				},
				// Astro marks MDX modules with a directive that Rolldown warns it may drop;
				// Astro re-reads it from its own metadata, so the warning is noise.
				onwarn(warning, warn) {
					if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
				},
			},
		},
		resolve: { alias: { '~': new URL('./src', import.meta.url).pathname } },
	},
});
