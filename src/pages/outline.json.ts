/**
 * /outline.json: the whole course as a learner's browser needs it to judge
 * progress (src/course/outline.ts), one file for the pages that show the
 * whole course. Fetched instead of carried in each such page's HTML, so the
 * home page weighs the same with six lessons or a thousand; the offline
 * worker precaches it with every other file.
 */

import type { APIRoute } from 'astro';
import { courseOutline, type CourseOutlineFile } from '../course/outline';
import { loadCourse } from '../data/course';

export const GET: APIRoute = async () => {
	const course = await loadCourse();
	const file: CourseOutlineFile = { version: course.version, modules: courseOutline(course) };
	return new Response(JSON.stringify(file), { headers: { 'Content-Type': 'application/json' } });
};
