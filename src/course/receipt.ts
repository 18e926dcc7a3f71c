/**
 * Completion receipts: what a learner hands their instructor. A receipt is
 * a plain record of the learner's standing against one assignment with a
 * SHA-256 digest over all of it, so that a receipt damaged in copying, or
 * edited by hand, no longer matches its digest. It is not a signature:
 * there is no server and no secret, so anyone who reads this file can
 * compute a digest for a record they made up. The pages say so.
 *
 * Two forms carry the same record: a text code to paste (CBR1.<base64url of
 * the record's JSON>) and a JSON file to download.
 */

import { array, boolean, check, ID_PATTERN, int, literal, object, optional, safeParse, string, type Infer } from '../schemas/guard';
import { line, type Assignment, type Standing } from './assignment';
import { decodeBase64Url, encodeBase64Url } from './base64url';
import { sha256 } from './sha256';

export const RECEIPT_FORMAT = 'casebook-receipt';
export const RECEIPT_VERSION = 1;
export const CODE_PREFIX = 'CBR1.';
/** A receipt with every reflection at its longest is under 300,000 characters; anything longer is not read. */
export const MAX_RECEIPT_CHARS = 400_000;
export const LIMITS = { name: 80, studentId: 60, reflection: 5_000, reflections: 40, units: 60 } as const;

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?Z$/;
const instant = check(string(30, ISO), (text) => Number.isFinite(Date.parse(text)), 'not a real time');
/** Points, in hundredths. */
const points = int(0, 10_000_000);

/**
 * Numbers in a receipt are whole hundredths (points × 100), so that the
 * JSON of a record is the same wherever it is written: no float ever has
 * to be printed.
 */
const unitGuard = object({
	id: string(80, ID_PATTERN),
	title: line(200),
	lessonsDone: int(0, 1000),
	lessonsTotal: int(0, 1000),
	earned: points,
	available: points,
	completedAt: optional(instant),
});

const bodyGuard = object({
	format: literal(RECEIPT_FORMAT),
	version: literal(RECEIPT_VERSION),
	assignment: object({ id: string(12, /^[0-9a-f]{12}$/), title: line(200), due: instant }),
	learner: object({ name: line(LIMITS.name), studentId: optional(line(LIMITS.studentId)) }),
	courseVersion: string(40, /^[\w.+-]+$/),
	issuedAt: instant,
	complete: boolean,
	completedAt: optional(instant),
	percent: int(0, 100),
	passMark: int(0, 100),
	units: array(unitGuard, LIMITS.units),
	reflections: optional(array(object({ id: string(80, ID_PATTERN), text: string(LIMITS.reflection) }), LIMITS.reflections)),
});

export type ReceiptBody = Infer<typeof bodyGuard>;
export type Receipt = ReceiptBody & { digest: string };

/** What a learner types, made one clean line: control characters become spaces, runs of space one. */
export const oneLine = (text: string) => text.replace(/[\u0000-\u001f\u007f]/g, ' ').replace(/\s+/g, ' ').trim();

const hundredths = (value: number) => Math.round(value * 100);

/** The receipt for a learner's standing now. Reflections go in only if the learner chose to include them. */
export function makeReceipt(input: {
	assignment: Pick<Assignment, 'id' | 'title' | 'due' | 'passMark'>;
	standing: Standing;
	name: string;
	studentId?: string;
	courseVersion: string;
	now: string;
	reflections?: { id: string; text: string }[];
}): Receipt {
	const { assignment, standing } = input;
	const studentId = input.studentId === undefined ? undefined : oneLine(input.studentId);
	const body: ReceiptBody = {
		format: RECEIPT_FORMAT,
		version: RECEIPT_VERSION,
		assignment: { id: assignment.id, title: assignment.title, due: assignment.due },
		learner: { name: oneLine(input.name), ...(studentId && { studentId }) },
		courseVersion: input.courseVersion,
		issuedAt: input.now,
		complete: standing.complete,
		...(standing.completedAt !== undefined && { completedAt: standing.completedAt }),
		percent: standing.percent,
		passMark: assignment.passMark,
		units: standing.units.map((unit) => ({
			id: unit.id,
			title: unit.title,
			lessonsDone: unit.lessonsDone,
			lessonsTotal: unit.lessonsTotal,
			earned: hundredths(unit.earned),
			available: hundredths(unit.available),
			...(unit.completedAt !== undefined && { completedAt: unit.completedAt }),
		})),
		...(input.reflections && input.reflections.length > 0 && { reflections: input.reflections.map(({ id, text }) => ({ id, text: text.slice(0, LIMITS.reflection) })) }),
	};
	// Parsing what we made puts its keys in the one canonical order the digest is taken over.
	const canonical = bodyGuard(body, '');
	return { ...canonical, digest: digestOf(canonical) };
}

