/** The fixture course's lesson frontmatter, to break one field at a time. */

import { readFileSync } from 'node:fs';
import { splitFrontmatter } from './read-course';

export const FIXTURE_DIR = 'tests/fixtures/course';
export const FIXTURE_LESSON = `${FIXTURE_DIR}/demo-module/01-demo-lesson.mdx`;

/**
 * Raw frontmatter, before any schema: tests reach into it at any depth to
 * break one field, which is exactly what a type would forbid.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type RawData = Record<string, any>;

/** A fresh, deep copy of the valid fixture lesson's frontmatter. */
export function validLessonData(): RawData {
	return structuredClone(splitFrontmatter(readFileSync(FIXTURE_LESSON, 'utf8')).data) as RawData;
}
