/**
 * Whether an instructor keeps a lesson's outcome hidden until class, read
 * from the assignment links the learner opened. It runs on the lesson page,
 * whose JavaScript budget has no room for the assignment rules and guards,
 * so it reads only the three fields it needs (the links were checked in full
 * when they were saved) and passes over anything it cannot read. It is a
 * rhythm for a class, not a lock: the page it runs on is public.
 */

/** The link's `d` and `h` form (src/course/assignment.ts): an instant to the minute, in UTC. */
const ISO_MINUTE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}Z$/;

const isIds = (value: unknown): value is string[] => Array.isArray(value) && value.every((id) => typeof id === 'string');

/** The hold an assignment link puts on a lesson, if it covers the lesson and has one. */
function holdOf(fragment: string, lesson: { id: string; moduleId: string }): string | undefined {
	if (!fragment.startsWith('a=')) return undefined;
	let payload: { m?: unknown; l?: unknown; h?: unknown } | null;
	try {
		// Decoding as src/course/base64url.ts does, without its strictness: importing it would put it, and its encoder, in the lesson page's chunk.
		const binary = atob(fragment.slice(2).replaceAll('-', '+').replaceAll('_', '/'));
		payload = JSON.parse(new TextDecoder().decode(Uint8Array.from(binary, (char) => char.charCodeAt(0))));
	} catch {
		return undefined;
	}
	// Any JSON value destructures safely but null; a number or a string has no such fields.
	const { m, l, h } = payload ?? {};
	if (!isIds(m) || !isIds(l) || typeof h !== 'string' || !ISO_MINUTE.test(h)) return undefined;
	return m.includes(lesson.moduleId) || l.includes(lesson.id) ? h : undefined;
}

/**
 * The latest hold still to come among the saved assignments (their links'
 * fragments, "a=…") that cover the lesson, whole module or single lesson;
 * undefined when none holds it. Never throws.
 */
export function revealHeldUntil(fragments: readonly string[], lesson: { id: string; moduleId: string }, now: number): string | undefined {
	let latest: string | undefined;
	for (const fragment of fragments) {
		const hold = holdOf(fragment, lesson);
		// Same-form ISO instants sort as text in time order.
		if (hold !== undefined && Date.parse(hold) > now && (latest === undefined || hold > latest)) latest = hold;
	}
	return latest;
}
