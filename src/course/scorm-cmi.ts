/**
 * What a module's standing means to an LMS: the SCORM data model values for
 * each version, from the same ModuleStatus the site's progress page shows.
 * Pure; the package's launch page sends them.
 *
 * Score: raw is the percentage of the module's points earned on first
 * attempts (0 to 100, two decimals), min 0, max 100; 2004's scaled is raw
 * divided by 100. A module with no scored questions sends no score.
 */

import type { ModuleStatus } from './module-status';
import type { ScormVersion } from './packages';

/** The limits SCORM sets on suspend data, in characters. */
export const SUSPEND_DATA_LIMIT: Record<ScormVersion, number> = { scorm12: 4096, scorm2004: 64_000 };

export interface Session {
	status: ModuleStatus;
	/** The lesson the learner is in, or undefined on the module page. */
	location?: string;
	/** Milliseconds since the package was launched. */
	elapsed: number;
	suspendData: string;
}

/** Percentage of points earned, rounded to two decimals; undefined when nothing is scored. */
export function percentScore(status: ModuleStatus): number | undefined {
	if (status.available <= 0) return undefined;
	return Math.round((10_000 * Math.min(status.earned, status.available)) / status.available) / 100;
}

/**
 * SCORM 1.2's one status: "incomplete" until every lesson is done, then
 * "passed" or "failed" against the pass mark, or "completed" when the
 * module scores nothing.
 */
export function lessonStatus12(status: ModuleStatus): 'incomplete' | 'completed' | 'passed' | 'failed' {
	if (!status.completed) return 'incomplete';
	if (status.available <= 0) return 'completed';
	return status.passed ? 'passed' : 'failed';
}

/**
 * SCORM 2004's success: "passed" as soon as the site says so, "failed" only
 * once every lesson is done below the pass mark, "unknown" until then.
 */
export function successStatus2004(status: ModuleStatus): 'passed' | 'failed' | 'unknown' {
	if (status.available <= 0) return 'unknown';
	if (status.passed) return 'passed';
	return status.completed ? 'failed' : 'unknown';
}

/** SCORM 1.2's CMITimespan: HHHH:MM:SS.SS. */
export function timespan12(milliseconds: number): string {
	const hundredths = Math.max(0, Math.round(milliseconds / 10));
	const hours = Math.min(9999, Math.floor(hundredths / 360_000));
	const minutes = Math.floor((hundredths % 360_000) / 6000);
	const seconds = (hundredths % 6000) / 100;
	const pad = (value: number, width: number) => String(value).padStart(width, '0');
	return `${pad(hours, 4)}:${pad(minutes, 2)}:${seconds.toFixed(2).padStart(5, '0')}`;
}

/** SCORM 2004's timeinterval, an ISO 8601 duration: PT1H2M3.45S. */
export function duration2004(milliseconds: number): string {
	const hundredths = Math.max(0, Math.round(milliseconds / 10));
	const hours = Math.floor(hundredths / 360_000);
	const minutes = Math.floor((hundredths % 360_000) / 6000);
	const seconds = (hundredths % 6000) / 100;
	return `PT${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${Number(seconds.toFixed(2))}S`;
}

/** The values to set, in order, for one version. */
export function cmiValues(version: ScormVersion, session: Session): [element: string, value: string][] {
	const score = percentScore(session.status);
	if (version === 'scorm12') {
		return [
			['cmi.core.lesson_status', lessonStatus12(session.status)],
			...(score === undefined
				? []
				: ([
						['cmi.core.score.min', '0'],
						['cmi.core.score.max', '100'],
						['cmi.core.score.raw', String(score)],
					] as [string, string][])),
			['cmi.core.lesson_location', session.location ?? ''],
			['cmi.core.session_time', timespan12(session.elapsed)],
			['cmi.core.exit', 'suspend'],
			['cmi.suspend_data', session.suspendData],
		];
	}
	const { lessonsDone, lessonsTotal } = session.status;
	return [
		['cmi.completion_status', session.status.completed ? 'completed' : 'incomplete'],
		['cmi.progress_measure', String(Math.round((100 * lessonsDone) / Math.max(1, lessonsTotal)) / 100)],
		['cmi.success_status', successStatus2004(session.status)],
		...(score === undefined
			? []
			: ([
					['cmi.score.min', '0'],
					['cmi.score.max', '100'],
					['cmi.score.raw', String(score)],
					['cmi.score.scaled', String(score / 100)],
				] as [string, string][])),
		['cmi.location', session.location ?? ''],
		['cmi.session_time', duration2004(session.elapsed)],
		['cmi.exit', 'suspend'],
		['cmi.suspend_data', session.suspendData],
	];
}
