import { describe, expect, it } from 'vitest';
import { moduleStatus, type ModuleStatus } from '../../src/course/module-status';
import type { LessonOutline, ModuleOutline } from '../../src/course/outline';
import { firstFinishedRun, revealState } from '../../src/course/decision';
import { emptyProgress, lessonStatus, markVisited, recordAttempt, recordChoice, recordSecondThought, replayScenario, revealAnswer, revealBeforeDeciding, saveReflection } from '../../src/course/progress';
import type { Progress, StoredAnswer } from '../../src/schemas/progress';

/** A time `minute` minutes into the morning of 1 March 2024, as the stores write it. */
const at = (minute: number): string => new Date(Date.UTC(2024, 2, 1, 10, minute)).toISOString();

const pickA: StoredAnswer = { type: 'single', optionId: 'a' };
const pickB: StoredAnswer = { type: 'single', optionId: 'b' };

/** Runs each action in turn from empty progress. */
const after = (...actions: ((progress: Progress) => Progress)[]): Progress => actions.reduce((progress, action) => action(progress), emptyProgress());

const check = (questionId: string, earned: number, total: number, minute: number, answer: StoredAnswer = pickA) => (progress: Progress) =>
	recordAttempt(progress, questionId, answer, { earned, total }, at(minute));
const reflect = (reflectionId: string, text: string, minute: number) => (progress: Progress) => saveReflection(progress, reflectionId, text, at(minute));
const choose = (scenarioId: string, choice: string, ends: boolean, minute: number) => (progress: Progress) =>
	recordChoice(progress, scenarioId, { choice, rationale: `because ${choice}`, confidence: 2 }, ends, at(minute));
const peek = (scenarioId: string, minute: number) => (progress: Progress) => revealBeforeDeciding(progress, scenarioId, at(minute));
const rethink = (scenarioId: string, choice: string, minute: number) => (progress: Progress) => recordSecondThought(progress, scenarioId, choice, at(minute));
const replay = (scenarioId: string, minute: number) => (progress: Progress) => replayScenario(progress, scenarioId, at(minute));
const visit = (lessonId: string, minute: number) => (progress: Progress) => markVisited(progress, lessonId, at(minute));

describe('recordAttempt', () => {
	it("keeps the first attempt's result when the learner retries", () => {
		const progress = after(check('q-one', 0, 2, 1, pickA), check('q-one', 2, 2, 5, pickB));
		expect(progress.questions['q-one']?.first).toEqual({ earned: 0, total: 2, at: at(1) });
	});

	it('shows the latest answer and when it was checked', () => {
		const progress = after(check('q-one', 0, 2, 1, pickA), check('q-one', 2, 2, 5, pickB));
		expect(progress.questions['q-one']).toMatchObject({ answer: pickB, updatedAt: at(5) });
	});

	it.each([1, 2, 5])('counts %i checks as %i attempts', (checks) => {
		const progress = after(...Array.from({ length: checks }, (_, minute) => check('q-one', 1, 1, minute)));
		expect(progress.questions['q-one']?.attempts).toBe(checks);
	});

	it('keeps a revealed answer revealed through later checks', () => {
		const progress = after(check('q-one', 0, 1, 1), (p) => revealAnswer(p, 'q-one', at(2)), check('q-one', 1, 1, 3));
		expect(progress.questions['q-one']?.revealed).toBe(true);
	});

	it('does not mark an answer revealed that the learner never asked to see', () => {
		expect(after(check('q-one', 0, 1, 1), check('q-one', 1, 1, 2)).questions['q-one']).not.toHaveProperty('revealed');
	});

	it('keeps each question apart', () => {
		const progress = after(check('q-one', 1, 1, 1), check('q-two', 0, 3, 2));
		expect(progress.questions['q-one']?.first).toEqual({ earned: 1, total: 1, at: at(1) });
		expect(progress.questions['q-two']?.first).toEqual({ earned: 0, total: 3, at: at(2) });
	});

	it('leaves the progress it was given as it was', () => {
		const before = after(check('q-one', 0, 1, 1));
		const copy = structuredClone(before);
		recordAttempt(before, 'q-one', pickB, { earned: 1, total: 1 }, at(2));
		expect(before).toEqual(copy);
	});
});

