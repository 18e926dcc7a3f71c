import { z } from 'astro/zod';
import { idSchema, textSchema } from './ids';
import { sourceSchema } from './source';

/** One step of a class plan. */
const planStepSchema = z.object({
	/** How long the step takes. */
	minutes: z.number().int().positive(),
	/** What the class does. */
	activity: textSchema,
});

/** The instructor's companion to a module. */
export const teachingNoteSchema = z.object({
	/** The module's cases in a paragraph. */
	synopsis: textSchema,
	/** Each objective with the checkpoints (question ids) that assess it. */
	objectives: z
		.array(z.object({ text: textSchema, assessedBy: z.array(idSchema).min(1, 'name the checkpoints that assess it') }))
		.min(1),
	/** Questions to assign before class. */
	beforeClass: z.array(textSchema).min(1),
	/** Class plans with timings. */
	plans: z.object({
		sixty: z.array(planStepSchema).min(1),
		ninety: z.array(planStepSchema).min(1),
	}),
	/** Questions for discussion, each with the points a strong answer makes. */
	discussion: z.array(z.object({ question: textSchema, strongAnswer: z.array(textSchema).min(1) })).min(1),
	/** What goes on the board, in columns or rows. */
	boardPlan: z.array(textSchema).min(1),
	/** What happened afterwards. */
	epilogue: textSchema,
	/** Where to read more. */
	furtherReading: z.array(sourceSchema).default([]),
});

/** A module's module.yaml. */
export const moduleSchema = z.object({
	/** Stable across the whole course; also the module's URL. */
	id: idSchema,
	title: textSchema,
	/** What the module is about, in two or three sentences. */
	summary: textSchema,
	/** What the learner will be able to do afterwards. */
	objectives: z.array(textSchema).min(1, 'name at least one objective'),
	/** The share of points that passes the module, from 0 to 1. */
	passMark: z.number().min(0).max(1).default(0.7),
	/** Lesson ids, in the order learners take them. */
	lessons: z.array(idSchema).min(1, 'a module needs at least one lesson'),
	teachingNote: teachingNoteSchema,
});

export type TeachingNote = z.output<typeof teachingNoteSchema>;
export type Module = z.output<typeof moduleSchema>;
