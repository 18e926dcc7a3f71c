import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { freshSelection, move, storedSelection, toAnswer, verdict, type Selection } from '../../src/components/islands/checkpoint';
import { compare, walk, type Walk } from '../../src/components/islands/scenario';
import type { QuestionRecord, StoredAnswer } from '../../src/schemas/progress';
import type { Ordering, ScoredQuestion } from '../../src/schemas/question';
import type { Scenario } from '../../src/schemas/scenario';
import { multiple, ordering, single } from '../support/questions';

const recordOf = (answer: StoredAnswer): QuestionRecord => ({
	answer,
	attempts: 1,
	first: { earned: 0, total: 1, at: '2024-03-01T10:00:00.000Z' },
	updatedAt: '2024-03-01T10:00:00.000Z',
});

describe('storedSelection', () => {
	it.each<[string, ScoredQuestion, StoredAnswer, Selection]>([
		['the option of a single choice', single, { type: 'single', optionId: 'b' }, ['b']],
		['the options of a multiple choice, in the order chosen', multiple, { type: 'multiple', optionIds: ['c', 'a'] }, ['c', 'a']],
		['an empty multiple choice', multiple, { type: 'multiple', optionIds: [] }, []],
		['the order of an ordering', ordering, { type: 'ordering', order: ['three', 'one', 'two'] }, ['three', 'one', 'two']],
	])('gives back %s when it still fits', (_, question, answer, selection) => {
		expect(storedSelection(question, recordOf(answer))).toEqual(selection);
	});

	it.each<[string, ScoredQuestion, StoredAnswer]>([
		['an answer of another type', single, { type: 'multiple', optionIds: ['b'] }],
		['an ordering answer to a choice question', multiple, { type: 'ordering', order: ['a', 'b', 'c'] }],
		['a single option the question no longer has', single, { type: 'single', optionId: 'gone' }],
		['a multiple choice with one option the question no longer has', multiple, { type: 'multiple', optionIds: ['a', 'gone'] }],
		['an ordering with an item missing', ordering, { type: 'ordering', order: ['one', 'two'] }],
		['an ordering with an item twice', ordering, { type: 'ordering', order: ['one', 'two', 'two'] }],
		['an ordering with an item the question no longer has', ordering, { type: 'ordering', order: ['one', 'two', 'gone'] }],
		['an ordering with an extra item', ordering, { type: 'ordering', order: ['one', 'two', 'three', 'gone'] }],
	])('gives nothing back for %s', (_, question, answer) => {
		expect(storedSelection(question, recordOf(answer))).toBeUndefined();
	});

	it('gives nothing back for a question never answered', () => {
		expect(storedSelection(single, undefined)).toBeUndefined();
	});

	it('gives a copy the view can change without touching the stored answer', () => {
		const record = recordOf({ type: 'multiple', optionIds: ['a'] });
		storedSelection(multiple, record)?.push('c');
		expect(record.answer).toEqual({ type: 'multiple', optionIds: ['a'] });
	});
});

describe('freshSelection', () => {
	it.each([single, multiple])('starts a $type question with nothing chosen', (question) => {
		expect(freshSelection(question)).toEqual([]);
	});

	/** An ordering question whose items, in the answer's order, have these ids. */
	const orderingOf = (ids: string[]): Ordering => ({ id: 'o', type: 'ordering', prompt: 'P', points: 1, items: ids.map((id) => ({ id, text: id, feedback: 'f' })) });
	const itemIds = fc.uniqueArray(fc.stringMatching(/^[a-z0-9]{1,8}(?:-[a-z0-9]{1,8})?$/), { minLength: 2, maxLength: 8 });

	it('starts an ordering with every item, never in the order of the answer', () => {
		fc.assert(
			fc.property(itemIds, (ids) => {
				const selection = freshSelection(orderingOf(ids));
				expect([...selection].sort()).toEqual([...ids].sort());
				expect(selection).not.toEqual(ids);
			}),
		);
	});

	it('starts an ordering the same way on every visit', () => {
		fc.assert(
			fc.property(itemIds, (ids) => {
				expect(freshSelection(orderingOf(ids))).toEqual(freshSelection(orderingOf(ids)));
			}),
		);
	});
});

describe('toAnswer', () => {
	it.each<[string, ScoredQuestion, Selection, StoredAnswer | undefined]>([
		['a single choice as its one option', single, ['b'], { type: 'single', optionId: 'b' }],
		['a multiple choice as its options', multiple, ['a', 'c'], { type: 'multiple', optionIds: ['a', 'c'] }],
		['an ordering as its order', ordering, ['two', 'one', 'three'], { type: 'ordering', order: ['two', 'one', 'three'] }],
		['no single choice as no answer', single, [], undefined],
		['no multiple choice as no answer', multiple, [], undefined],
	])('turns %s', (_, question, selection, answer) => {
		expect(toAnswer(question, selection)).toEqual(answer);
	});

	it.each<[ScoredQuestion, Selection]>([
		[single, ['a']],
		[multiple, ['c', 'a']],
		[ordering, ['three', 'two', 'one']],
	])('gives back the same selection for a $type answer once stored', (question, selection) => {
		const answer = toAnswer(question, selection);
		expect(answer && storedSelection(question, recordOf(answer))).toEqual(selection);
	});
});

