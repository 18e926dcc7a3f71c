/**
 * Writes every module's SCORM packages into dist/packages/ once the site is
 * built (src/integrations/after-build.ts calls it), so `npm run build` (and
 * so `npm test`) always has them. The site's own pages are left as they are:
 * the LMS bridge is bundled here, for the packages only.
 *
 * astro.config.mjs imports this TypeScript file through the after-build
 * integration; Node cannot load it with its imports, so Astro loads the
 * config through Vite, as it does any config that imports TypeScript.
 */

import { mkdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { rolldown } from 'rolldown';
import { buildCourse, type CourseModel, formatProblems } from '../src/course/build-course';
import { PACKAGES_DIR, packageFileName, SCORM_VERSIONS } from '../src/course/packages';
import { takeBuiltCourse } from '../src/data/handoff';
import { BuiltSite, collectModule, packageZip } from './package-module';
import { LESSONS_DIR, readCourse } from './read-course';
import { Deflater } from './zip';

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

/** Writes both SCORM packages of every module into dist/packages/. */
export async function writePackages(dist: string, logger: AstroIntegrationLogger): Promise<void> {
	const course = takeBuiltCourse() ?? readBuiltCourse();
	// Links out of a package go to the public site only when one is named for deployment.
	const site = process.env['CASEBOOK_SITE'] || undefined;
	const bridge = await bundleBridge();
	const bridgeBytes = new TextEncoder().encode(bridge);
	mkdirSync(join(dist, PACKAGES_DIR), { recursive: true });
	const built = new BuiltSite(dist);
	const deflater = new Deflater();
	// Rewriting pages runs here while earlier modules deflate on the thread pool. Between modules the
	// event loop gets a turn: Pagefind, working beside this, stalls when nobody reads its messages.
	const written: Promise<string>[] = [];
	for (const module of course.modules) {
		const content = collectModule(built, module, site);
		for (const version of SCORM_VERSIONS) {
			written.push(
				packageZip(course, content, version, bridgeBytes, site, deflater).then(async (zip) => {
					const name = packageFileName(module.id, version);
					await writeFile(join(dist, PACKAGES_DIR, name), zip);
					return `${name} ${(zip.length / 1024).toFixed(0)} KiB`;
				}),
			);
		}
		await new Promise((resolve) => setImmediate(resolve));
	}
	const sizes = await Promise.all(written);
	logger.info(`${sizes.length} SCORM packages in ${PACKAGES_DIR}/ (bridge ${(bridge.length / 1024).toFixed(1)} KiB): ${sizes.slice(0, 12).join(', ')}${sizes.length > 12 ? `, and ${sizes.length - 12} more` : ''}`);
}

/** The course read from its files, for a build whose pages did not hand theirs over. */
function readBuiltCourse(): CourseModel {
	const { files, failures } = readCourse(LESSONS_DIR);
	const built = files && buildCourse(files);
	if (!built?.ok) {
		throw new Error(`SCORM packages: the course does not read (${failures.map((failure) => failure.file).join(', ') || (built && !built.ok ? formatProblems(built.problems) : 'no files')}).`);
	}
	return built.course;
}
