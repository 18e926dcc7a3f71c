/**
 * What a learner's browser keeps, as it is stored. Parsed in the browser,
 * so written with the small guards in ./guard rather than zod (see there).
 *
 * Everything here is read back from storage or from an imported file, and so
 * is hostile until parsed: keys must be ids, texts are bounded, numbers are
 * whole and not negative, times are ISO instants.
 */

import { array, boolean, check, ID_PATTERN, int, literal, object, optional, record, string, tagged, type Infer } from './guard';

/** The version of the stored shape. Bump it, and add a migration, when the shape changes. */
export const PROGRESS_VERSION = 2;

const id = string(120, ID_PATTERN);
const time = check(string(40, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/), (text) => !Number.isNaN(Date.parse(text)), 'not a real time');
const count = int(0, 1_000_000);

/** A learner's answer to a scored question, by the option or item ids they chose. */
export const answerSchema = tagged('type', {
	single: object({ type: literal('single'), optionId: id }),
	multiple: object({ type: literal('multiple'), optionIds: array(id, 50) }),
	ordering: object({ type: literal('ordering'), order: array(id, 50) }),
});

/** One question: the last answer, how many checks, and the first check's result, which is the one that scores. */
export const questionRecordSchema = object({
	answer: answerSchema,
	attempts: int(1, 1_000_000),
	first: object({ earned: count, total: int(1, 1_000_000), at: time }),
	/** Whether the learner asked to see the answer. */
	revealed: optional(boolean),
	updatedAt: time,
});

/** How sure the learner was of a choice, from 1 (a guess) to 4 (certain): src/course/decision.ts names the steps. */
export const confidenceSchema = int(1, 4);

/** One move in a scenario: the choice, the learner's one-line reason and, since version 2, how sure they were. */
export const scenarioStepSchema = object({ choice: id, rationale: string(1000), confidence: optional(confidenceSchema), at: time });

/** One walk through a scenario, from the start; ended when it reached an outcome. */
export const scenarioRunSchema = object({
	steps: array(scenarioStepSchema, 100),
	startedAt: time,
	endedAt: optional(time),
	/** When the learner chose to see what really happened before finishing this run: a class vote counts such a run apart. */
	revealedEarlyAt: optional(time),
	/** Asked after the reveal: knowing what happened, the choice they would now make at the first decision (their own again, or another). */
	second: optional(object({ choice: id, at: time })),
});

/** Every walk a learner took through a scenario, oldest first; the last may be under way. */
export const scenarioRecordSchema = object({ runs: array(scenarioRunSchema, 200), updatedAt: time });

export const reflectionRecordSchema = object({ text: string(20_000), updatedAt: time });

/** The last time the lesson was opened. */
export const lessonRecordSchema = object({ visitedAt: time });

export const progressSchema = object({
	version: literal(PROGRESS_VERSION),
	questions: record(id, questionRecordSchema, 10_000),
	scenarios: record(id, scenarioRecordSchema, 2_000),
	reflections: record(id, reflectionRecordSchema, 2_000),
	lessons: record(id, lessonRecordSchema, 2_000),
	/** The lesson the learner was last in: what "Continue" opens. */
	last: optional(object({ lessonId: id, at: time })),
});

export type StoredAnswer = Infer<typeof answerSchema>;
export type QuestionRecord = Infer<typeof questionRecordSchema>;
export type ScenarioStep = Infer<typeof scenarioStepSchema>;
export type ScenarioRun = Infer<typeof scenarioRunSchema>;
export type ScenarioRecord = Infer<typeof scenarioRecordSchema>;
export type ReflectionRecord = Infer<typeof reflectionRecordSchema>;
export type Progress = Infer<typeof progressSchema>;
