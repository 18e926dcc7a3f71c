import { z } from 'astro/zod';
import { idSchema, textSchema } from './ids';

/** lessons/course.yaml: the course and its modules in order. */
export const courseSchema = z.object({
	title: textSchema,
	/** One line under the title. */
	tagline: textSchema,
	/** What the course is, in a paragraph. */
	description: textSchema,
	/** Who it is for, one line each. */
	audience: z.array(textSchema).min(1),
	/** Bumped when content changes; carried by exports and receipts. */
	version: z.string().regex(/^\d{4}\.\d+\.\d+$/, 'must look like 2026.1.0'),
	/** Module ids, in the order learners take them. */
	modules: z.array(idSchema).min(1, 'a course needs at least one module'),
});

export type Course = z.output<typeof courseSchema>;