describe('revealAnswer', () => {
	it('reveals nothing before the question has been checked', () => {
		const progress = emptyProgress();
		expect(revealAnswer(progress, 'q-one', at(1))).toBe(progress);
	});

	it('marks a checked question revealed without touching its result or attempts', () => {
		const progress = after(check('q-one', 0, 2, 1), (p) => revealAnswer(p, 'q-one', at(4)));
		expect(progress.questions['q-one']).toEqual({ answer: pickA, attempts: 1, first: { earned: 0, total: 2, at: at(1) }, revealed: true, updatedAt: at(4) });
	});
});

describe('saveReflection', () => {
	it('saves the text with the time it was written', () => {
		expect(after(reflect('r-one', 'I would apologise first.', 3)).reflections['r-one']).toEqual({ text: 'I would apologise first.', updatedAt: at(3) });
	});

	it('replaces an earlier text with the later one', () => {
		expect(after(reflect('r-one', 'draft', 3), reflect('r-one', 'final', 9)).reflections['r-one']).toEqual({ text: 'final', updatedAt: at(9) });
	});
});

describe('recordChoice', () => {
	it('starts a run at the first choice in a scenario', () => {
		expect(after(choose('crisis', 'apologise', false, 1)).scenarios['crisis']).toEqual({
			runs: [{ steps: [{ choice: 'apologise', rationale: 'because apologise', confidence: 2, at: at(1) }], startedAt: at(1) }],
			updatedAt: at(1),
		});
	});

	it('appends a choice to the run under way', () => {
		const runs = after(choose('crisis', 'apologise', false, 1), choose('crisis', 'explain', false, 2)).scenarios['crisis']?.runs;
		expect(runs).toHaveLength(1);
		expect(runs?.[0]?.steps.map((step) => step.choice)).toEqual(['apologise', 'explain']);
	});

	it('closes the run when the choice reaches an ending', () => {
		const run = after(choose('crisis', 'apologise', false, 1), choose('crisis', 'explain', true, 2)).scenarios['crisis']?.runs[0];
		expect(run).toMatchObject({ startedAt: at(1), endedAt: at(2) });
	});

	it('starts a new run after an ended one, and keeps the ended run', () => {
		const runs = after(choose('crisis', 'deny', true, 1), choose('crisis', 'apologise', false, 2)).scenarios['crisis']?.runs;
		expect(runs?.map((run) => [run.steps.map((step) => step.choice), run.startedAt, run.endedAt])).toEqual([
			[['deny'], at(1), at(1)],
			[['apologise'], at(2), undefined],
		]);
	});
});

describe('replayScenario', () => {
	it('starts a first, empty run in a scenario never played', () => {
		expect(after(replay('crisis', 1)).scenarios['crisis']).toEqual({ runs: [{ steps: [], startedAt: at(1) }], updatedAt: at(1) });
	});

	it('starts a new run and keeps the runs already taken', () => {
		const runs = after(choose('crisis', 'deny', true, 1), replay('crisis', 2)).scenarios['crisis']?.runs;
		expect(runs).toEqual([
			{ steps: [{ choice: 'deny', rationale: 'because deny', confidence: 2, at: at(1) }], startedAt: at(1), endedAt: at(1) },
			{ steps: [], startedAt: at(2) },
		]);
	});

	it('keeps an unfinished run that has steps', () => {
		const runs = after(choose('crisis', 'apologise', false, 1), replay('crisis', 2)).scenarios['crisis']?.runs;
		expect(runs?.map((run) => run.steps.length)).toEqual([1, 0]);
	});

	it('drops an empty unfinished run instead of stacking another', () => {
		const runs = after(choose('crisis', 'deny', true, 1), replay('crisis', 2), replay('crisis', 3)).scenarios['crisis']?.runs;
		expect(runs?.map((run) => run.startedAt)).toEqual([at(1), at(3)]);
	});

	it('lets the next choice continue the replayed run', () => {
		const runs = after(choose('crisis', 'deny', true, 1), replay('crisis', 2), choose('crisis', 'apologise', false, 3)).scenarios['crisis']?.runs;
		expect(runs?.at(-1)).toEqual({ steps: [{ choice: 'apologise', rationale: 'because apologise', confidence: 2, at: at(3) }], startedAt: at(2) });
	});
});

