/**
 * Puts the parsed course files together and checks what no single file's
 * schema can: that every id is known and used once, and that each module's
 * lessons exist and stand in its folder. Pure: the Astro side feeds it.
 */

import type { Course } from '../schemas/course';
import type { Glossary, GlossaryTerm } from '../schemas/glossary';
import type { Lesson } from '../schemas/lesson';
import type { Module } from '../schemas/module';
import type { Question } from '../schemas/question';
import type { Scenario } from '../schemas/scenario';
import { findPlacementProblems } from './placement';
import { findTermProblems, readTerms } from './terms';

/** A parsed file, with the path it came from. */
export interface Loaded<T> {
	file: string;
	data: T;
	body?: string | undefined;
}

/** What is wrong, where: a file and the field in it. */
export interface ContentProblem {
	file: string;
	field: string;
	message: string;
}

/** What is wrong in a file's text itself, where no field can be named (a YAML comment): the line. */
export interface TextProblem {
	file: string;
	line: number;
	message: string;
}

export interface LessonModel extends Lesson {
	file: string;
	body: string;
	moduleId: string;
}

export interface ModuleModel extends Omit<Module, 'lessons'> {
	file: string;
	lessons: LessonModel[];
	/** The sum of its lessons' minutes. */
	minutes: number;
}

/** A glossary term with the lessons that link it, in course order. */
export interface TermModel extends GlossaryTerm {
	usedIn: LessonModel[];
}

export interface CourseModel extends Omit<Course, 'modules'> {
	modules: ModuleModel[];
	lessons: LessonModel[];
	/** Every term, sorted as a reader looks them up. */
	glossary: TermModel[];
	questions: ReadonlyMap<string, { question: Question; lesson: LessonModel }>;
	scenarios: ReadonlyMap<string, { scenario: Scenario; lesson: LessonModel }>;
}

export type BuildResult = { ok: true; course: CourseModel } | { ok: false; problems: ContentProblem[] };

export interface CourseFiles {
	course: Loaded<Course>;
	modules: Loaded<Module>[];
	lessons: Loaded<Lesson>[];
	glossary: Loaded<Glossary>;
}

export function buildCourse(files: CourseFiles): BuildResult {
	const problems: ContentProblem[] = [];
	const report = (file: string, field: string, message: string) => problems.push({ file, field, message });

	const modulesById = indexById(files.modules, 'id', report);
	const lessonsById = indexById(files.lessons, 'id', report);

	const moduleOfLesson = new Map<string, string>();
	const listedModules = new Set<string>();
	files.course.data.modules.forEach((moduleId, index) => {
		const field = `modules[${index}]`;
		if (!modulesById.has(moduleId)) report(files.course.file, field, `module "${moduleId}" does not exist`);
		else if (listedModules.has(moduleId)) report(files.course.file, field, `module "${moduleId}" is listed twice`);
		listedModules.add(moduleId);
	});

	for (const module of files.modules) {
		if (!listedModules.has(module.data.id)) report(module.file, 'id', `module "${module.data.id}" is not listed in the course's modules`);
		const folder = folderOf(module.file);
		if (folder !== module.data.id) report(module.file, 'id', `module "${module.data.id}" must live in a folder named "${module.data.id}", not "${folder}"`);
		module.data.lessons.forEach((lessonId, index) => {
			const field = `lessons[${index}]`;
			const lesson = lessonsById.get(lessonId);
			if (!lesson) {
				report(module.file, field, `lesson "${lessonId}" does not exist`);
				return;
			}
			if (moduleOfLesson.has(lessonId)) {
				report(module.file, field, `lesson "${lessonId}" is already listed by module "${moduleOfLesson.get(lessonId)}"`);
				return;
			}
			moduleOfLesson.set(lessonId, module.data.id);
			if (folderOf(lesson.file) !== folderOf(module.file)) report(lesson.file, 'id', `lesson "${lessonId}" is listed by module "${module.data.id}" but lives in another folder`);
		});
	}

	const termIds = new Set(files.glossary.data.terms.map((term) => term.id));
	const itemOwners = new Map<string, string>();
	for (const lesson of files.lessons) {
		if (!moduleOfLesson.has(lesson.data.id)) report(lesson.file, 'id', `lesson "${lesson.data.id}" is not listed by any module`);
		const stem = lesson.file.split('/').at(-1)?.replace(/^\d\d-/, '').replace(/\.mdx$/, '');
		if (stem !== lesson.data.id) report(lesson.file, 'id', `the file of lesson "${lesson.data.id}" must be named NN-${lesson.data.id}.mdx`);
		const items = [
			...lesson.data.questions.map((question, index) => ({ id: question.id, field: `questions[${index}].id` })),
			...(lesson.data.scenario ? [{ id: lesson.data.scenario.id, field: 'scenario.id' }] : []),
		];
		for (const item of items) {
			const owner = itemOwners.get(item.id);
			if (owner !== undefined) report(lesson.file, item.field, `id "${item.id}" is already used in ${owner}`);
			else itemOwners.set(item.id, lesson.file);
		}
		for (const message of findPlacementProblems(lesson.body ?? '', lesson.data)) report(lesson.file, 'body', message);
		for (const message of findTermProblems(lesson.body ?? '', termIds)) report(lesson.file, 'body', message);
	}

	files.glossary.data.terms.forEach((term, index) =>
		term.seeAlso.forEach((id, seeIndex) => {
			if (!termIds.has(id)) report(files.glossary.file, `terms[${index}].seeAlso[${seeIndex}]`, `"${id}" is not a term of the glossary`);
		}),
	);

	for (const module of files.modules) {
		const own = new Set(
			module.data.lessons.flatMap((id) => lessonsById.get(id)?.data.questions.map((question) => question.id) ?? []),
		);
		module.data.teachingNote.objectives.forEach((objective, index) =>
			objective.assessedBy.forEach((id, idIndex) => {
				if (!own.has(id)) report(module.file, `teachingNote.objectives[${index}].assessedBy[${idIndex}]`, `"${id}" is not a question of this module`);
			}),
		);
	}

	if (problems.length > 0) return { ok: false, problems };
	return { ok: true, course: assemble(files, modulesById, lessonsById) };
}

