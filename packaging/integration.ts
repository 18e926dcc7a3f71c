/**
 * The Astro integration that writes every module's SCORM packages into
 * dist/packages/ once the site is built, so `npm run build` (and so
 * `npm test`) always has them. The site's own pages are left as they are:
 * the LMS bridge is bundled here, for the packages only.
 *
 * astro.config.mjs imports this TypeScript file; Node cannot load it with
 * its imports, so Astro loads the config through Vite, as it does any
 * config that imports TypeScript.
 */

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { rolldown } from 'rolldown';
import { buildCourse, formatProblems } from '../src/course/build-course';
import { PACKAGES_DIR, packageFileName, SCORM_VERSIONS } from '../src/course/packages';
import { collectModule, packageZip } from './package-module';
import { LESSONS_DIR, readCourse } from './read-course';

/** The bridge as one classic script: packages may be opened from a file, where module scripts are refused. */
async function bundleBridge(): Promise<string> {
	const bundle = await rolldown({ input: fileURLToPath(new URL('../src/scorm/launch.ts', import.meta.url)), platform: 'browser', logLevel: 'warn' });
	try {
		const { output } = await bundle.generate({ format: 'iife', minify: true });
		return output[0].code;
	} finally {
		await bundle.close();
	}
}

export default function scormPackages(): AstroIntegration {
	return {
		name: 'casebook:scorm-packages',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const { files, failures } = readCourse(LESSONS_DIR);
				const built = files && buildCourse(files);
				if (!built?.ok) {
					throw new Error(`SCORM packages: the course does not read (${failures.map((failure) => failure.file).join(', ') || (built && !built.ok ? formatProblems(built.problems) : 'no files')}).`);
				}
				const dist = fileURLToPath(dir);
				// Links out of a package go to the public site only when one is named for deployment.
				const site = process.env['CASEBOOK_SITE'] || undefined;
				const bridge = await bundleBridge();
				mkdirSync(join(dist, PACKAGES_DIR), { recursive: true });
				const sizes: string[] = [];
				for (const module of built.course.modules) {
					const content = collectModule(dist, module, site);
					for (const version of SCORM_VERSIONS) {
						const zip = packageZip(built.course, content, version, bridge, site);
						writeFileSync(join(dist, PACKAGES_DIR, packageFileName(module.id, version)), zip);
						sizes.push(`${packageFileName(module.id, version)} ${(zip.length / 1024).toFixed(0)} KiB`);
					}
				}
				logger.info(`${sizes.length} SCORM packages in ${PACKAGES_DIR}/ (bridge ${(bridge.length / 1024).toFixed(1)} KiB): ${sizes.join(', ')}`);
			},
		},
	};
}
