/**
 * Bringing progress in from a file. Kept apart from the progress store so
 * that lesson pages, which never import, do not ship the merge.
 */

import { mergeProgress } from '../course/progress-merge';
import type { Progress } from '../schemas/progress';
import { update } from './progress';

/** Merges an imported progress in, item by item, the newer winning. */
export function importProgress(incoming: Progress): void {
	update((value) => mergeProgress(value, incoming).progress);
}
