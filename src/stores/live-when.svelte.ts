import type { ReadableAtom } from 'nanostores';

/**
 * Like live() (./live.svelte.ts), but subscribed only while `wanted()` holds, and `initial`
 * until then: a store that fetches on first use (the outline) is left alone
 * by a component that was handed what it holds. (Reading the store to start
 * from would itself set off the fetch.)
 *
 * Its own file, out of the lesson chunk: no lesson page needs it.
 */
export function liveWhen<T>(store: ReadableAtom<T>, wanted: () => boolean, initial: T): { readonly value: T } {
	let value = $state.raw(initial);
	$effect(() => (wanted() ? store.subscribe((next) => (value = next)) : undefined));
	return {
		get value() {
			return value;
		},
	};
}
