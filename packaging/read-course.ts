/**
 * Reads a course folder the way the site's content collections do, without
 * Astro: the same file patterns, the same schemas. The packaging step uses
 * it after the build (Astro's collections are gone by then); tests use it to
 * walk every lesson and to break a course on purpose.
 */

import { globSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import type { CourseFiles, Loaded } from '../src/course/build-course';
import { courseSchema } from '../src/schemas/course';
import { glossarySchema } from '../src/schemas/glossary';
import { lessonSchema } from '../src/schemas/lesson';
import { moduleSchema } from '../src/schemas/module';

export const LESSONS_DIR = process.env['CASEBOOK_LESSONS'] ?? 'lessons';

/** Splits an MDX file into its frontmatter (parsed) and its body. */
export function splitFrontmatter(text: string): { data: unknown; body: string } {
	const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
	if (!match) return { data: undefined, body: text };
	return { data: parse(match[1] ?? ''), body: match[2] ?? '' };
}

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
				const text = readFileSync(join(dir, path), 'utf8');
				const { data, body } = path.endsWith('.mdx') ? splitFrontmatter(text) : { data: parse(text) as unknown, body: undefined };
				const result = schema.safeParse(data);
				if (!result.success) {
					failures.push({ file, issues: result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) });
					return [];
				}
				return [{ file, data: result.data, body }];
			});
	const [course] = read('course.yaml', courseSchema);
	const [glossary] = read('glossary.yaml', glossarySchema);
	const modules = read('*/module.yaml', moduleSchema);
	const lessons = read('*/[0-9][0-9]-*.mdx', lessonSchema);
	if (!course || !glossary) {
		const missing = [!course && 'course.yaml', !glossary && 'glossary.yaml'].filter((name): name is string => Boolean(name));
		return { failures: [...failures, ...missing.map((name) => ({ file: join(dir, name), issues: ['missing or unreadable'] }))] };
	}
	return { files: { course, glossary, modules, lessons }, failures };
}
