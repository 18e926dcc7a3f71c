/**
 * The course outline for the pages that show the whole course (the home
 * page's module cards and its Continue link, the progress page's
 * assignments): fetched once from /outline.json when the first island asks,
 * and parsed like anything else that comes from outside the page, since an
 * old offline cache or a broken deploy could serve something else.
 */

import { atom, onMount } from 'nanostores';
import type { CourseOutlineFile, ModuleOutline } from '../course/outline';
import { array, type Guard, GuardError, ID_PATTERN, int, object, optional, safeParse, string } from '../schemas/guard';

/** Where the built site serves it: src/pages/outline.json.ts. */
export const OUTLINE_URL = '/outline.json';

export type OutlineState = { status: 'loading' } | { status: 'ready'; modules: ModuleOutline[] } | { status: 'failed' };

const id = string(80, ID_PATTERN);
const text = string(300);
const href = string(300, /^\/[\w\-/]*$/);
const share: Guard<number> = (value, path) => {
	if (typeof value === 'number' && value >= 0 && value <= 1) return value;
	throw new GuardError(path, 'expected a share from 0 to 1');
};
const outlineGuard = object({
	version: string(40),
	modules: array(
		object({
			id,
			title: text,
			href,
			passMark: share,
			lessons: array(object({ id, title: text, href, scored: array(object({ id, points: int(1, 10_000) }), 100), reflections: array(id, 100), scenario: optional(id) }), 1000),
		}),
		1000,
	),
});

/** The outline parsed strictly, or undefined when the data is not one: never trusted as it comes. */
export function readOutline(data: unknown): CourseOutlineFile | undefined {
	const parsed = safeParse(outlineGuard, data);
	return parsed.success ? parsed.data : undefined;
}

export const outline = atom<OutlineState>({ status: 'loading' });

onMount(outline, () => {
	if (outline.get().status === 'ready') return;
	outline.set({ status: 'loading' });
	fetch(OUTLINE_URL)
		.then((response) => (response.ok ? response.json() : undefined))
		.then((data: unknown) => {
			const read = readOutline(data);
			outline.set(read ? { status: 'ready', modules: read.modules } : { status: 'failed' });
		})
		.catch(() => outline.set({ status: 'failed' }));
});