describe('revealBeforeDeciding', () => {
	it('marks a new, empty run when the learner has not started the scenario', () => {
		expect(after(peek('crisis', 1)).scenarios['crisis']).toEqual({ runs: [{ steps: [], startedAt: at(1), revealedEarlyAt: at(1) }], updatedAt: at(1) });
	});

	it('marks the run under way, and the choices that follow stay in that run', () => {
		const runs = after(choose('crisis', 'apologise', false, 1), peek('crisis', 2), choose('crisis', 'explain', true, 3)).scenarios['crisis']?.runs;
		expect(runs).toHaveLength(1);
		expect(runs?.[0]).toMatchObject({ revealedEarlyAt: at(2), endedAt: at(3) });
	});

	it('changes nothing once a run has ended: the outcome was already shown', () => {
		const decided = after(choose('crisis', 'deny', true, 1));
		expect(revealBeforeDeciding(decided, 'crisis', at(2))).toBe(decided);
	});

	it('survives a replay, which drops only runs that hold nothing', () => {
		const runs = after(peek('crisis', 1), replay('crisis', 2)).scenarios['crisis']?.runs;
		expect(runs?.map((run) => run.revealedEarlyAt)).toEqual([at(1), undefined]);
	});
});

describe('recordSecondThought', () => {
	it('keeps the second thought on the first finished run, even after later runs', () => {
		const progress = after(choose('crisis', 'deny', true, 1), choose('crisis', 'apologise', true, 2), rethink('crisis', 'apologise', 3));
		expect(progress.scenarios['crisis']?.runs.map((run) => run.second)).toEqual([{ choice: 'apologise', at: at(3) }, undefined]);
		expect(progress.scenarios['crisis']?.updatedAt).toBe(at(3));
	});

	it('replaces an earlier second thought', () => {
		const progress = after(choose('crisis', 'deny', true, 1), rethink('crisis', 'apologise', 2), rethink('crisis', 'deny', 3));
		expect(firstFinishedRun(progress.scenarios['crisis'])?.second).toEqual({ choice: 'deny', at: at(3) });
	});

	it('changes nothing before a run has ended', () => {
		const progress = after(choose('crisis', 'apologise', false, 1));
		expect(recordSecondThought(progress, 'crisis', 'deny', at(2))).toBe(progress);
	});
});

describe('revealState', () => {
	it.each<[string, Progress, string | undefined, string]>([
		['nothing done', emptyProgress(), undefined, 'held'],
		['a run under way', after(choose('crisis', 'apologise', false, 1)), undefined, 'held'],
		['a finished run', after(choose('crisis', 'deny', true, 1)), undefined, 'shown'],
		['an early reveal', after(peek('crisis', 1)), undefined, 'shown'],
		['a finished run, held for class', after(choose('crisis', 'deny', true, 1)), at(60), 'class'],
		['nothing done, held for class', emptyProgress(), at(60), 'class'],
	])('with %s it is %s', (_, progress, heldUntil, state) => {
		expect(revealState(progress.scenarios['crisis'], heldUntil)).toBe(state);
	});
});

describe('markVisited', () => {
	it('marks the lesson visited and makes it where "Continue" leads', () => {
		const progress = after(visit('intro', 1));
		expect(progress.lessons['intro']).toEqual({ visitedAt: at(1) });
		expect(progress.last).toEqual({ lessonId: 'intro', at: at(1) });
	});

	it('moves "Continue" to the lesson opened last, keeping earlier visits', () => {
		const progress = after(visit('intro', 1), visit('the-night', 2), visit('intro', 3));
		expect(progress.last).toEqual({ lessonId: 'intro', at: at(3) });
		expect(progress.lessons).toEqual({ intro: { visitedAt: at(3) }, 'the-night': { visitedAt: at(2) } });
	});
});

const lesson: LessonOutline = {
	id: 'the-night',
	title: 'The night',
	href: '/the-night/',
	scored: [
		{ id: 'q-one', points: 2 },
		{ id: 'q-two', points: 1 },
	],
	reflections: ['r-one'],
	scenario: 'crisis',
};

