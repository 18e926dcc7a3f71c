/**
 * Finding and talking to the LMS's SCORM runtime, for either version. The
 * runtime is an object the LMS puts on a window above the package: `API`
 * for SCORM 1.2, `API_1484_11` for 2004, found by climbing the frames and
 * then the window that opened this one (the search both specs describe).
 */

import type { ScormVersion } from '../course/packages';

interface Api12 {
	LMSInitialize(empty: ''): string;
	LMSGetValue(element: string): string;
	LMSSetValue(element: string, value: string): string;
	LMSCommit(empty: ''): string;
	LMSFinish(empty: ''): string;
}

interface Api2004 {
	Initialize(empty: ''): string;
	GetValue(element: string): string;
	SetValue(element: string, value: string): string;
	Commit(empty: ''): string;
	Terminate(empty: ''): string;
}

/** One LMS session, the same for both versions. */
export interface Lms {
	get(element: string): string;
	set(element: string, value: string): void;
	commit(): void;
	finish(): void;
}

const API_NAME: Record<ScormVersion, string> = { scorm12: 'API', scorm2004: 'API_1484_11' };
/** How far up to climb; the specs' own example stops at 7, LMS players nest a few frames deep. */
const MAX_DEPTH = 10;

/** The runtime on this window or one above it, if any; a window of another origin ends the climb. */
function climb(start: Window | null, name: string): unknown {
	let win = start;
	for (let depth = 0; win && depth <= MAX_DEPTH; depth += 1) {
		try {
			const api = (win as unknown as Record<string, unknown>)[name];
			if (api && typeof api === 'object') return api;
			if (win.parent === win) return undefined;
			win = win.parent;
		} catch {
			return undefined;
		}
	}
	return undefined;
}

function findApi(version: ScormVersion, from: Window): unknown {
	const name = API_NAME[version];
	let opener: Window | null = null;
	try {
		opener = from.top?.opener ?? null;
	} catch {
		opener = null;
	}
	return climb(from, name) ?? climb(opener, name);
}

/** Starts a session with the LMS above this window, or returns undefined when there is none (or it refuses). */
export function connect(version: ScormVersion, from: Window = window): Lms | undefined {
	const found = findApi(version, from);
	if (!found) return undefined;
	if (version === 'scorm12') {
		const api = found as Api12;
		if (typeof api.LMSInitialize !== 'function' || String(api.LMSInitialize('')) !== 'true') return undefined;
		return {
			get: (element) => String(api.LMSGetValue(element) ?? ''),
			set: (element, value) => void api.LMSSetValue(element, value),
			commit: () => void api.LMSCommit(''),
			finish: () => void api.LMSFinish(''),
		};
	}
	const api = found as Api2004;
	if (typeof api.Initialize !== 'function' || String(api.Initialize('')) !== 'true') return undefined;
	return {
		get: (element) => String(api.GetValue(element) ?? ''),
		set: (element, value) => void api.SetValue(element, value),
		commit: () => void api.Commit(''),
		finish: () => void api.Terminate(''),
	};
}
