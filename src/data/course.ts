/**
 * The one place pages and components get the course from: the content
 * collections, each lesson's frontmatter read from its file (lesson-files.ts
 * says why), all checked together by buildCourse. A problem anywhere fails
 * the build with the file and field named.
 */

import { readFileSync } from 'node:fs';
import { getCollection } from 'astro:content';
import { buildCourse, formatProblems, type ContentProblem, type CourseModel, type Loaded, type TextProblem } from '../course/build-course';
import type { Lesson } from '../schemas/lesson';
import { handOverCourse } from './handoff';
import { readLessonFile } from './lesson-files';
import { yamlCommentIssues } from './yaml-comments';

let built: Promise<CourseModel> | undefined;

export function loadCourse(): Promise<CourseModel> {
	// In dev, content edits must show without a restart; a build reads once.
	if (import.meta.env.DEV) return load();
	built ??= load();
	return built;
}

async function load(): Promise<CourseModel> {
	const [courses, glossaries, modules, lessons] = await Promise.all([
		getCollection('course'),
		getCollection('glossary'),
		getCollection('modules'),
		getCollection('lessons'),
	]);
	const [course] = courses;
	if (!course || courses.length > 1) throw new Error('The course needs exactly one lessons/course.yaml.');
	const [glossary] = glossaries;
	if (!glossary) throw new Error('The course needs a lessons/glossary.yaml.');
	const file = (entry: { filePath?: string | undefined; id: string }) => entry.filePath ?? entry.id;
	const problems: (ContentProblem | TextProblem)[] = [];
	// Astro parses the YAML files and drops their comments; the files are read again to find them, every time, whatever Astro has cached.
	for (const entry of [course, glossary, ...modules]) {
		problems.push(...yamlCommentIssues(readFileSync(file(entry), 'utf8')).map((issue) => ({ file: file(entry), ...issue })));
	}
	const lessonFiles = lessons.flatMap((entry): Loaded<Lesson>[] => {
		const read = readLessonFile(readFileSync(file(entry), 'utf8'));
		if (read.ok) return [{ file: file(entry), data: read.data, body: read.body }];
		problems.push(...read.issues.map((issue) => ({ file: file(entry), ...issue })));
		return [];
	});
	if (problems.length > 0) throw new Error(formatProblems(problems));
	const result = buildCourse({
		course: { file: file(course), data: course.data },
		glossary: { file: file(glossary), data: glossary.data },
		modules: modules.map((entry) => ({ file: file(entry), data: entry.data })),
		lessons: lessonFiles,
	});
	if (!result.ok) throw new Error(formatProblems(result.problems));
	if (!import.meta.env.DEV) handOverCourse(result.course);
	return result.course;
}

/** Every lesson's collection entry by its file (a LessonModel's `file`), for rendering MDX bodies. */
export async function lessonEntries() {
	return new Map((await getCollection('lessons')).map((entry) => [entry.filePath ?? entry.id, entry]));
}

/** The scenario a lesson component names, with its lesson, or a build error naming the tag. */
export async function scenarioFor(tag: string, id: string) {
	const found = (await loadCourse()).scenarios.get(id);
	if (!found) throw new Error(`<${tag} scenario="${id}">: no scenario has that id.`);
	return found;
}

/** The question a lesson component names, with its lesson, or a build error naming the tag. */
export async function questionFor(tag: string, id: string) {
	const found = (await loadCourse()).questions.get(id);
	if (!found) throw new Error(`<${tag} id="${id}">: no question has that id.`);
	return found;
}
