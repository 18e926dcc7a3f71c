import { z } from 'astro/zod';
import { idSchema, calendarDateSchema, textSchema } from './ids';
import { questionSchema, uniqueIds } from './question';
import { scenarioSchema } from './scenario';
import { sourceSchema } from './source';

/** Who, when and where: the facts a lesson's case turns on. */
export const caseSchema = z.object({
	/** The person or organisation at the centre: "Ashton Kutcher (@aplusk)". */
	protagonist: textSchema,
	/** When the case's moment of decision came. */
	date: calendarDateSchema,
	/** Where it played out: "Twitter", "YouTube", "a televised debate". */
	platform: textSchema,
});

/** A lesson's frontmatter: everything but the prose. */
export const lessonSchema = z
	.object({
		/** Stable across the whole course; also the lesson's URL. */
		id: idSchema.refine((id) => id !== 'teaching-note', 'the id "teaching-note" is taken by the module\'s teaching note page'),
		/** The lesson's headline. */
		title: textSchema,
		/** One or two sentences for lists and search results. */
		summary: textSchema,
		case: caseSchema,
		/** What the learner will be able to do afterwards. */
		objectives: z.array(textSchema).min(1, 'name at least one objective'),
		/** How long a learner takes, all sections included. */
		minutes: z.number().int().positive(),
		/** Where every fact in the lesson comes from. */
		sources: z.array(sourceSchema).min(1, 'a lesson needs its sources'),
		/** Checkpoints and reflections, in the order the lesson places them. */
		questions: z.array(questionSchema).default([]),
		/** The lesson's decision scenario, if it has one. */
		scenario: scenarioSchema.optional(),
	})
	.superRefine((lesson, ctx) => uniqueIds(lesson.questions, ['questions'], ctx));

export type LessonInput = z.input<typeof lessonSchema>;
export type Lesson = z.output<typeof lessonSchema>;
