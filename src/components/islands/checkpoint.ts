/**
 * What a checkpoint shows for an answer: the pure part of the Checkpoint
 * island. Scoring itself is src/course/score.ts.
 */

import type { ScoredQuestion } from '../../schemas/question';
import type { QuestionRecord, StoredAnswer } from '../../schemas/progress';
import { presentationOrder } from '../../course/ordering';

/** The learner's working choice: option ids for choice questions, item ids in order for ordering. */
export type Selection = string[];

/** The selection a checkpoint starts from: the stored answer where it still fits the question, else nothing (or the shuffled items). */
export function initialSelection(question: ScoredQuestion, record: QuestionRecord | undefined): Selection {
	const answer = record?.answer;
	if (question.type === 'ordering') {
		const ids = question.items.map((item) => item.id);
		const stored = answer?.type === 'ordering' ? answer.order : [];
		const fits = stored.length === ids.length && ids.every((id) => stored.includes(id));
		return fits ? [...stored] : presentationOrder(question.items).map((item) => item.id);
	}
	const chosen = !answer ? [] : answer.type === 'single' ? [answer.optionId] : answer.type === 'multiple' ? answer.optionIds : [];
	const known = chosen.filter((id) => question.options.some((option) => option.id === id));
	return question.type === 'single' ? known.slice(0, 1) : known;
}

/** Whether the stored answer can be shown as it is: same type, every id still there. */
export function answerFits(question: ScoredQuestion, answer: StoredAnswer | undefined): boolean {
	if (!answer || answer.type !== question.type) return false;
	const ids = new Set(question.type === 'ordering' ? question.items.map((item) => item.id) : question.options.map((option) => option.id));
	const used = answer.type === 'single' ? [answer.optionId] : answer.type === 'multiple' ? answer.optionIds : answer.order;
	return used.every((id) => ids.has(id));
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