describe('verdict', () => {
	it.each([single, multiple, ordering])('says "Correct." for a right $type answer', (question) => {
		expect(verdict(question, [], true)).toBe('Correct.');
	});

	it.each([single, multiple])('says "Not quite." for a wrong $type answer', (question) => {
		expect(verdict(question, ['a'], false)).toBe('Not quite.');
	});

	it.each<[Selection, string]>([
		[['one', 'three', 'two'], 'Not quite: 1 of 3 in the right place.'],
		[['three', 'one', 'two'], 'Not quite: 0 of 3 in the right place.'],
		[['one', 'two'], 'Not quite: 2 of 3 in the right place.'],
	])('counts the items of a wrong order %j that stand in their place', (selection, line) => {
		expect(verdict(ordering, selection, false)).toBe(line);
	});
});

describe('move', () => {
	const order = ['a', 'b', 'c'];

	it.each<[string, number, -1 | 1, Selection, number]>([
		['moves an item up one place', 1, -1, ['b', 'a', 'c'], 0],
		['moves an item down one place', 1, 1, ['a', 'c', 'b'], 2],
		['leaves the top item where it is when moved up', 0, -1, ['a', 'b', 'c'], 0],
		['leaves the bottom item where it is when moved down', 2, 1, ['a', 'b', 'c'], 2],
	])('%s', (_, index, by, expected, landed) => {
		expect(move(order, index, by)).toEqual({ order: expected, index: landed });
	});

	it('leaves the order it was given as it was', () => {
		move(order, 0, 1);
		expect(order).toEqual(['a', 'b', 'c']);
	});
});

const scenario: Scenario = {
	id: 'crisis',
	title: 'The night',
	start: 'first',
	nodes: [
		{
			id: 'first', kind: 'decision', situation: 'The tweet is out.',
			choices: [
				{ id: 'apologise', text: 'Apologise', next: 'second' },
				{ id: 'deny', text: 'Deny', next: 'backlash' },
			],
		},
		{
			id: 'second', kind: 'decision', situation: 'People ask why.',
			choices: [
				{ id: 'explain', text: 'Explain', next: 'recovery' },
				{ id: 'go-quiet', text: 'Go quiet', next: 'drift' },
			],
		},
		{ id: 'backlash', kind: 'outcome', title: 'Backlash', debrief: 'd', rating: 'weak' },
		{ id: 'recovery', kind: 'outcome', title: 'Recovery', debrief: 'd', rating: 'strong' },
		{ id: 'drift', kind: 'outcome', title: 'Drift', debrief: 'd', rating: 'mixed' },
	],
	historicalPath: ['apologise', 'explain'],
};

/** The walk along these choice ids, which must fit the scenario. */
function walked(choices: string[]): Walk {
	const result = walk(scenario, choices.map((choice) => ({ choice })));
	if (!result) throw new Error(`the choices ${choices.join(', ')} do not fit the scenario`);
	return result;
}

describe('walk', () => {
	it('stands at the start before any choice', () => {
		expect(walk(scenario, [])).toEqual({ steps: [], at: scenario.nodes[0] });
	});

	it('follows the choices to where they lead, keeping each reason', () => {
		const result = walk(scenario, [{ choice: 'apologise', rationale: 'Own it.' }, { choice: 'explain', rationale: 'Be clear.' }]);
		expect(result?.at.id).toBe('recovery');
		expect(result?.steps.map((step) => [step.node.id, step.choice.id, step.rationale])).toEqual([
			['first', 'apologise', 'Own it.'],
			['second', 'explain', 'Be clear.'],
		]);
	});

	it('stands at the next decision part way through', () => {
		expect(walked(['apologise']).at.id).toBe('second');
	});

	it('leaves out a reason that was not given', () => {
		expect(walked(['deny']).steps[0]).not.toHaveProperty('rationale');
	});

	it.each<[string, Scenario, string[]]>([
		['a choice that is not open at that decision', scenario, ['explain']],
		['a choice the scenario no longer has', scenario, ['apologise', 'stall']],
		['a choice after the walk reached an ending', scenario, ['deny', 'explain']],
		['a choice that leads to a node the scenario no longer has', { ...scenario, nodes: scenario.nodes.filter((node) => node.id !== 'second') }, ['apologise']],
		['a start the scenario no longer has', { ...scenario, start: 'gone' }, []],
	])('gives nothing for %s', (_, changed, choices) => {
		expect(walk(changed, choices.map((choice) => ({ choice })))).toBeUndefined();
	});
});

describe('compare', () => {
	const real = walked(scenario.historicalPath);

	it.each<[string, string[], boolean[]]>([
		['the same path', ['apologise', 'explain'], [true, true]],
		['a path that parts at the second decision', ['apologise', 'go-quiet'], [true, false]],
		['a path that parts at once and ends sooner', ['deny'], [false, false]],
	])('sets a row per decision for %s, same only where both chose alike', (_, mine, same) => {
		expect(compare(walked(mine), real).map((row) => [row.number, row.same])).toEqual(same.map((each, index) => [index + 1, each]));
	});

	it("leaves out the learner's side of a row past their ending", () => {
		const rows = compare(walked(['deny']), real);
		expect(rows[1]).toEqual({ number: 2, real: real.steps[1], same: false });
	});

	it('leaves out the real side of a row past the real ending', () => {
		const mine = walked(['apologise', 'explain']);
		const rows = compare(mine, walked(['deny']));
		expect(rows[1]).toEqual({ number: 2, mine: mine.steps[1], same: false });
	});

	it('has no rows when neither side has made a choice', () => {
		expect(compare(walked([]), walked([]))).toEqual([]);
	});
});
