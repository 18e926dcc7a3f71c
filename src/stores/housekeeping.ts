/**
 * Looking after what Casebook keeps: backups of unreadable progress,
 * resetting, deleting everything. Apart from the progress store so that
 * lesson pages do not ship it.
 */

import { emptyProgress } from '../course/progress';
import { BACKUP_PREFIX, backups, progress, type Backup } from './progress';
import { keysWith, readKey, removeKey } from './storage';

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

/** Forgets all progress. Backups stay until deleted on their own. */
export function resetProgress(): void {
	progress.set(emptyProgress());
}

/** Everything Casebook keeps in this browser, gone: progress, backups, preferences. */
export function deleteEverything(): void {
	resetProgress();
	for (const key of keysWith('casebook:')) removeKey(key);
	backups.set([]);
}
