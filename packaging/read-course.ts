/**
 * Reads a course folder the way the site does, without Astro: the same file
 * patterns, the same schemas, lessons through the same reader. The
 * packaging step uses it after a build whose pages did not hand their course
 * over; tests use it to walk every lesson and to break a course on purpose.
 */

import { globSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import type { CourseFiles, Loaded } from '../src/course/build-course';
import type { Lesson } from '../src/schemas/lesson';
import { courseSchema } from '../src/schemas/course';
import { glossarySchema } from '../src/schemas/glossary';
import { LESSON_FILES, readLessonFile } from '../src/data/lesson-files';
import { moduleSchema } from '../src/schemas/module';

export const LESSONS_DIR = process.env['CASEBOOK_LESSONS'] ?? 'lessons';

export interface ParseFailure {
	file: string;
	issues: string[];
}

/** Every file of the course parsed, or the issues that stop each one. */
export function readCourse(dir: string = LESSONS_DIR): { files?: CourseFiles; failures: ParseFailure[] } {
	const failures: ParseFailure[] = [];
	const read = <T extends z.ZodType>(pattern: string, schema: T): Loaded<z.output<T>>[] =>
		globSync(pattern, { cwd: dir })
			.sort()
			.flatMap((path) => {
				const file = relative(process.cwd(), join(dir, path));
				const result = schema.safeParse(parse(readFileSync(join(dir, path), 'utf8')));
				if (!result.success) {
					failures.push({ file, issues: result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) });
					return [];
				}
				return [{ file, data: result.data }];
			});
	const [course] = read('course.yaml', courseSchema);
	const [glossary] = read('glossary.yaml', glossarySchema);
	const modules = read('*/module.yaml', moduleSchema);
	const lessons = globSync(LESSON_FILES, { cwd: dir })
		.sort()
		.flatMap((path): Loaded<Lesson>[] => {
			const file = relative(process.cwd(), join(dir, path));
			const read = readLessonFile(readFileSync(join(dir, path), 'utf8'));
			if (read.ok) return [{ file, data: read.data, body: read.body }];
			failures.push({ file, issues: read.issues.map((issue) => `${issue.field}: ${issue.message}`) });
			return [];
		});
	if (!course || !glossary) {
		const missing = [!course && 'course.yaml', !glossary && 'glossary.yaml'].filter((name): name is string => Boolean(name));
		return { failures: [...failures, ...missing.map((name) => ({ file: join(dir, name), issues: ['missing or unreadable'] }))] };
	}
	return { files: { course, glossary, modules, lessons }, failures };
}
