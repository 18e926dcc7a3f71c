/**
 * The learner's progress: one persistent store, and the actions that change
 * it. Another tab writing progress updates this store too (the storage
 * event), so views react with subscriptions, never inside actions.
 */

import { atom } from 'nanostores';
import { persistentAtom } from '@nanostores/persistent';
import type { Progress, StoredAnswer } from '../schemas/progress';
import { decodeProgress } from '../course/progress-codec';
import * as rules from '../course/progress';
import { keysWith, readKey, removeKey, storageState, writeKey } from './storage';

export const PROGRESS_KEY = 'casebook:progress';
/** Unreadable progress is kept under this prefix plus the time it was found. */
export const BACKUP_PREFIX = 'casebook:backup:';

export interface Backup {
	key: string;
	reason: string;
	/** When it was set aside. */
	at: string;
	/** The stored text, exactly as it was found. */
	raw: string;
}

/** Progress that could not be read this session, kept aside; the page offers to download it. */
export const backups = atom<Backup[]>([]);

function now(): string {
	return new Date().toISOString();
}

/**
 * Decoding is where unreadable data is found, so it is also where it is kept
 * aside: before the store can write over it, the raw text is copied to a
 * backup key, and the learner is told.
 */
function decode(raw: string): Progress {
	const decoded = decodeProgress(raw);
	if (decoded.kind === 'unreadable') keepAside(raw, decoded.reason);
	return decoded.progress;
}

function keepAside(raw: string, reason: string): void {
	const existing = keysWith(BACKUP_PREFIX).find((key) => readBackup(key)?.raw === raw);
	const at = now();
	const key = existing ?? `${BACKUP_PREFIX}${at}`;
	if (!existing) writeKey(key, JSON.stringify({ reason, at, raw }));
	if (!backups.get().some((backup) => backup.key === key)) backups.set([...backups.get(), { key, reason, at, raw }]);
}

function readBackup(key: string): { reason: string; at: string; raw: string } | undefined {
	try {
		const value: unknown = JSON.parse(readKey(key) ?? '');
		if (typeof value === 'object' && value !== null && 'raw' in value && typeof value.raw === 'string') {
			const { reason, at } = value as { reason?: unknown; at?: unknown };
			return { raw: value.raw, reason: typeof reason === 'string' ? reason : 'unknown', at: typeof at === 'string' ? at : '' };
		}
	} catch {
		// A backup is only ever written by keepAside; one that fails to parse was edited by hand and is left where it is.
	}
	return undefined;
}

/** Whether there is anything to tell the learner about storage: a failure, or data kept aside. */
export function storageTrouble(): boolean {
	return storageState.get() !== 'ok' || backups.get().length > 0 || keysWith(BACKUP_PREFIX).length > 0;
}

/** Every backup kept in storage, this session's and earlier ones. */
export function storedBackups(): Backup[] {
	return keysWith(BACKUP_PREFIX).flatMap((key) => {
		const backup = readBackup(key);
		return backup ? [{ key, ...backup }] : [];
	});
}

export function deleteBackup(key: string): void {
	removeKey(key);
	backups.set(backups.get().filter((backup) => backup.key !== key));
}

export const progress = persistentAtom<Progress>(PROGRESS_KEY, rules.emptyProgress(), { encode: JSON.stringify, decode });

export const update = (change: (value: Progress) => Progress) => progress.set(change(progress.get()));

export function answerQuestion(questionId: string, answer: StoredAnswer, result: { earned: number; total: number }): void {
	update((value) => rules.recordAttempt(value, questionId, answer, result, now()));
}

export function revealAnswer(questionId: string): void {
	update((value) => rules.revealAnswer(value, questionId, now()));
}

export function saveReflection(reflectionId: string, text: string): void {
	update((value) => rules.saveReflection(value, reflectionId, text, now()));
}

export function chooseInScenario(scenarioId: string, step: { choice: string; rationale: string }, ends: boolean): void {
	update((value) => rules.recordChoice(value, scenarioId, step, ends, now()));
}

export function replayScenario(scenarioId: string): void {
	update((value) => rules.replayScenario(value, scenarioId, now()));
}

export function visitLesson(lessonId: string): void {
	update((value) => rules.markVisited(value, lessonId, now()));
}

/** Forgets all progress. Backups stay until deleted on their own. */
export function resetProgress(): void {
	progress.set(rules.emptyProgress());
}

/** Everything Casebook keeps in this browser, gone: progress, backups, preferences. */
export function deleteEverything(): void {
	resetProgress();
	for (const key of keysWith('casebook:')) removeKey(key);
	backups.set([]);
}
