/**
 * The course the pages were built from, handed to the integrations that run
 * after them in the same process (packaging/write-packages.ts), so they need not
 * read and parse every lesson a second time: on a 1,000-lesson course that
 * second reading cost ten seconds of YAML. No Astro imports here, so the
 * integration can load it; a hook that finds nothing reads the course itself.
 */

import type { CourseModel } from '../course/build-course';

const KEY = Symbol.for('casebook:built-course');
type Holder = { [KEY]?: CourseModel };

export function handOverCourse(course: CourseModel): void {
	(globalThis as Holder)[KEY] = course;
}

/** The handed-over course, once: a second build in the same process must not see the first's. */
export function takeBuiltCourse(): CourseModel | undefined {
	const course = (globalThis as Holder)[KEY];
	delete (globalThis as Holder)[KEY];
	return course;
}
