/**
 * The order a learner first sees an ordering question's items in: mixed by
 * a hash of the ids, so it is the same on every visit and on the server and
 * in the browser, and never already the answer.
 */
export function presentationOrder<T extends { id: string }>(items: readonly T[]): T[] {
	const mixed = [...items].sort((a, b) => hash(a.id) - hash(b.id) || a.id.localeCompare(b.id));
	const isAnswer = mixed.every((item, index) => item.id === items[index]?.id);
	return isAnswer && mixed.length > 1 ? [...mixed.slice(1), mixed[0] as T] : mixed;
}

/** FNV-1a: small and stable; good enough to mix a handful of ids or to name a backup. */
export function hash(text: string): number {
	let value = 0x811c9dc5;
	for (let index = 0; index < text.length; index += 1) {
		value ^= text.charCodeAt(index);
		value = Math.imul(value, 0x01000193) >>> 0;
	}
	return value;
}
