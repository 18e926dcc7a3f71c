/**
 * The instructor's side of receipts: each one checked against the
 * assignment it claims to answer, and the results as CSV for an LMS
 * gradebook. Pure, so every rule is tested without a page.
 */

import type { Assignment } from './assignment';
import { decodeReceipt, pointsOf, type Receipt } from './receipt';

export type RowStatus = 'passed' | 'below-pass-mark' | 'incomplete' | 'rejected';

export interface CheckedRow {
	/** Where it came from: "pasted code 3" or a file name. */
	source: string;
	status: RowStatus;
	learner?: string;
	studentId?: string;
	/** Percent, when the receipt could be read. */
	percent?: number;
	points?: { earned: number; available: number };
	/** 'on time', 'late by …', or undefined when there is nothing to judge. */
	timing?: string;
	late?: boolean;
	completedAt?: string;
	issuedAt?: string;
	/** Why the receipt was refused, or what to look at. */
	problems: string[];
	/** A newer receipt from the same learner is in the list. */
	superseded?: boolean;
	receipt?: Receipt;
}

export const STATUS_LABEL: Record<RowStatus, string> = {
	passed: 'Complete, passed',
	'below-pass-mark': 'Complete, below the pass mark',
	incomplete: 'Incomplete',
	rejected: 'Not accepted',
};

/** Splits pasted text into the codes in it: anything between whitespace. */
export function pastedCodes(text: string): string[] {
	return text.split(/\s+/).filter((token) => token !== '');
}

function lateness(ms: number): string {
	const hours = Math.ceil(ms / 3_600_000);
	// Whole days, rounded down: the exact time is in the full CSV.
	return hours < 48 ? `late by ${hours} ${hours === 1 ? 'hour' : 'hours'}` : `late by ${Math.floor(ms / 86_400_000)} days`;
}

/** One receipt's text, checked. `assignment` is the one the instructor is marking; `courseVersion` is this site's. */
export function checkReceipt(source: string, text: string, assignment: Assignment | undefined, courseVersion: string): CheckedRow {
	const read = decodeReceipt(text);
	if (!read.ok) return { source, status: 'rejected', problems: [read.message] };
	const receipt = read.receipt;
	const problems: string[] = [];
	let status: RowStatus = !receipt.complete ? 'incomplete' : receipt.percent >= receipt.passMark ? 'passed' : 'below-pass-mark';

	if (assignment) {
		if (receipt.assignment.id !== assignment.id) {
			status = 'rejected';
			problems.push(`Made for a different assignment: “${receipt.assignment.title}”.`);
		} else if (receipt.passMark !== assignment.passMark || receipt.assignment.due !== assignment.due) {
			status = 'rejected';
			problems.push('Its due date or pass mark differs from the assignment’s.');
		}
		if (assignment.askStudentId && receipt.learner.studentId === undefined) problems.push('No student ID given, though the assignment asks for one.');
	}
	if (receipt.courseVersion !== courseVersion) problems.push(`Made on course version ${receipt.courseVersion}; this site is ${courseVersion}. Scores may differ if questions changed.`);

	const due = Date.parse(receipt.assignment.due);
	const finished = receipt.completedAt === undefined ? undefined : Date.parse(receipt.completedAt);
	let timing: string | undefined;
	let late: boolean | undefined;
	if (finished !== undefined) {
		late = finished > due;
		timing = late ? lateness(finished - due) : 'on time';
	} else if (Date.parse(receipt.issuedAt) > due) {
		late = true;
		timing = 'not finished by the due date';
	}

	const earned = receipt.units.reduce((sum, unit) => sum + unit.earned, 0);
	const available = receipt.units.reduce((sum, unit) => sum + unit.available, 0);
	return {
		source,
		status,
		learner: receipt.learner.name,
		...(receipt.learner.studentId !== undefined && { studentId: receipt.learner.studentId }),
		percent: receipt.percent,
		points: { earned: pointsOf(earned), available: pointsOf(available) },
		...(timing !== undefined && { timing }),
		...(late !== undefined && { late }),
		...(receipt.completedAt !== undefined && { completedAt: receipt.completedAt }),
		issuedAt: receipt.issuedAt,
		problems,
		receipt,
	};
}