describe('lessonStatus', () => {
	it('counts nothing done on empty progress', () => {
		const status = lessonStatus(emptyProgress(), lesson);
		expect(status).toEqual({ visited: false, done: 0, total: 4, completed: false });
		expect(status).not.toHaveProperty('completedAt');
	});

	it('counts the lesson visited once it is opened', () => {
		expect(lessonStatus(after(visit('the-night', 1)), lesson)).toMatchObject({ visited: true, done: 0 });
	});

	it.each<[string, Progress, number]>([
		['a checked question counts, even a wrong answer', after(check('q-one', 0, 2, 1)), 1],
		['a revealed question counts once', after(check('q-one', 0, 2, 1), (p) => revealAnswer(p, 'q-one', at(2))), 1],
		['a written reflection counts', after(reflect('r-one', 'I would wait.', 1)), 1],
		['a blank reflection does not count', after(reflect('r-one', '  \n\t ', 1)), 0],
		['a scenario with only an unfinished run does not count', after(choose('crisis', 'apologise', false, 1)), 0],
		['a scenario walked to an ending counts', after(choose('crisis', 'deny', true, 1)), 1],
		['an ended run still counts while a replay is under way', after(choose('crisis', 'deny', true, 1), replay('crisis', 2), choose('crisis', 'apologise', false, 3)), 1],
		['items of other lessons do not count', after(check('q-elsewhere', 1, 1, 1), reflect('r-elsewhere', 'text', 2), choose('other', 'x', true, 3)), 0],
	])('%s', (_, progress, done) => {
		expect(lessonStatus(progress, lesson)).toMatchObject({ done, total: 4, completed: false });
	});

	it('is completed at the time of the last required item done', () => {
		const progress = after(reflect('r-one', 'text', 1), choose('crisis', 'deny', true, 7), check('q-two', 1, 1, 3), check('q-one', 2, 2, 5));
		expect(lessonStatus(progress, lesson)).toEqual({ visited: false, done: 4, total: 4, completed: true, completedAt: at(7) });
	});

	it('keeps its completion time when questions are retried later', () => {
		const progress = after(reflect('r-one', 'text', 1), choose('crisis', 'deny', true, 2), check('q-two', 1, 1, 3), check('q-one', 2, 2, 4), check('q-one', 0, 2, 30));
		expect(lessonStatus(progress, lesson).completedAt).toBe(at(4));
	});

	it('compares completion times as instants, whatever their precision', () => {
		const progress = after(reflect('r-one', 'text', 1), choose('crisis', 'deny', true, 2), check('q-two', 1, 1, 3), check('q-one', 2, 2, 4));
		const late = '2030-01-01T10:00:00.500Z';
		const early = '2030-01-01T10:00:00Z';
		progress.reflections['r-one'] = { text: 'text', updatedAt: late };
		progress.questions['q-one'] = { ...progress.questions['q-one']!, first: { earned: 2, total: 2, at: early } };
		progress.questions['q-two'] = { ...progress.questions['q-two']!, first: { earned: 1, total: 1, at: early } };
		progress.scenarios['crisis'] = { runs: [{ steps: [], startedAt: early, endedAt: early }], updatedAt: early };
		expect(lessonStatus(progress, lesson).completedAt).toBe(late);
	});

	it('is not completed while one item is missing', () => {
		const progress = after(reflect('r-one', 'text', 1), check('q-two', 1, 1, 3), check('q-one', 2, 2, 5), choose('crisis', 'deny', false, 7));
		expect(lessonStatus(progress, lesson)).toEqual({ visited: false, done: 3, total: 4, completed: false });
	});
});

const firstLesson: LessonOutline = { id: 'lesson-one', title: 'One', href: '/one/', scored: [{ id: 'q-a', points: 2 }, { id: 'q-b', points: 1 }], reflections: [] };
const secondLesson: LessonOutline = { id: 'lesson-two', title: 'Two', href: '/two/', scored: [{ id: 'q-c', points: 1 }], reflections: ['r-c'] };
const module: ModuleOutline = { id: 'owning-a-mistake', title: 'Owning a mistake', href: '/owning-a-mistake/', passMark: 0.7, lessons: [firstLesson, secondLesson] };

/** The module as it is now, with question `id` worth `points`. */
const withPoints = (id: string, points: number): ModuleOutline => ({
	...module,
	lessons: module.lessons.map((each) => ({ ...each, scored: each.scored.map((question) => (question.id === id ? { ...question, points } : question)) })),
});

