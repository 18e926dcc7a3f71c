import { z } from 'astro/zod';
import { idSchema, textSchema } from './ids';

/** One option of a choice question. */
export const optionSchema = z.object({
	/** Stable within its question. */
	id: idSchema,
	/** What the learner reads. */
	text: textSchema,
	/** Whether choosing it is right. Defaults to false. */
	correct: z.boolean().default(false),
	/** Why it is right or wrong: every option teaches something. */
	feedback: textSchema,
});

const scored = {
	/** Stable across the whole course: progress is kept by this id. */
	id: idSchema,
	/** The question itself. */
	prompt: textSchema,
	/** What a fully right answer earns. */
	points: z.number().int().positive().default(1),
};

/** Pick exactly one option. */
export const singleChoiceSchema = z
	.object({ ...scored, type: z.literal('single'), options: z.array(optionSchema).min(2, 'needs at least two options') })
	.superRefine((question, ctx) => {
		const correct = question.options.filter((option) => option.correct).length;
		if (correct !== 1) {
			ctx.addIssue({
				code: 'custom',
				path: ['options'],
				message: `a single-choice question needs exactly one correct option; this one has ${correct}`,
			});
		}
		uniqueIds(question.options, ['options'], ctx);
	});

/** Pick every option that applies. */
export const multipleChoiceSchema = z
	.object({ ...scored, type: z.literal('multiple'), options: z.array(optionSchema).min(2, 'needs at least two options') })
	.superRefine((question, ctx) => {
		if (!question.options.some((option) => option.correct)) {
			ctx.addIssue({ code: 'custom', path: ['options'], message: 'a multiple-select question needs at least one correct option' });
		}
		uniqueIds(question.options, ['options'], ctx);
	});

/** One step of an ordering question. */
export const orderingItemSchema = z.object({
	/** Stable within its question. */
	id: idSchema,
	/** What the learner places. */
	text: textSchema,
	/** Why this step stands where it does. */
	feedback: textSchema,
});

/** Put the items in order; authors list them in the right order and learners see them shuffled. */
export const orderingSchema = z
	.object({ ...scored, type: z.literal('ordering'), items: z.array(orderingItemSchema).min(3, 'needs at least three items') })
	.superRefine((question, ctx) => uniqueIds(question.items, ['items'], ctx));

/** A free-text prompt: saved for the learner, never scored. */
export const reflectionSchema = z.object({
	/** Stable across the whole course. */
	id: idSchema,
	type: z.literal('reflection'),
	/** What to write about. */
	prompt: textSchema,
	/** Optional hints on what a thoughtful answer covers. */
	guidance: z.array(textSchema).default([]),
});

export const questionSchema = z.discriminatedUnion('type', [
	singleChoiceSchema,
	multipleChoiceSchema,
	orderingSchema,
	reflectionSchema,
]);

export type Option = z.output<typeof optionSchema>;
export type SingleChoice = z.output<typeof singleChoiceSchema>;
export type MultipleChoice = z.output<typeof multipleChoiceSchema>;
export type Ordering = z.output<typeof orderingSchema>;
export type Reflection = z.output<typeof reflectionSchema>;
export type Question = z.output<typeof questionSchema>;
export type ScoredQuestion = Exclude<Question, Reflection>;

/** Adds an issue at each id that an earlier sibling already used. */
export function uniqueIds(items: readonly { id: string }[], path: (string | number)[], ctx: z.RefinementCtx): void {
	const seen = new Set<string>();
	items.forEach((item, index) => {
		if (seen.has(item.id)) {
			ctx.addIssue({ code: 'custom', path: [...path, index, 'id'], message: `duplicate id "${item.id}"` });
		}
		seen.add(item.id);
	});
}
