/**
 * The lesson page's one question about saved assignments: is this lesson's
 * outcome held until class, and until when? Read from the saved text itself:
 * the assignments store (src/stores/assignments.ts) brings its guards and a
 * persistent store, more than a lesson page can carry, for one answer.
 */

import { revealHeldUntil } from '../course/reveal-hold';
import { readKey } from './storage';

/** ASSIGNMENTS_KEY in src/stores/assignments.ts; a unit test keeps the two the same. */
export const SAVED_ASSIGNMENTS_KEY = 'casebook:assignments';

/** The latest hold still to come on the lesson (an ISO instant), or undefined. Never throws. */
export function heldUntil(lesson: { id: string; moduleId: string }, now: number): string | undefined {
	let saved: { version?: unknown; items?: unknown } | null;
	try {
		saved = JSON.parse(readKey(SAVED_ASSIGNMENTS_KEY) ?? 'null');
	} catch {
		return undefined;
	}
	if (saved?.version !== 1 || !Array.isArray(saved.items)) return undefined;
	const fragments = saved.items.map((item: { fragment?: unknown } | null) => item?.fragment).filter((fragment) => typeof fragment === 'string');
	return revealHeldUntil(fragments, lesson, now);
}
