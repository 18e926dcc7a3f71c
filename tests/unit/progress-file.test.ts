import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyProgress } from '../../src/course/progress';
import { MAX_PROGRESS_CHARS } from '../../src/course/progress-codec';
import { decodeProgressFile, encodeProgressFile, FILE_FORMAT } from '../../src/course/progress-file';
import { mergeProgress, type MergeChange } from '../../src/course/progress-merge';
import { PROGRESS_VERSION, type Progress, type QuestionRecord, type ScenarioRecord } from '../../src/schemas/progress';

const id = fc.constantFrom('intro', 'the-night', 'q-one', 'q-two', 'paterno-tweet', 'a1', 'x-2-y');
const time = fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((date) => date.toISOString());
const count = fc.integer({ min: 0, max: 1_000_000 });
const positive = fc.integer({ min: 1, max: 1_000_000 });

const answer = fc.oneof(
	fc.record({ type: fc.constant('single' as const), optionId: id }),
	fc.record({ type: fc.constant('multiple' as const), optionIds: fc.array(id, { maxLength: 5 }) }),
	fc.record({ type: fc.constant('ordering' as const), order: fc.array(id, { maxLength: 5 }) }),
);

const questionRecord: fc.Arbitrary<QuestionRecord> = fc.record(
	{ answer, attempts: positive, first: fc.record({ earned: count, total: positive, at: time }), revealed: fc.boolean(), updatedAt: time },
	{ requiredKeys: ['answer', 'attempts', 'first', 'updatedAt'] },
);

const scenarioRun = fc.record(
	{
		steps: fc.array(fc.record({ choice: id, rationale: fc.string({ maxLength: 100 }), confidence: fc.integer({ min: 1, max: 4 }), at: time }, { requiredKeys: ['choice', 'rationale', 'at'] }), { maxLength: 4 }),
		startedAt: time,
		endedAt: time,
		revealedEarlyAt: time,
		second: fc.record({ choice: id, at: time }),
	},
	{ requiredKeys: ['steps', 'startedAt'] },
);
const scenarioRecord: fc.Arbitrary<ScenarioRecord> = fc.record({ runs: fc.array(scenarioRun, { maxLength: 3 }), updatedAt: time });

const byId = <T>(item: fc.Arbitrary<T>) => fc.dictionary(id, item, { maxKeys: 4 });

/** Any progress a learner's browser could hold. */
const progress: fc.Arbitrary<Progress> = fc.record(
	{
		version: fc.constant(2 as const),
		questions: byId(questionRecord),
		scenarios: byId(scenarioRecord),
		reflections: byId(fc.record({ text: fc.string({ maxLength: 300 }), updatedAt: time })),
		lessons: byId(fc.record({ visitedAt: time })),
		last: fc.record({ lessonId: id, at: time }),
	},
	{ requiredKeys: ['version', 'questions', 'scenarios', 'reflections', 'lessons'] },
);

const courseVersion = fc.string({ maxLength: 40 });

/** Every item of a progress, in the order a merge visits them. */
const itemsOf = (p: Progress): MergeChange[] => [
	...Object.keys(p.questions).map((key) => ({ kind: 'question' as const, id: key })),
	...Object.keys(p.scenarios).map((key) => ({ kind: 'scenario' as const, id: key })),
	...Object.keys(p.reflections).map((key) => ({ kind: 'reflection' as const, id: key })),
	...Object.keys(p.lessons).map((key) => ({ kind: 'lesson' as const, id: key })),
];

