import type { ReadableAtom } from 'nanostores';

/**
 * A store's current value as Svelte state, subscribed while the component
 * lives. Used instead of Svelte's `$store` syntax, whose runtime support
 * every island page would otherwise ship.
 */
export function live<T>(store: ReadableAtom<T>): { readonly value: T } {
	let value = $state.raw(store.get());
	$effect(() => store.subscribe((next) => (value = next)));
	return {
		get value() {
			return value;
		},
	};
}