const digestOf = (body: ReceiptBody) => sha256(JSON.stringify(body));

export function encodeReceiptCode(receipt: Receipt): string {
	return CODE_PREFIX + encodeBase64Url(JSON.stringify(receipt));
}

export function encodeReceiptFile(receipt: Receipt): string {
	return `${JSON.stringify(receipt, null, '\t')}\n`;
}

export type ReadReceipt = { ok: true; receipt: Receipt } | { ok: false; message: string };

/**
 * Reads one receipt, as a pasted code or a file's text. Never throws. A
 * code must be exactly what encoding its record gives, byte for byte; a
 * file may be re-indented, but every value in it is covered by the digest.
 */
export function decodeReceipt(input: string): ReadReceipt {
	const text = input.trim();
	if (text.length > MAX_RECEIPT_CHARS) return { ok: false, message: `Too long to be a Casebook receipt (${text.length.toLocaleString('en')} characters).` };
	if (text.startsWith('{')) return fromJson(text, false);
	if (!text.startsWith(CODE_PREFIX)) {
		return { ok: false, message: /^cbr\d*\./i.test(text) ? 'Not a receipt this version of Casebook reads: its code starts differently.' : 'Not a Casebook receipt code: a code starts with “CBR1.”.' };
	}
	const json = decodeBase64Url(text.slice(CODE_PREFIX.length));
	if (json === undefined) return { ok: false, message: 'This receipt code is damaged or incomplete: part of it may have been lost when it was copied.' };
	return fromJson(json, true);
}

function fromJson(json: string, strict: boolean): ReadReceipt {
	let data: unknown;
	try {
		data = JSON.parse(json);
	} catch {
		return { ok: false, message: strict ? 'This receipt code is damaged: its contents cannot be read.' : 'This file is not a Casebook receipt: it is not valid JSON.' };
	}
	if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== RECEIPT_FORMAT) {
		return { ok: false, message: 'This is not a Casebook receipt: it lacks the “casebook-receipt” mark.' };
	}
	const version = (data as { version?: unknown }).version;
	if (typeof version === 'number' && version > RECEIPT_VERSION) return { ok: false, message: 'This receipt was made by a newer version of Casebook than this one: reload the page and check it again.' };
	const parsed = safeParse(bodyGuard, data);
	const digest = (data as { digest?: unknown }).digest;
	if (!parsed.success) return { ok: false, message: `This receipt is not valid (${parsed.error.message}).` };
	if (typeof digest !== 'string' || !/^[0-9a-f]{64}$/.test(digest)) return { ok: false, message: 'This receipt has no digest, so it cannot be checked.' };
	const receipt: Receipt = { ...parsed.data, digest };
	if (digestOf(parsed.data) !== digest) return { ok: false, message: 'This receipt was changed after it was made: its digest does not match its contents.' };
	// A code that parses to a true receipt but is not that receipt's own encoding has been altered.
	if (strict && JSON.stringify(receipt) !== json) return { ok: false, message: 'This receipt code was changed after it was made.' };
	return { ok: true, receipt };
}

/** Points in a receipt are hundredths; this is the figure to show. */
export const pointsOf = (hundredthsValue: number) => hundredthsValue / 100;