describe('the progress file', () => {
	it('gives back exactly the progress written, with its course version and export date', () => {
		fc.assert(
			fc.property(progress, courseVersion, time, (p, version, now) => {
				expect(decodeProgressFile(encodeProgressFile(p, version, now))).toEqual({ ok: true, progress: p, courseVersion: version, exportedAt: now });
			}),
		);
	});

	it('marks the file with its format and the data version', () => {
		expect(JSON.parse(encodeProgressFile(emptyProgress(), '1.2.0', '2024-03-01T10:00:00.000Z'))).toEqual({
			format: FILE_FORMAT,
			schemaVersion: PROGRESS_VERSION,
			courseVersion: '1.2.0',
			exportedAt: '2024-03-01T10:00:00.000Z',
			progress: emptyProgress(),
		});
	});

	it('cuts an overlong course version to 40 characters', () => {
		const read = decodeProgressFile(encodeProgressFile(emptyProgress(), 'v'.repeat(60), '2024-03-01T10:00:00.000Z'));
		expect(read).toMatchObject({ ok: true, courseVersion: 'v'.repeat(40) });
	});

	it('takes the data version from the file, not from inside the progress', () => {
		const file = { format: FILE_FORMAT, schemaVersion: 1, courseVersion: '1.0.0', exportedAt: '2024-03-01T10:00:00Z', progress: { ...emptyProgress(), version: 7 } };
		expect(decodeProgressFile(JSON.stringify(file))).toEqual({ ok: true, progress: emptyProgress(), courseVersion: '1.0.0', exportedAt: '2024-03-01T10:00:00Z' });
	});

	const good = { format: FILE_FORMAT, schemaVersion: 1, courseVersion: '1.0.0', exportedAt: '2024-03-01T10:00:00Z', progress: emptyProgress() };
	const file = (changes: Record<string, unknown>): string => JSON.stringify({ ...good, ...changes });

	it.each<[string, string, string]>([
		['text that is not JSON', 'progress: all done', 'This file is not a Casebook progress file: it is not valid JSON.'],
		['JSON without the format mark', JSON.stringify({ ...good, format: undefined }), 'This file is not a Casebook progress file: it lacks the "casebook-progress" format mark.'],
		['JSON with another format mark', file({ format: 'other-progress' }), 'This file is not a Casebook progress file: it lacks the "casebook-progress" format mark.'],
		['a JSON list', '[]', 'This file is not a Casebook progress file: it lacks the "casebook-progress" format mark.'],
		['JSON null', 'null', 'This file is not a Casebook progress file: it lacks the "casebook-progress" format mark.'],
		['a file without a data version', file({ schemaVersion: undefined }), 'This progress file is damaged: its versions or export date are missing.'],
		['a data version written as text', file({ schemaVersion: '1' }), 'This progress file is damaged: its versions or export date are missing.'],
		['a course version that is a number', file({ courseVersion: 1 }), 'This progress file is damaged: its versions or export date are missing.'],
		['a file without an export date', file({ exportedAt: undefined }), 'This progress file is damaged: its versions or export date are missing.'],
		['a newer data version', file({ schemaVersion: 3 }), 'This progress file cannot be read: it was saved by a newer version of Casebook (data version 3; this page reads up to 2).'],
		['data version 0', file({ schemaVersion: 0 }), 'This progress file cannot be read: its data version (0) is not one Casebook ever wrote.'],
		['a file without progress', file({ progress: undefined }), 'This progress file cannot be read: it does not look like Casebook progress.'],
		['progress of the wrong shape', file({ progress: { questions: [] } }), 'This progress file cannot be read: part of it has the wrong shape (questions: expected an object).'],
		['a file larger than any Casebook writes', file({}) + ' '.repeat(MAX_PROGRESS_CHARS), 'This file is too large to be a Casebook progress file.'],
	])('refuses %s, telling the learner why', (_, text, message) => {
		expect(decodeProgressFile(text)).toEqual({ ok: false, message });
	});
});

