/**
 * The rules of a lesson's decision beyond the path itself: how sure a
 * learner can say they were, and whether what really happened may show yet.
 */

import type { ScenarioRecord, ScenarioRun } from '../schemas/progress';

/** "How sure are you?", weakest first; stored as 1 to 4. */
export const CONFIDENCE = ['A guess', 'Leaning', 'Fairly sure', 'Certain'] as const;

/**
 * What the part of the lesson after the decision may show:
 * - held: the learner has not finished a run nor asked to see it anyway;
 * - shown: they have done one or the other;
 * - class: an assignment they opened keeps it for class until a set time.
 */
export type RevealState = 'held' | 'shown' | 'class';

export function revealState(record: ScenarioRecord | undefined, heldUntil: string | undefined): RevealState {
	if (heldUntil !== undefined) return 'class';
	return record?.runs.some((run) => run.endedAt || run.revealedEarlyAt) ? 'shown' : 'held';
}

/** The run a class vote counts, and the one the second thought is about: the first that reached an ending. */
export function firstFinishedRun(record: ScenarioRecord | undefined): ScenarioRun | undefined {
	return record?.runs.find((run) => run.endedAt);
}
