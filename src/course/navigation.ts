/** Where a lesson stands in the course, and what comes before and after it. */

import type { CourseModel, LessonModel, ModuleModel } from './build-course';

export interface LessonLink {
	title: string;
	href: string;
}

export function moduleHref(moduleId: string): string {
	return `/modules/${moduleId}/`;
}

export function lessonHref(lesson: Pick<LessonModel, 'id' | 'moduleId'>): string {
	return `/modules/${lesson.moduleId}/${lesson.id}/`;
}

export function teachingNoteHref(moduleId: string): string {
	return `/modules/${moduleId}/teaching-note/`;
}

export const GLOSSARY_HREF = '/glossary/';

/** The lessons either side of this one, across module boundaries. */
export function neighbours(course: CourseModel, lessonId: string): { previous?: LessonLink; next?: LessonLink } {
	const index = course.lessons.findIndex((lesson) => lesson.id === lessonId);
	const link = (lesson: LessonModel | undefined): LessonLink | undefined =>
		lesson && { title: lesson.title, href: lessonHref(lesson) };
	const previous = link(course.lessons[index - 1]);
	const next = link(course.lessons[index + 1]);
	return { ...(previous && { previous }), ...(next && { next }) };
}

/** A lesson's module and its place in it, counted from one. */
export function placeOf(course: CourseModel, lesson: LessonModel): { module: ModuleModel; number: number } {
	const module = course.modules.find((candidate) => candidate.id === lesson.moduleId) as ModuleModel;
	return { module, number: module.lessons.findIndex((candidate) => candidate.id === lesson.id) + 1 };
}