/**
 * Marks rows that repeat a learner (same name and student ID): only the
 * newest receipt counts, and the others say so.
 */
export function markRepeats(rows: CheckedRow[]): CheckedRow[] {
	const newest = new Map<string, CheckedRow>();
	const key = (row: CheckedRow) => `${row.learner?.toLowerCase() ?? ''}\u0000${row.studentId ?? ''}`;
	for (const row of rows) {
		if (row.status === 'rejected' || !row.issuedAt) continue;
		const held = newest.get(key(row));
		if (!held || Date.parse(row.issuedAt) > Date.parse(held.issuedAt ?? '')) newest.set(key(row), row);
	}
	return rows.map((row) =>
		row.status !== 'rejected' && newest.get(key(row)) !== row ? { ...row, superseded: true, problems: [...row.problems, 'A newer receipt from this learner is in the list; this one is left out of the CSV.'] } : row,
	);
}

export type GradebookFormat = 'canvas' | 'moodle' | 'blackboard' | 'full';

export const FORMAT_LABEL: Record<GradebookFormat, string> = {
	canvas: 'Canvas gradebook import',
	moodle: 'Moodle grade import',
	blackboard: 'Blackboard Grade Center upload',
	full: 'Every detail (for a spreadsheet)',
};

/**
 * A cell as CSV: quoted when it must be, and defused when a spreadsheet
 * would take it for a formula (a learner's name is the learner's to write).
 */
export function csvCell(value: string | number | undefined): string {
	if (value === undefined) return '';
	let text = String(value);
	if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
	return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const toCsv = (rows: (string | number | undefined)[][]) => rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';

function splitName(name: string): { first: string; last: string } {
	const words = name.split(' ');
	return words.length < 2 ? { first: name, last: '' } : { first: words.slice(0, -1).join(' '), last: words.at(-1) ?? '' };
}

/** The gradebook CSV. Rejected and superseded receipts are left out of every format but the full one. */
export function gradebookCsv(rows: CheckedRow[], format: GradebookFormat, assignmentTitle: string): string {
	const counted = rows.filter((row) => row.status !== 'rejected' && !row.superseded);
	const column = assignmentTitle.replaceAll(/[[\]|]/g, ' ').replace(/\s+/g, ' ').trim() || 'Casebook';
	switch (format) {
		case 'canvas':
			return toCsv([
				['Student', 'ID', 'SIS User ID', 'SIS Login ID', 'Section', column],
				['Points Possible', '', '', '', '', 100],
				...counted.map((row) => [row.learner, '', '', row.studentId ?? '', '', row.percent]),
			]);
		case 'moodle':
			return toCsv([['Student ID', 'Full name', column, 'Feedback'], ...counted.map((row) => [row.studentId ?? '', row.learner, row.percent, feedback(row)])]);
		case 'blackboard':
			return toCsv([
				['Last Name', 'First Name', 'Username', `${column} [Total Pts: 100 Score]`],
				...counted.map((row) => {
					const { first, last } = splitName(row.learner ?? '');
					return [last, first, row.studentId ?? '', row.percent];
				}),
			]);
		case 'full':
			return toCsv([
				['Learner', 'Student ID', 'Status', 'Score (%)', 'Points', 'Points available', 'Completed at', 'Timing', 'Receipt issued', 'Counted', 'Problems', 'Source'],
				...rows.map((row) => [
					row.learner ?? '',
					row.studentId ?? '',
					STATUS_LABEL[row.status],
					row.percent,
					row.points?.earned,
					row.points?.available,
					row.completedAt ?? '',
					row.timing ?? '',
					row.issuedAt ?? '',
					counted.includes(row) ? 'yes' : 'no',
					row.problems.join(' '),
					row.source,
				]),
			]);
	}
}

function feedback(row: CheckedRow): string {
	return [STATUS_LABEL[row.status], row.timing].filter(Boolean).join(', ') + '.';
}
