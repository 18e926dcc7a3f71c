/**
 * A module's standing: lessons completed, points and pass. Its own file so
 * that lesson pages, which never show it, do not ship it.
 */

import type { Progress } from '../schemas/progress';
import type { ModuleOutline } from './outline';
import { lessonStatus } from './progress';

export interface ModuleStatus {
	lessonsDone: number;
	lessonsTotal: number;
	/** Points earned on first attempts, of the points the module's questions are worth now. */
	earned: number;
	available: number;
	passed: boolean;
	started: boolean;
	completed: boolean;
}

/**
 * A module's standing. Questions are counted as the module has them now: an
 * answer to a removed question counts for nothing, and a question whose
 * points changed scores its first result's share of the new points.
 */
export function moduleStatus(progress: Progress, module: ModuleOutline): ModuleStatus {
	const lessons = module.lessons.map((lesson) => lessonStatus(progress, lesson));
	const scored = module.lessons.flatMap((lesson) => lesson.scored);
	const available = scored.reduce((sum, question) => sum + question.points, 0);
	const earned = scored.reduce((sum, question) => {
		const first = progress.questions[question.id]?.first;
		return first ? sum + (question.points * Math.min(first.earned, first.total)) / first.total : sum;
	}, 0);
	const lessonsDone = lessons.filter((lesson) => lesson.completed).length;
	return {
		lessonsDone,
		lessonsTotal: lessons.length,
		earned,
		available,
		passed: available > 0 && earned / available >= module.passMark - 1e-9,
		started: lessons.some((lesson) => lesson.visited || lesson.done > 0),
		completed: lessonsDone === lessons.length,
	};
}
