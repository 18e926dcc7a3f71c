/**
 * Merging imported progress into the learner's own, item by item: for each
 * question, scenario, reflection and lesson, the newer record wins. The
 * summary is what the learner confirms before anything changes.
 */

import type { Progress } from '../schemas/progress';

export type ItemKind = 'question' | 'scenario' | 'reflection' | 'lesson';

export interface MergeChange {
	kind: ItemKind;
	id: string;
}

export interface MergeSummary {
	/** Items the learner does not have yet. */
	added: MergeChange[];
	/** Items the file has a newer record of. */
	updated: MergeChange[];
	/** Items where the learner's own record is as new or newer, and stays. */
	kept: number;
}

export function mergeProgress(current: Progress, incoming: Progress): { progress: Progress; summary: MergeSummary } {
	const summary: MergeSummary = { added: [], updated: [], kept: 0 };
	const progress: Progress = {
		...current,
		questions: mergePart('question', current.questions, incoming.questions, (record) => record.updatedAt, summary),
		scenarios: mergePart('scenario', current.scenarios, incoming.scenarios, (record) => record.updatedAt, summary),
		reflections: mergePart('reflection', current.reflections, incoming.reflections, (record) => record.updatedAt, summary),
		lessons: mergePart('lesson', current.lessons, incoming.lessons, (record) => record.visitedAt, summary),
	};
	if (incoming.last && (!current.last || isNewer(incoming.last.at, current.last.at))) progress.last = incoming.last;
	return { progress, summary };
}

function mergePart<T>(
	kind: ItemKind,
	mine: Record<string, T>,
	theirs: Record<string, T>,
	stamp: (record: T) => string,
	summary: MergeSummary,
): Record<string, T> {
	const result = { ...mine };
	for (const [id, record] of Object.entries(theirs)) {
		const own = Object.hasOwn(mine, id) ? mine[id] : undefined;
		if (own === undefined) {
			summary.added.push({ kind, id });
			result[id] = record;
		} else if (isNewer(stamp(record), stamp(own))) {
			summary.updated.push({ kind, id });
			result[id] = record;
		} else {
			summary.kept += 1;
		}
	}
	return result;
}

/** Compares times as instants: "…00Z" and "…00.000Z" are the same moment. */
function isNewer(a: string, b: string): boolean {
	return Date.parse(a) > Date.parse(b);
}
