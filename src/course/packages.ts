/**
 * The LMS packages the build makes for each module: one SCORM 1.2 and one
 * SCORM 2004 (4th edition) zip, under /packages/. Pure: the packaging step
 * and the instructor pages name them through here, so the two always agree.
 */

export const SCORM_VERSIONS = ['scorm12', 'scorm2004'] as const;
export type ScormVersion = (typeof SCORM_VERSIONS)[number];

/** Where the zips live, in dist/ and on the site. */
export const PACKAGES_DIR = 'packages';

/** How each version is named to an instructor. */
export const SCORM_LABEL: Record<ScormVersion, string> = {
	scorm12: 'SCORM 1.2',
	scorm2004: 'SCORM 2004 (4th edition)',
};

/** "owning-a-mistake-scorm12.zip". */
export function packageFileName(moduleId: string, version: ScormVersion): string {
	return `${moduleId}-${version}.zip`;
}

/** Both of a module's packages: file names and site URLs. */
export function modulePackages(moduleId: string): { version: ScormVersion; label: string; fileName: string; href: string }[] {
	return SCORM_VERSIONS.map((version) => {
		const fileName = packageFileName(moduleId, version);
		return { version, label: SCORM_LABEL[version], fileName, href: `/${PACKAGES_DIR}/${fileName}` };
	});
}
