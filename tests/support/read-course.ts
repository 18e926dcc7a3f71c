/** The course reader lives with the packaging step, which needs it at build time; tests read the course the same way. */

export { LESSONS_DIR, readCourse, type ParseFailure } from '../../packaging/read-course';
export { splitFrontmatter } from '../../src/data/lesson-files';
