import { z } from 'astro/zod';
import { idSchema, textSchema } from './ids';
import { uniqueIds } from './question';

/** One term a lesson may link with <Term id="…">. */
export const glossaryTermSchema = z.object({
	/** Stable across the whole course; also the term's anchor on the glossary page. */
	id: idSchema,
	/** The term as the glossary lists it, in lower case unless it is a name: "holding statement". */
	term: textSchema,
	/** What it means, in a sentence or two, with no case in it. */
	definition: textSchema,
	/** Related terms, by id. */
	seeAlso: z.array(idSchema).default([]),
});

/** lessons/glossary.yaml: every term the lessons link. */
export const glossarySchema = z
	.object({ terms: z.array(glossaryTermSchema).min(1, 'a glossary needs at least one term') })
	.superRefine((glossary, ctx) => uniqueIds(glossary.terms, ['terms'], ctx));

export type GlossaryTerm = z.output<typeof glossaryTermSchema>;
export type Glossary = z.output<typeof glossarySchema>;