describe('mergeProgress', () => {
	it('adds a record whose id is "constructor" rather than mistaking it for one already there', () => {
		const incoming = { ...emptyProgress(), reflections: { constructor: { text: 'kept', updatedAt: '2030-01-01T00:00:00Z' } } };
		const { progress: merged, summary } = mergeProgress(emptyProgress(), incoming);
		expect(summary.added).toEqual([{ kind: 'reflection', id: 'constructor' }]);
		expect(Object.hasOwn(merged.reflections, 'constructor')).toBe(true);
	});

	it('adds every item of a file into empty progress', () => {
		fc.assert(
			fc.property(progress, (p) => {
				const { progress: merged, summary } = mergeProgress(emptyProgress(), p);
				expect(merged).toEqual(p);
				expect(summary).toEqual({ added: itemsOf(p), updated: [], kept: 0 });
			}),
		);
	});

	it('changes nothing when progress is merged into itself', () => {
		fc.assert(
			fc.property(progress, (p) => {
				const { progress: merged, summary } = mergeProgress(p, p);
				expect(merged).toEqual(p);
				expect(summary).toEqual({ added: [], updated: [], kept: itemsOf(p).length });
			}),
		);
	});

	it('changes nothing more when the same file is merged twice', () => {
		fc.assert(
			fc.property(progress, progress, (mine, theirs) => {
				const once = mergeProgress(mine, theirs).progress;
				expect(mergeProgress(once, theirs).progress).toEqual(once);
			}),
		);
	});

	const question = (answerId: string, updatedAt: string): QuestionRecord => ({
		answer: { type: 'single', optionId: answerId },
		attempts: 1,
		first: { earned: 0, total: 1, at: updatedAt },
		updatedAt,
	});
	const withQuestions = (questions: Record<string, QuestionRecord>): Progress => ({ ...emptyProgress(), questions });

	it('takes the newer record of an item and lists it as updated', () => {
		const { progress: merged, summary } = mergeProgress(withQuestions({ 'q-one': question('a', '2024-03-01T10:00:00.000Z') }), withQuestions({ 'q-one': question('b', '2024-03-02T10:00:00.000Z') }));
		expect(merged.questions['q-one']?.answer).toEqual({ type: 'single', optionId: 'b' });
		expect(summary).toEqual({ added: [], updated: [{ kind: 'question', id: 'q-one' }], kept: 0 });
	});

	it("keeps the learner's own newer record and counts it as kept", () => {
		const { progress: merged, summary } = mergeProgress(withQuestions({ 'q-one': question('a', '2024-03-02T10:00:00.000Z') }), withQuestions({ 'q-one': question('b', '2024-03-01T10:00:00.000Z') }));
		expect(merged.questions['q-one']?.answer).toEqual({ type: 'single', optionId: 'a' });
		expect(summary).toEqual({ added: [], updated: [], kept: 1 });
	});

	it('decides item by item, and keeps items only the learner has', () => {
		const mine: Progress = {
			...withQuestions({ 'q-one': question('a', '2024-03-01T10:00:00.000Z'), 'q-two': question('a', '2024-03-05T10:00:00.000Z'), 'q-mine': question('a', '2024-03-01T10:00:00.000Z') }),
			reflections: { 'r-one': { text: 'mine', updatedAt: '2024-03-01T10:00:00.000Z' } },
		};
		const theirs: Progress = {
			...withQuestions({ 'q-one': question('b', '2024-03-02T10:00:00.000Z'), 'q-two': question('b', '2024-03-02T10:00:00.000Z'), 'q-new': question('b', '2024-03-02T10:00:00.000Z') }),
			lessons: { intro: { visitedAt: '2024-03-02T10:00:00.000Z' } },
		};
		const { progress: merged, summary } = mergeProgress(mine, theirs);
		expect(Object.fromEntries(Object.entries(merged.questions).map(([key, record]) => [key, record.answer.type === 'single' && record.answer.optionId]))).toEqual({ 'q-one': 'b', 'q-two': 'a', 'q-mine': 'a', 'q-new': 'b' });
		expect(merged.reflections).toEqual(mine.reflections);
		expect(merged.lessons).toEqual(theirs.lessons);
		expect(summary).toEqual({
			added: [{ kind: 'question', id: 'q-new' }, { kind: 'lesson', id: 'intro' }],
			updated: [{ kind: 'question', id: 'q-one' }],
			kept: 1,
		});
	});

	it.each([
		['"…00Z" in the file against "…00.000Z" at home', '2024-03-01T10:00:00.000Z', '2024-03-01T10:00:00Z'],
		['"…00.000Z" in the file against "…00Z" at home', '2024-03-01T10:00:00Z', '2024-03-01T10:00:00.000Z'],
	])("keeps the learner's record when both are from the same instant: %s", (_, own, incoming) => {
		const { progress: merged, summary } = mergeProgress(withQuestions({ 'q-one': question('a', own) }), withQuestions({ 'q-one': question('b', incoming) }));
		expect(merged.questions['q-one']?.answer).toEqual({ type: 'single', optionId: 'a' });
		expect(summary).toEqual({ added: [], updated: [], kept: 1 });
	});

	it('compares times as instants, not as text', () => {
		// As text, "…10:00:00Z" sorts after "…10:00:00.500Z", though it is half a second earlier.
		const { summary } = mergeProgress(withQuestions({ 'q-one': question('a', '2024-03-01T10:00:00Z') }), withQuestions({ 'q-one': question('b', '2024-03-01T10:00:00.500Z') }));
		expect(summary.updated).toEqual([{ kind: 'question', id: 'q-one' }]);
	});

	const visitedLast = (lessonId: string, at: string): Progress => ({ ...emptyProgress(), lessons: { [lessonId]: { visitedAt: at } }, last: { lessonId, at } });

	it.each<[string, Progress, Progress, string | undefined]>([
		['follows the file when its visit is newer', visitedLast('intro', '2024-03-01T10:00:00.000Z'), visitedLast('the-night', '2024-03-02T10:00:00.000Z'), 'the-night'],
		["stays with the learner's when theirs is newer", visitedLast('intro', '2024-03-02T10:00:00.000Z'), visitedLast('the-night', '2024-03-01T10:00:00.000Z'), 'intro'],
		["stays with the learner's at the same instant", visitedLast('intro', '2024-03-01T10:00:00.000Z'), visitedLast('the-night', '2024-03-01T10:00:00Z'), 'intro'],
		['follows the file when the learner has none', emptyProgress(), visitedLast('the-night', '2024-03-01T10:00:00.000Z'), 'the-night'],
		["stays with the learner's when the file has none", visitedLast('intro', '2024-03-01T10:00:00.000Z'), emptyProgress(), 'intro'],
		['stays unset when neither has one', emptyProgress(), emptyProgress(), undefined],
	])('"Continue" %s', (_, mine, theirs, lessonId) => {
		expect(mergeProgress(mine, theirs).progress.last?.lessonId).toBe(lessonId);
	});

	it('leaves both sides as they were', () => {
		const mine = withQuestions({ 'q-one': question('a', '2024-03-01T10:00:00.000Z') });
		const theirs = visitedLast('intro', '2024-03-02T10:00:00.000Z');
		const [mineBefore, theirsBefore] = [structuredClone(mine), structuredClone(theirs)];
		mergeProgress(mine, theirs);
		expect([mine, theirs]).toEqual([mineBefore, theirsBefore]);
	});
});
