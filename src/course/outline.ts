/**
 * The course as the learner's browser needs it to judge progress: ids,
 * points and links, nothing to read. Built at build time from the course
 * model and handed to islands as props.
 */

import type { CourseModel, LessonModel, ModuleModel } from './build-course';
import { lessonHref, moduleHref } from './navigation';

export interface LessonOutline {
	id: string;
	title: string;
	href: string;
	/** Scored questions, with what each is worth now. */
	scored: { id: string; points: number }[];
	reflections: string[];
	scenario?: string;
}

export interface ModuleOutline {
	id: string;
	title: string;
	href: string;
	passMark: number;
	lessons: LessonOutline[];
}

export function lessonOutline(lesson: LessonModel): LessonOutline {
	return {
		id: lesson.id,
		title: lesson.title,
		href: lessonHref(lesson),
		scored: lesson.questions.flatMap((question) => (question.type === 'reflection' ? [] : [{ id: question.id, points: question.points }])),
		reflections: lesson.questions.flatMap((question) => (question.type === 'reflection' ? [question.id] : [])),
		...(lesson.scenario && { scenario: lesson.scenario.id }),
	};
}

export function moduleOutline(module: ModuleModel): ModuleOutline {
	return { id: module.id, title: module.title, href: moduleHref(module.id), passMark: module.passMark, lessons: module.lessons.map(lessonOutline) };
}

/** What /outline.json holds. */
export interface CourseOutlineFile {
	version: string;
	modules: ModuleOutline[];
}

export function courseOutline(course: CourseModel): ModuleOutline[] {
	return course.modules.map(moduleOutline);
}
