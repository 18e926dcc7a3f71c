/** What the packaging step writes into a package's launch page for the bridge to read. */

import type { ScormVersion } from '../course/packages';
import type { ResumePlan } from '../course/suspend-data';

export interface LaunchData {
	version: ScormVersion;
	plan: ResumePlan;
	/** The module page, relative to the launch page. */
	modulePage: string;
	/** Each lesson's page by lesson id, relative to the launch page. */
	lessonPages: Record<string, string>;
	/** The public site's origin, for links that lead out of the package; absent when the build named none. */
	site?: string;
}

/** The id of the launch page's JSON block. */
export const LAUNCH_DATA_ID = 'casebook-package';

// The keys the site's store uses (src/stores/progress.ts). Importing them
// from there would bundle the store into the bridge; tests/unit/scorm.test.ts
// keeps the two equal.
export const PROGRESS_KEY = 'casebook:progress';
export const BACKUP_PREFIX = 'casebook:backup:';
