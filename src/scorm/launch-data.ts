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
