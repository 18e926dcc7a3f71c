/**
 * Reading one lesson file: its YAML frontmatter, parsed and checked against
 * the lesson schema, and its MDX body. The pages (src/data/course.ts), the
 * packaging step and the tests all read lessons through this, so all three
 * see the same data. No Astro imports: it runs in plain Node as well.
 *
 * The site reads lessons here rather than through a content collection's
 * schema because a lesson's frontmatter (its questions, scenario and
 * reflection, some 30 KB of YAML) would otherwise travel through Astro's data
 * store: serialized after the sync, bundled by Vite as one long string and
 * parsed again by the pages. Measured on 1,000 lessons: the content sync went
 * from about 6 s to 2 s and the build's peak memory from 2.2 to 1.5 GiB, while
 * the pages took about 2 s more to parse the YAML themselves.
 */

import { load, YAMLException } from 'js-yaml';
import { lessonSchema, type Lesson } from '../schemas/lesson';
import { yamlCommentIssues } from './yaml-comments';

/** Where lessons are, inside a course folder: `<module>/<NN>-<id>.mdx`. */
export const LESSON_FILES = '*/[0-9][0-9]-*.mdx';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)([\s\S]*)$/;

/** Splits an MDX file into its frontmatter, parsed as YAML the way Astro parses it, and its body. Throws on YAML it cannot read. */
export function splitFrontmatter(text: string): { data: unknown; body: string } {
	const match = FRONTMATTER.exec(text);
	if (!match) return { data: undefined, body: text };
	return { data: load(match[1] ?? ''), body: match[2] ?? '' };
}

/** What stops a course file: a field, or a line where the text itself is at fault. */
export type FileIssue = { field: string; message: string } | { line: number; message: string };

/** A course file read and checked: its data (and a lesson's body), or what is wrong, field by field or line by line. */
export type FileRead<T> = { ok: true; data: T; body?: string } | { ok: false; issues: FileIssue[] };

/** One lesson file read and checked; never throws. */
export function readLessonFile(text: string): FileRead<Lesson> {
	// A comment cuts a value short, which may be why the schema refuses it: the comments come first, alone. Line 1 is the opening ---.
	const comments = yamlCommentIssues(FRONTMATTER.exec(text)?.[1] ?? '', 2);
	if (comments.length > 0) return { ok: false, issues: comments };
	let split: { data: unknown; body: string };
	try {
		split = splitFrontmatter(text);
	} catch (error) {
		const message = error instanceof YAMLException ? `the frontmatter is not valid YAML: ${error.message}` : String(error);
		return { ok: false, issues: [{ field: 'frontmatter', message }] };
	}
	if (split.data === undefined) return { ok: false, issues: [{ field: 'frontmatter', message: 'a lesson starts with its frontmatter between two --- lines' }] };
	const result = lessonSchema.safeParse(split.data);
	if (!result.success) return { ok: false, issues: result.error.issues.map((issue) => ({ field: issue.path.join('.') || '(frontmatter)', message: issue.message })) };
	return { ok: true, data: result.data, body: split.body };
}
