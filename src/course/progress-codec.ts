/**
 * Reading progress back, from storage or from a file: tolerant of age,
 * strict about shape, and never throwing. What cannot be read is reported
 * with a reason, so the store can keep it aside and tell the learner.
 */

import { safeParse } from '../schemas/guard';
import { PROGRESS_VERSION, progressSchema, type Progress } from '../schemas/progress';
import { emptyProgress } from './progress';

/** Each step turns data of version N (the key) into version N + 1. */
export type Migrations = Readonly<Record<number, (data: Record<string, unknown>) => Record<string, unknown>>>;

/**
 * The course's migrations. When the shape changes, bump PROGRESS_VERSION and
 * add the step from the old version here; tests/unit/progress-codec.test.ts
 * proves the chain on a fixture each old version wrote.
 */
export const MIGRATIONS: Migrations = {
	// Version 2 added a step's confidence and a run's early reveal and second thought, all optional:
	// a version-1 record is a version-2 record that has none of them, so it passes as it is.
	1: (data) => data,
};

export type Decoded =
	| { kind: 'empty'; progress: Progress }
	| { kind: 'ok'; progress: Progress; migratedFrom?: number }
	| { kind: 'unreadable'; reason: string; progress: Progress };

/** The most a stored or imported progress may weigh, in characters. */
export const MAX_PROGRESS_CHARS = 5_000_000;

/** Decodes stored progress text. Never throws; an unreadable value comes back with a reason and an empty progress. */
export function decodeProgress(raw: string | null | undefined, migrations: Migrations = MIGRATIONS, current = PROGRESS_VERSION): Decoded {
	if (raw === null || raw === undefined || raw === '') return { kind: 'empty', progress: emptyProgress() };
	if (raw.length > MAX_PROGRESS_CHARS) return unreadable('it is larger than any progress Casebook writes');
	let data: unknown;
	try {
		data = JSON.parse(raw);
	} catch {
		return unreadable('it is not valid JSON');
	}
	return fromData(data, migrations, current);
}

/** Checks already-parsed data: its version, its migrations, its shape. */
export function fromData(data: unknown, migrations: Migrations = MIGRATIONS, current = PROGRESS_VERSION): Decoded {
	if (!isRecord(data) || typeof data['version'] !== 'number' || !Number.isInteger(data['version'])) {
		return unreadable('it does not look like Casebook progress');
	}
	const version = data['version'];
	if (version > current) return unreadable(`it was saved by a newer version of Casebook (data version ${version}; this page reads up to ${current})`);
	if (version < 1) return unreadable(`its data version (${version}) is not one Casebook ever wrote`);
	const migrated = migrate(data, version, migrations, current);
	if (!migrated) return unreadable(`there is no way to update its data version (${version}) to ${current}`);
	const parsed = safeParse(progressSchema, migrated);
	if (!parsed.success) return unreadable(`part of it has the wrong shape (${parsed.error.message})`);
	return version === current ? { kind: 'ok', progress: parsed.data } : { kind: 'ok', progress: parsed.data, migratedFrom: version };
}

function migrate(data: Record<string, unknown>, from: number, migrations: Migrations, current: number): Record<string, unknown> | undefined {
	let value = data;
	for (let version = from; version < current; version += 1) {
		const step = migrations[version];
		if (!step) return undefined;
		try {
			value = { ...step(value), version: version + 1 };
		} catch {
			return undefined;
		}
	}
	return value;
}

function unreadable(reason: string): Decoded {
	return { kind: 'unreadable', reason, progress: emptyProgress() };
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
