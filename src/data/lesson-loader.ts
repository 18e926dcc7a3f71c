/**
 * The lessons collection: one entry per lesson file, holding nothing but the
 * file's path, so that Astro compiles and renders each MDX body. The
 * frontmatter is read by src/data/course.ts through lesson-files.ts, not
 * carried through Astro's data store (why: lesson-files.ts).
 */

import { globSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { LESSON_FILES } from './lesson-files';

export function lessonFiles(base: string): Loader {
	return {
		name: 'casebook:lesson-files',
		load: async ({ config, store, generateDigest, watcher }) => {
			const root = fileURLToPath(config.root);
			const dir = resolve(root, base);
			const sync = () => {
				store.clear();
				for (const path of globSync(LESSON_FILES, { cwd: dir }).sort()) {
					const absolute = join(dir, path);
					// The digest tells the dev server a lesson changed, frontmatter included.
					store.set({ id: path.replace(/\.mdx$/, '').split(sep).join('/'), data: {}, filePath: relative(root, absolute).split(sep).join('/'), digest: generateDigest(readFileSync(absolute, 'utf8')), deferredRender: true });
				}
			};
			sync();
			watcher?.add(dir);
			// Any MDX file coming, going or changing in the course folder: listing them again costs next to nothing.
			watcher?.on('all', (_event, path) => {
				if (path.startsWith(dir) && path.endsWith('.mdx')) sync();
			});
		},
	};
}
