import { z } from 'astro/zod';
import { ID_PATTERN } from './guard';

/**
 * A stable id: lowercase words joined by hyphens. Progress, receipts and
 * SCORM data are keyed by ids, so an id never changes once published.
 */
export const idSchema = z
	.string()
	.regex(ID_PATTERN, 'must be lowercase words joined by hyphens, like "paterno-tweet"')
	// Progress is kept in objects keyed by id; "constructor" is the one such id
	// that plain objects already answer to.
	.refine((id) => id !== 'constructor', 'the id "constructor" is reserved');

/**
 * A calendar date, written as a YAML date (2011-11-09) or as a partial date
 * string ("2011-11", "2011"). Normalised to an ISO string so that a date is
 * never shifted by a time zone on its way to the page.
 */
export const calendarDateSchema = z
	.union([z.date(), z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'must look like 2011-11-09, 2011-11 or 2011')])
	.transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value));

/** Prose that must say something. */
export const textSchema = z.string().trim().min(1, 'must not be empty');
