/** Three small scored questions, one of each type, for tests of scoring and of the islands' logic. */

import type { ScoredQuestion } from '../../src/schemas/question';

export const single: ScoredQuestion = {
	id: 's', type: 'single', prompt: 'P', points: 2,
	options: [
		{ id: 'a', text: 'A', correct: false, feedback: 'f' },
		{ id: 'b', text: 'B', correct: true, feedback: 'f' },
	],
};
export const multiple: ScoredQuestion = {
	id: 'm', type: 'multiple', prompt: 'P', points: 1,
	options: [
		{ id: 'a', text: 'A', correct: true, feedback: 'f' },
		{ id: 'b', text: 'B', correct: false, feedback: 'f' },
		{ id: 'c', text: 'C', correct: true, feedback: 'f' },
	],
};
export const ordering: ScoredQuestion = {
	id: 'o', type: 'ordering', prompt: 'P', points: 1,
	items: [
		{ id: 'one', text: '1', feedback: 'f' },
		{ id: 'two', text: '2', feedback: 'f' },
		{ id: 'three', text: '3', feedback: 'f' },
	],
};
