/**
 * The learner's progress: one persistent store, and the actions that change
 * it. Another tab writing progress updates this store too (the storage
 * event), so views react with subscriptions, never inside actions.
 */

import { atom } from 'nanostores';
import { persistentAtom } from '@nanostores/persistent';
import type { Progress, StoredAnswer } from '../schemas/progress';
import { decodeProgress } from '../course/progress-codec';
import { hash } from '../course/ordering';
import * as rules from '../course/progress';
import { keysWith, readKey, storageState, writeKey } from './storage';

export const PROGRESS_KEY = 'casebook:progress';
/** Unreadable progress is kept under this prefix plus a hash of the text and its length. */
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

export function keepAside(raw: string, reason: string): void {
	// Named by the text's hash, so finding the same unreadable text on every visit keeps one copy.
	const key = `${BACKUP_PREFIX}${hash(raw).toString(36)}-${raw.length}`;
	const at = now();
	if (readKey(key) === undefined) writeKey(key, JSON.stringify({ reason, at, raw }));
	if (!backups.get().some((backup) => backup.key === key)) backups.set([...backups.get(), { key, reason, at, raw }]);
}

/** Whether there is anything to tell the learner about storage: a failure, or data kept aside. */
export function storageTrouble(): boolean {
	return storageState.get() !== 'ok' || backups.get().length > 0 || keysWith(BACKUP_PREFIX).length > 0;
}

export const progress = persistentAtom<Progress>(PROGRESS_KEY, rules.emptyProgress(), { encode: JSON.stringify, decode });

/** Applies a rule to the stored progress: the one way actions change it. */
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

export function chooseInScenario(scenarioId: string, step: { choice: string; rationale: string; confidence: number }, ends: boolean): void {
	update((value) => rules.recordChoice(value, scenarioId, step, ends, now()));
}

export function revealBeforeDeciding(scenarioId: string): void {
	update((value) => rules.revealBeforeDeciding(value, scenarioId, now()));
}

export function secondThought(scenarioId: string, choice: string): void {
	update((value) => rules.recordSecondThought(value, scenarioId, choice, now()));
}

export function replayScenario(scenarioId: string): void {
	update((value) => rules.replayScenario(value, scenarioId, now()));
}

export function visitLesson(lessonId: string): void {
	update((value) => rules.markVisited(value, lessonId, now()));
}
