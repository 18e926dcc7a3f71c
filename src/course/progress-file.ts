/**
 * The progress file a learner exports and imports: their progress with the
 * versions it was written under, so another device, or a later Casebook,
 * knows what it holds.
 */

import { PROGRESS_VERSION, type Progress } from '../schemas/progress';
import { fromData, MAX_PROGRESS_CHARS, MIGRATIONS, type Migrations } from './progress-codec';

export const FILE_FORMAT = 'casebook-progress';

export interface ProgressFile {
	format: typeof FILE_FORMAT;
	/** The version of the progress data inside. */
	schemaVersion: number;
	/** The course version the learner worked on. */
	courseVersion: string;
	exportedAt: string;
	progress: Progress;
}

export function encodeProgressFile(progress: Progress, courseVersion: string, now: string): string {
	const file: ProgressFile = { format: FILE_FORMAT, schemaVersion: PROGRESS_VERSION, courseVersion, exportedAt: now, progress };
	return JSON.stringify(file, null, '\t');
}

export type ReadFile = { ok: true; progress: Progress; courseVersion: string; exportedAt: string } | { ok: false; message: string };

/** Reads an imported file's text. Never throws: every failure is a message for the learner. */
export function decodeProgressFile(text: string, migrations: Migrations = MIGRATIONS, current = PROGRESS_VERSION): ReadFile {
	if (text.length > MAX_PROGRESS_CHARS) return { ok: false, message: 'This file is too large to be a Casebook progress file.' };
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return { ok: false, message: 'This file is not a Casebook progress file: it is not valid JSON.' };
	}
	if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== FILE_FORMAT) {
		return { ok: false, message: 'This file is not a Casebook progress file: it lacks the "casebook-progress" format mark.' };
	}
	const { schemaVersion, courseVersion, exportedAt, progress } = data as Record<string, unknown>;
	if (typeof courseVersion !== 'string' || typeof exportedAt !== 'string' || typeof schemaVersion !== 'number') {
		return { ok: false, message: 'This progress file is damaged: its versions or export date are missing.' };
	}
	const decoded = fromData(typeof progress === 'object' && progress !== null ? { ...progress, version: schemaVersion } : progress, migrations, current);
	if (decoded.kind !== 'ok') return { ok: false, message: `This progress file cannot be read: ${decoded.kind === 'unreadable' ? decoded.reason : 'it is empty'}.` };
	return { ok: true, progress: decoded.progress, courseVersion: courseVersion.slice(0, 40), exportedAt: exportedAt.slice(0, 40) };
}