describe('moduleStatus', () => {
	it('is not started, not passed and earns nothing without progress', () => {
		expect(moduleStatus(emptyProgress(), module)).toEqual<ModuleStatus>({
			lessonsDone: 0,
			lessonsTotal: 2,
			earned: 0,
			available: 4,
			passed: false,
			started: false,
			completed: false,
		});
	});

	it.each<[string, Progress, ModuleOutline, Partial<ModuleStatus>]>([
		['counts the first result of each question, not a later retry', after(check('q-a', 0, 2, 1), check('q-a', 2, 2, 2)), module, { earned: 0, available: 4 }],
		['gives an answer to a removed question nothing', after(check('q-gone', 5, 5, 1), check('q-a', 2, 2, 2)), module, { earned: 2, available: 4 }],
		['scores zero, not NaN, when every answer is to a removed question', after(check('q-gone', 5, 5, 1), check('q-old', 0, 1, 2)), module, { earned: 0, available: 4, passed: false }],
		['rescales a full first result to the points a question is worth now', after(check('q-a', 3, 3, 1)), withPoints('q-a', 1), { earned: 1, available: 3 }],
		['rescales a partial first result to its share of the new points', after(check('q-a', 1, 2, 1)), withPoints('q-a', 4), { earned: 2, available: 6 }],
		['keeps a zero first result at zero after rescaling', after(check('q-a', 0, 5, 1)), withPoints('q-a', 3), { earned: 0, available: 5 }],
		['caps a first result that claims more than its total', after(check('q-a', 9, 2, 1)), module, { earned: 2, available: 4 }],
	])('%s', (_, progress, outline, expected) => {
		expect(moduleStatus(progress, outline)).toMatchObject(expected);
	});

	/** One lesson whose one question is worth 100 points, so earned points read as a percentage. */
	const hundred = (passMark: number): ModuleOutline => ({ ...module, passMark, lessons: [{ ...firstLesson, scored: [{ id: 'q-a', points: 100 }] }] });

	it.each<['passes' | 'fails', number, number]>([
		['passes', 70, 0.7],
		['fails', 69, 0.7],
		['passes', 100, 0.7],
		['fails', 0, 0.7],
		['passes', 100, 1],
		['fails', 99, 1],
		['passes', 50, 0.5],
	])('%s with %i/100 against a pass mark of %s', (verdict, earned, passMark) => {
		expect(moduleStatus(after(check('q-a', earned, 100, 1)), hundred(passMark)).passed).toBe(verdict === 'passes');
	});

	it('passes exactly at the mark when rescaled shares add up with rounding error', () => {
		// 0.7 + 0.7 + 0.7 is 2.0999999999999996 in floating point: a strict comparison would fail the learner.
		const outline: ModuleOutline = { ...module, passMark: 0.7, lessons: [{ ...firstLesson, scored: ['q-a', 'q-b', 'q-c'].map((id) => ({ id, points: 1 })) }] };
		const progress = after(check('q-a', 7, 10, 1), check('q-b', 7, 10, 2), check('q-c', 7, 10, 3));
		expect(moduleStatus(progress, outline).passed).toBe(true);
	});

	it('never passes a module with no scored questions', () => {
		const outline: ModuleOutline = { ...module, passMark: 0, lessons: [{ ...secondLesson, scored: [] }] };
		expect(moduleStatus(after(reflect('r-c', 'text', 1)), outline).passed).toBe(false);
	});

	it.each<[string, Progress]>([
		['a lesson is visited', after(visit('lesson-two', 1))],
		['an item is done without a visit, as after an import', after(check('q-c', 0, 1, 1))],
	])('is started once %s', (_, progress) => {
		expect(moduleStatus(progress, module).started).toBe(true);
	});

	it('is completed when every lesson is completed, and counts them', () => {
		const partly = after(check('q-a', 2, 2, 1), check('q-b', 1, 1, 2));
		expect(moduleStatus(partly, module)).toMatchObject({ lessonsDone: 1, lessonsTotal: 2, completed: false });
		const fully = after(check('q-a', 2, 2, 1), check('q-b', 1, 1, 2), check('q-c', 1, 1, 3), reflect('r-c', 'text', 4));
		expect(moduleStatus(fully, module)).toEqual<ModuleStatus>({ lessonsDone: 2, lessonsTotal: 2, earned: 4, available: 4, passed: true, started: true, completed: true });
	});
});
