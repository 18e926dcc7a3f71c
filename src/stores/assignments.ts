/**
 * The assignments a learner has opened, kept as the links' fragments so
 * that each is read, and checked against the course, the same way every
 * time; and the name and student ID they last put on a receipt.
 */

import { persistentAtom } from '@nanostores/persistent';
import { array, literal, object, optional, safeParse, string } from '../schemas/guard';
import { keepAside } from './progress';

export const ASSIGNMENTS_KEY = 'casebook:assignments';

const savedGuard = object({
	version: literal(1),
	items: array(object({ fragment: string(4_000), savedAt: string(30) }), 200),
	name: optional(string(80)),
	studentId: optional(string(60)),
});

export interface SavedAssignments {
	version: 1;
	items: { fragment: string; savedAt: string }[];
	name?: string;
	studentId?: string;
}

const empty = (): SavedAssignments => ({ version: 1, items: [] });

function decode(raw: string): SavedAssignments {
	let data: unknown;
	try {
		data = JSON.parse(raw);
	} catch {
		data = undefined;
	}
	const parsed = safeParse(savedGuard, data);
	if (parsed.success) return parsed.data;
	// Never written over unread: kept aside like unreadable progress, and the page says so.
	keepAside(raw, `saved assignments could not be read (${parsed.error.message})`);
	return empty();
}

export const savedAssignments = persistentAtom<SavedAssignments>(ASSIGNMENTS_KEY, empty(), { encode: JSON.stringify, decode });

/** Saves an assignment's fragment, once; opening the same link again changes nothing. */
export function saveAssignment(fragment: string): boolean {
	const value = savedAssignments.get();
	if (value.items.some((item) => item.fragment === fragment)) return false;
	savedAssignments.set({ ...value, items: [...value.items, { fragment, savedAt: new Date().toISOString() }] });
	return true;
}

export function forgetAssignment(fragment: string): void {
	const value = savedAssignments.get();
	savedAssignments.set({ ...value, items: value.items.filter((item) => item.fragment !== fragment) });
}

export function rememberLearner(name: string, studentId: string): void {
	const { version, items } = savedAssignments.get();
	savedAssignments.set({ version, items, name: name.slice(0, 80), ...(studentId && { studentId: studentId.slice(0, 60) }) });
}