/** Formats problems one a line, file first, for a build log. */
export function formatProblems(problems: readonly (ContentProblem | TextProblem)[]): string {
	const lines = problems.map((problem) => `  ${'line' in problem ? `${problem.file}:${problem.line}` : `${problem.file} → ${problem.field}`}: ${problem.message}`);
	return `The course content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${lines.join('\n')}`;
}

function assemble(
	files: CourseFiles,
	modulesById: Map<string, Loaded<Module>>,
	lessonsById: Map<string, Loaded<Lesson>>,
): CourseModel {
	const modules = files.course.data.modules.map((moduleId): ModuleModel => {
		const module = modulesById.get(moduleId) as Loaded<Module>;
		const lessons = module.data.lessons.map((lessonId): LessonModel => {
			const lesson = lessonsById.get(lessonId) as Loaded<Lesson>;
			return { ...lesson.data, file: lesson.file, body: lesson.body ?? '', moduleId };
		});
		return { ...module.data, file: module.file, lessons, minutes: lessons.reduce((sum, lesson) => sum + lesson.minutes, 0) };
	});
	const lessons = modules.flatMap((module) => module.lessons);
	const linked = lessons.map((lesson) => ({ lesson, terms: new Set(readTerms(lesson.body)) }));
	const glossary = files.glossary.data.terms
		.map((term) => ({ ...term, usedIn: linked.filter(({ terms }) => terms.has(term.id)).map(({ lesson }) => lesson) }))
		.sort((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }));
	return {
		...files.course.data,
		modules,
		lessons,
		glossary,
		questions: new Map(lessons.flatMap((lesson) => lesson.questions.map((question) => [question.id, { question, lesson }] as const))),
		scenarios: new Map(lessons.flatMap((lesson) => (lesson.scenario ? [[lesson.scenario.id, { scenario: lesson.scenario, lesson }] as const] : []))),
	};
}

function indexById<T extends { id: string }>(
	files: readonly Loaded<T>[],
	field: string,
	report: (file: string, field: string, message: string) => void,
): Map<string, Loaded<T>> {
	const byId = new Map<string, Loaded<T>>();
	for (const file of files) {
		const earlier = byId.get(file.data.id);
		if (earlier) report(file.file, field, `id "${file.data.id}" is already used by ${earlier.file}`);
		else byId.set(file.data.id, file);
	}
	return byId;
}

function folderOf(file: string): string {
	return file.split('/').at(-2) ?? '';
}
