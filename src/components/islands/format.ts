/** How islands word a status: shared so every page says it the same way. */

import type { ModuleStatus } from '../../course/module-status';
import type { LessonStatus } from '../../course/progress';

/** 7.5 → "7.5"; 7 → "7". */
export function points(value: number): string {
	return String(Math.round(value * 10) / 10);
}

export function lessonLabel(status: LessonStatus): string {
	if (status.completed) return 'Completed';
	if (status.done > 0) return `In progress: ${status.done} of ${status.total} done`;
	return status.visited ? 'Opened' : 'Not started';
}

export function moduleLabel(status: ModuleStatus, passMark: number): string {
	if (!status.started) return 'Not started';
	const score = `${points(status.earned)} of ${status.available} points`;
	const verdict = status.passed ? 'passed' : `pass mark ${Math.round(passMark * 100)} %`;
	return `${status.lessonsDone} of ${status.lessonsTotal} lessons completed · ${score} · ${verdict}`;
}

/** The word a status's data-state carries, which styles and tests read. */
export function lessonState(status: LessonStatus): 'completed' | 'in-progress' | 'not-started' {
	return status.completed ? 'completed' : status.visited ? 'in-progress' : 'not-started';
}

export function moduleState(status: ModuleStatus): 'passed' | 'in-progress' | 'not-started' {
	return status.passed ? 'passed' : status.started ? 'in-progress' : 'not-started';
}
