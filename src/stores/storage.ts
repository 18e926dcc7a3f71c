/**
 * The browser's localStorage, made safe to lean on. Reading or writing it
 * can throw: blocked by the browser, private mode, quota exceeded. When it
 * does, values live on in memory for this page, and `storageState` says so,
 * so the page can tell the learner that progress will not be kept.
 */

import { atom } from 'nanostores';
import { setPersistentEngine, windowPersistentEvents } from '@nanostores/persistent';

/** 'ok' until storage fails: 'unavailable' when it cannot be used at all, 'full' when a write was refused. */
export type StorageState = 'ok' | 'unavailable' | 'full';

export const storageState = atom<StorageState>('ok');

const memory = new Map<string, string>();

function local(): Storage | undefined {
	try {
		return typeof localStorage === 'undefined' ? undefined : localStorage;
	} catch {
		return undefined;
	}
}

function fail(state: Exclude<StorageState, 'ok'>): void {
	if (storageState.get() !== 'unavailable') storageState.set(state);
}

/** Reads a key: storage first, memory when storage failed. Never throws. */
export function readKey(key: string): string | undefined {
	if (memory.has(key)) return memory.get(key);
	try {
		return local()?.getItem(key) ?? undefined;
	} catch {
		fail('unavailable');
		return undefined;
	}
}

/** Writes a key; on failure keeps it in memory and reports. Never throws. */
export function writeKey(key: string, value: string): void {
	const storage = local();
	if (!storage) {
		if (typeof window !== 'undefined') fail('unavailable');
		memory.set(key, value);
		return;
	}
	try {
		storage.setItem(key, value);
		memory.delete(key);
	} catch (error) {
		fail(error instanceof DOMException && /quota/i.test(error.name) ? 'full' : 'unavailable');
		memory.set(key, value);
	}
}

export function removeKey(key: string): void {
	memory.delete(key);
	try {
		local()?.removeItem(key);
	} catch {
		fail('unavailable');
	}
}

/** Every key that starts with the prefix, in storage or in memory. */
export function keysWith(prefix: string): string[] {
	const keys = new Set([...memory.keys()].filter((key) => key.startsWith(prefix)));
	try {
		const storage = local();
		for (let index = 0; index < (storage?.length ?? 0); index += 1) {
			const key = storage?.key(index);
			if (key?.startsWith(prefix)) keys.add(key);
		}
	} catch {
		fail('unavailable');
	}
	return [...keys].sort();
}

// @nanostores/persistent reads and writes its engine as a plain object.
// This proxy routes that through the functions above, so a failing
// localStorage never throws into a store or a view.
const engine = new Proxy({} as Record<string, string>, {
	get: (_target, key) => (typeof key === 'string' ? readKey(key) : undefined),
	set: (_target, key, value) => {
		if (typeof key === 'string') writeKey(key, String(value));
		return true;
	},
	has: (_target, key) => typeof key === 'string' && readKey(key) !== undefined,
	deleteProperty: (_target, key) => {
		if (typeof key === 'string') removeKey(key);
		return true;
	},
});

if (typeof window !== 'undefined') setPersistentEngine(engine, windowPersistentEvents);
