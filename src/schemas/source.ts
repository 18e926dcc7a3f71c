import { z } from 'astro/zod';
import { calendarDateSchema, textSchema } from './ids';

/** A source a lesson's facts rest on, as listed in cases/FACTS.md. */
export const sourceSchema = z.object({
	/** Who published it, from the site's masthead: "Variety", "CBS News". */
	publisher: textSchema,
	/** The headline; a description in [square brackets] where the archive shows none. */
	title: textSchema,
	/** When it was published. */
	date: calendarDateSchema,
	/** Where it was (the live page may have changed since). */
	url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }),
});

export type Source = z.output<typeof sourceSchema>;
