/**
 * What a checkpoint shows for an answer: the pure part of the Checkpoint
 * island. Scoring itself is src/course/score.ts.
 */

import type { ScoredQuestion } from '../../schemas/question';
import type { QuestionRecord, StoredAnswer } from '../../schemas/progress';
import { presentationOrder } from '../../course/ordering';

/** The learner's working choice: option ids for choice questions, item ids in order for ordering. */
export type Selection = string[];

/** Where a learner starts: nothing chosen, or the items shuffled (never in the answer's order). */
export function freshSelection(question: ScoredQuestion): Selection {
	return question.type === 'ordering' ? presentationOrder(question.items).map((item) => item.id) : [];
}

/** The stored answer as a selection, if it still fits the question: same type, the same ids. Undefined otherwise. */
export function storedSelection(question: ScoredQuestion, record: QuestionRecord | undefined): Selection | undefined {
	const answer = record?.answer;
	if (answer?.type !== question.type) return undefined;
	const ids = (question.type === 'ordering' ? question.items : question.options).map((item) => item.id);
	const chosen = answer.type === 'single' ? [answer.optionId] : answer.type === 'multiple' ? answer.optionIds : answer.order;
	const fits = chosen.every((id) => ids.includes(id)) && (answer.type !== 'ordering' || (chosen.length === ids.length && new Set(chosen).size === ids.length));
	return fits ? [...chosen] : undefined;
}

export function toAnswer(question: ScoredQuestion, selection: Selection): StoredAnswer | undefined {
	if (question.type === 'ordering') return { type: 'ordering', order: selection };
	if (selection.length === 0) return undefined;
	return question.type === 'single' ? { type: 'single', optionId: selection[0] ?? '' } : { type: 'multiple', optionIds: selection };
}

/** One line for the live region after a check. */
export function verdict(question: ScoredQuestion, selection: Selection, right: boolean): string {
	if (right) return 'Correct.';
	if (question.type !== 'ordering') return 'Not quite.';
	const placed = question.items.filter((item, index) => selection[index] === item.id).length;
	return `Not quite: ${placed} of ${question.items.length} in the right place.`;
}

/** Moves one item of an ordering up (-1) or down (+1); returns the new order and where the item landed. */
export function move(order: Selection, index: number, by: -1 | 1): { order: Selection; index: number } {
	const target = index + by;
	if (target < 0 || target >= order.length) return { order, index };
	const next = [...order];
	[next[index], next[target]] = [next[target] as string, next[index] as string];
	return { order: next, index: target };
}
