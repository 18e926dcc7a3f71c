import { describe, expect, it } from 'vitest';
import { answerKey, score, type Answer } from '../../src/course/score';
import type { ScoredQuestion } from '../../src/schemas/question';
import { multiple, ordering, single } from '../support/questions';


describe('score', () => {
	it.each<[string, ScoredQuestion, Answer | undefined, ReturnType<typeof score>]>([
		['returns unanswered when nothing is chosen', single, undefined, { kind: 'unanswered' }],
		['returns unanswered for an answer of another type', single, { type: 'ordering', order: [] }, { kind: 'unanswered' }],
		['returns unanswered for an option the question does not have', single, { type: 'single', optionId: 'zz' }, { kind: 'unanswered' }],
		['gives full points for the correct single option', single, { type: 'single', optionId: 'b' }, { kind: 'points', earned: 2, total: 2 }],
		['gives no points for a wrong single option', single, { type: 'single', optionId: 'a' }, { kind: 'points', earned: 0, total: 2 }],
		['gives full points for exactly the correct set', multiple, { type: 'multiple', optionIds: ['c', 'a'] }, { kind: 'points', earned: 1, total: 1 }],
		['gives no points for a set missing a correct option', multiple, { type: 'multiple', optionIds: ['a'] }, { kind: 'points', earned: 0, total: 1 }],
		['gives no points for a set with a wrong option', multiple, { type: 'multiple', optionIds: ['a', 'b', 'c'] }, { kind: 'points', earned: 0, total: 1 }],
		['returns unanswered for an empty set', multiple, { type: 'multiple', optionIds: [] }, { kind: 'unanswered' }],
		['gives full points for the right order', ordering, { type: 'ordering', order: ['one', 'two', 'three'] }, { kind: 'points', earned: 1, total: 1 }],
		['gives no points for a wrong order', ordering, { type: 'ordering', order: ['two', 'one', 'three'] }, { kind: 'points', earned: 0, total: 1 }],
		['returns unanswered for an order of the wrong length', ordering, { type: 'ordering', order: ['one'] }, { kind: 'unanswered' }],
	])('%s', (_, question, answer, expected) => {
		expect(score(question, answer)).toEqual(expected);
	});

	it.each([single, multiple, ordering])('scores the answer key of a $type question at full marks', (question) => {
		expect(score(question, answerKey(question))).toEqual({ kind: 'points', earned: question.points, total: question.points });
	});
});
