/**
 * Scoring for each kind of scored question: pure functions from a question
 * and a learner's answer to a small tagged result. Views never score.
 */

import type { MultipleChoice, Ordering, ScoredQuestion, SingleChoice } from '../schemas/question';

export type Answer =
	| { type: 'single'; optionId: string }
	| { type: 'multiple'; optionIds: readonly string[] }
	| { type: 'ordering'; order: readonly string[] };

export type Score = { kind: 'points'; earned: number; total: number } | { kind: 'unanswered' };

/** The answer that earns full marks. */
export function answerKey(question: ScoredQuestion): Answer {
	switch (question.type) {
		case 'single':
			return { type: 'single', optionId: (question.options.find((option) => option.correct) ?? question.options[0]!).id };
		case 'multiple':
			return { type: 'multiple', optionIds: question.options.filter((option) => option.correct).map((option) => option.id) };
		case 'ordering':
			return { type: 'ordering', order: question.items.map((item) => item.id) };
	}
}

/** Scores an answer; an answer of another type, or none, is unanswered. */
export function score(question: ScoredQuestion, answer: Answer | undefined): Score {
	if (!answer || answer.type !== question.type) return { kind: 'unanswered' };
	const right = isRight(question, answer);
	if (right === undefined) return { kind: 'unanswered' };
	return { kind: 'points', earned: right ? question.points : 0, total: question.points };
}

function isRight(question: ScoredQuestion, answer: Answer): boolean | undefined {
	if (question.type === 'single' && answer.type === 'single') return scoreSingle(question, answer.optionId);
	if (question.type === 'multiple' && answer.type === 'multiple') return scoreMultiple(question, answer.optionIds);
	if (question.type === 'ordering' && answer.type === 'ordering') return scoreOrdering(question, answer.order);
	return undefined;
}

function scoreSingle(question: SingleChoice, optionId: string): boolean | undefined {
	const chosen = question.options.find((option) => option.id === optionId);
	return chosen ? chosen.correct : undefined;
}

/** All or nothing: every correct option and no other. */
function scoreMultiple(question: MultipleChoice, optionIds: readonly string[]): boolean | undefined {
	const chosen = new Set(optionIds.filter((id) => question.options.some((option) => option.id === id)));
	if (chosen.size === 0) return undefined;
	return question.options.every((option) => option.correct === chosen.has(option.id));
}

/** All or nothing: the whole order must match. */
function scoreOrdering(question: Ordering, order: readonly string[]): boolean | undefined {
	if (order.length !== question.items.length) return undefined;
	return question.items.every((item, index) => item.id === order[index]);
}
