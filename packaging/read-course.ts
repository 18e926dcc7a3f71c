/**
 * Reads a course folder the way the site does, without Astro: the same file
 * patterns, the same schemas, lessons through the same reader. The
 * packaging step uses it after a build whose pages did not hand their course
 * over; tests use it to walk every lesson and to break a course on purpose.
 */

import { globSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { load } from 'js-yaml';
import type { z } from 'astro/zod';
import type { CourseFiles, Loaded } from '../src/course/build-course';
import { courseSchema } from '../src/schemas/course';
import { glossarySchema } from '../src/schemas/glossary';
import { type FileRead, LESSON_FILES, readLessonFile } from '../src/data/lesson-files';
import { moduleSchema } from '../src/schemas/module';
import { yamlCommentIssues } from '../src/data/yaml-comments';

export const LESSONS_DIR = process.env['CASEBOOK_LESSONS'] ?? 'lessons';

export interface ParseFailure {
	file: string;
	issues: string[];
}

/** A YAML file parsed as Astro's data collections parse it (js-yaml), checked for comments and against a schema, reported as lesson-files.ts reports a lesson. */
const yamlFile =
	<T extends z.ZodType>(schema: T) =>
	(text: string): FileRead<z.output<T>> => {
		const comments = yamlCommentIssues(text);
		if (comments.length > 0) return { ok: false, issues: comments };
		const result = schema.safeParse(load(text));
		return result.success ? { ok: true, data: result.data } : { ok: false, issues: result.error.issues.map((issue) => ({ field: issue.path.join('.'), message: issue.message })) };
	};

/** Every file of the course parsed, or the issues that stop each one. */
export function readCourse(dir: string = LESSONS_DIR): { files?: CourseFiles; failures: ParseFailure[] } {
	const failures: ParseFailure[] = [];
	const read = <T>(pattern: string, readFile: (text: string) => FileRead<T>): Loaded<T>[] =>
		globSync(pattern, { cwd: dir })
			.sort()
			.flatMap((path): Loaded<T>[] => {
				const file = relative(process.cwd(), join(dir, path));
				const result = readFile(readFileSync(join(dir, path), 'utf8'));
				if (result.ok) return [{ file, data: result.data, body: result.body }];
				failures.push({ file, issues: result.issues.map((issue) => `${'line' in issue ? `line ${issue.line}` : issue.field}: ${issue.message}`) });
				return [];
			});
	const [course] = read('course.yaml', yamlFile(courseSchema));
	const [glossary] = read('glossary.yaml', yamlFile(glossarySchema));
	const modules = read('*/module.yaml', yamlFile(moduleSchema));
	const lessons = read(LESSON_FILES, readLessonFile);
	if (!course || !glossary) {
		const missing = [!course && 'course.yaml', !glossary && 'glossary.yaml'].filter((name): name is string => Boolean(name));
		return { failures: [...failures, ...missing.map((name) => ({ file: join(dir, name), issues: ['missing or unreadable'] }))] };
	}
	return { files: { course, glossary, modules, lessons }, failures };
}
