/**
 * The rules of progress: pure functions from what the learner did to what
 * it means. Actions return a new Progress and never touch storage; the
 * stores do that.
 */

import type { Progress, QuestionRecord, ScenarioRecord, StoredAnswer } from '../schemas/progress';
import { PROGRESS_VERSION } from '../schemas/progress';
import type { LessonOutline } from './outline';

export function emptyProgress(): Progress {
	return { version: PROGRESS_VERSION, questions: {}, scenarios: {}, reflections: {}, lessons: {} };
}

/** A checked answer. The first check's result is kept for good; later checks only replace the answer shown. */
export function recordAttempt(
	progress: Progress,
	questionId: string,
	answer: StoredAnswer,
	result: { earned: number; total: number },
	now: string,
): Progress {
	const before = progress.questions[questionId];
	const record: QuestionRecord = {
		answer,
		attempts: (before?.attempts ?? 0) + 1,
		first: before?.first ?? { earned: result.earned, total: result.total, at: now },
		...(before?.revealed && { revealed: true }),
		updatedAt: now,
	};
	return { ...progress, questions: { ...progress.questions, [questionId]: record } };
}

/** The learner chose to see the answer; allowed only after a check. */
export function revealAnswer(progress: Progress, questionId: string, now: string): Progress {
	const before = progress.questions[questionId];
	if (!before) return progress;
	return { ...progress, questions: { ...progress.questions, [questionId]: { ...before, revealed: true, updatedAt: now } } };
}

export function saveReflection(progress: Progress, reflectionId: string, text: string, now: string): Progress {
	return { ...progress, reflections: { ...progress.reflections, [reflectionId]: { text, updatedAt: now } } };
}

/** A committed move in a scenario; `ends` when the choice leads to an outcome. */
export function recordChoice(
	progress: Progress,
	scenarioId: string,
	step: { choice: string; rationale: string; confidence: number },
	ends: boolean,
	now: string,
): Progress {
	const runs = progress.scenarios[scenarioId]?.runs ?? [];
	const current = runs.at(-1);
	const open = current && !current.endedAt ? current : { steps: [], startedAt: now };
	const run = { ...open, steps: [...open.steps, { ...step, at: now }], ...(ends && { endedAt: now }) };
	const kept = open === current ? runs.slice(0, -1) : runs;
	const record: ScenarioRecord = { runs: [...kept, run], updatedAt: now };
	return { ...progress, scenarios: { ...progress.scenarios, [scenarioId]: record } };
}

/** Starts the scenario again; the runs already taken are kept. An unfinished run is dropped only if it holds nothing: no step, no early reveal. */
export function replayScenario(progress: Progress, scenarioId: string, now: string): Progress {
	const runs = (progress.scenarios[scenarioId]?.runs ?? []).filter((run) => run.steps.length > 0 || run.revealedEarlyAt);
	return { ...progress, scenarios: { ...progress.scenarios, [scenarioId]: { runs: [...runs, { steps: [], startedAt: now }], updatedAt: now } } };
}

/**
 * The learner chose to see what really happened before finishing a run: the
 * run under way (or a new, empty one) is marked, so a class vote can count it
 * apart. Once anything is shown, nothing more is marked.
 */
export function revealBeforeDeciding(progress: Progress, scenarioId: string, now: string): Progress {
	const runs = progress.scenarios[scenarioId]?.runs ?? [];
	if (runs.some((run) => run.endedAt || run.revealedEarlyAt)) return progress;
	const current = runs.at(-1);
	const marked = { ...(current ?? { steps: [], startedAt: now }), revealedEarlyAt: now };
	return { ...progress, scenarios: { ...progress.scenarios, [scenarioId]: { runs: [...runs.slice(0, current ? -1 : runs.length), marked], updatedAt: now } } };
}

/** After the reveal: the choice the learner would now make at the first decision, kept on their first finished run. */
export function recordSecondThought(progress: Progress, scenarioId: string, choice: string, now: string): Progress {
	const runs = progress.scenarios[scenarioId]?.runs ?? [];
	const first = runs.findIndex((run) => run.endedAt);
	if (first < 0) return progress;
	const updated = runs.map((run, index) => (index === first ? { ...run, second: { choice, at: now } } : run));
	return { ...progress, scenarios: { ...progress.scenarios, [scenarioId]: { runs: updated, updatedAt: now } } };
}

/** The learner opened a lesson: it is visited, and it is where "Continue" leads. */
export function markVisited(progress: Progress, lessonId: string, now: string): Progress {
	return { ...progress, lessons: { ...progress.lessons, [lessonId]: { visitedAt: now } }, last: { lessonId, at: now } };
}

export interface LessonStatus {
	visited: boolean;
	/** Required items done: scored questions checked, reflections written, the scenario walked to an end. */
	done: number;
	total: number;
	completed: boolean;
	/** When the last required item was done, if all are. */
	completedAt?: string;
}

export function lessonStatus(progress: Progress, lesson: LessonOutline): LessonStatus {
	const times: (string | undefined)[] = [
		...lesson.scored.map(({ id }) => progress.questions[id]?.first.at),
		...lesson.reflections.map((id) => {
			const reflection = progress.reflections[id];
			return reflection && reflection.text.trim() !== '' ? reflection.updatedAt : undefined;
		}),
		...(lesson.scenario ? [progress.scenarios[lesson.scenario]?.runs.find((run) => run.endedAt)?.endedAt] : []),
	];
	const doneTimes = times.filter((at): at is string => at !== undefined);
	const completed = doneTimes.length === times.length;
	const completedAt = completed ? doneTimes.sort((a, b) => Date.parse(a) - Date.parse(b)).at(-1) : undefined;
	return {
		visited: Object.hasOwn(progress.lessons, lesson.id),
		done: doneTimes.length,
		total: times.length,
		completed,
		...(completedAt !== undefined && { completedAt }),
	};
}
