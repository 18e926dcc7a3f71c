/**
 * A few parsers for data the browser reads back: stored progress, imported
 * files, links. zod/mini does this job too, but costs about 7 KB gzipped in
 * the browser, more than a third of what a lesson page may ship; these do
 * what the stored shapes need in well under 1 KB. Content is still parsed
 * with zod, at build time.
 *
 * A guard returns the parsed value or throws a GuardError naming the path;
 * `safeParse` wraps that in a result and is the only way callers use it.
 */

/** A stable id, as content declares it (src/schemas/ids.ts): lowercase words joined by hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export class GuardError extends Error {
	constructor(
		readonly path: string,
		message: string,
	) {
		super(`${path || 'top level'}: ${message}`);
	}
}

export type Guard<T> = (value: unknown, path: string) => T;
export type Infer<G> = G extends Guard<infer T> ? T : never;

const fail = (path: string, message: string): never => {
	throw new GuardError(path, message);
};

export const string =
	(max: number, pattern?: RegExp): Guard<string> =>
	(value, path) =>
		typeof value !== 'string'
			? fail(path, 'expected text')
			: value.length > max
				? fail(path, `longer than ${max} characters`)
				: pattern && !pattern.test(value)
					? fail(path, 'not in the expected form')
					: value;

/** A guard with one more condition on what it returns. */
export const check =
	<T>(guard: Guard<T>, valid: (value: T) => boolean, message: string): Guard<T> =>
	(value, path) => {
		const parsed = guard(value, path);
		return valid(parsed) ? parsed : fail(path, message);
	};

export const int =
	(min: number, max: number): Guard<number> =>
	(value, path) =>
		typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max ? value : fail(path, `expected a whole number from ${min} to ${max}`);

export const literal =
	<const T extends string | number>(expected: T): Guard<T> =>
	(value, path) =>
		value === expected ? expected : fail(path, `expected ${JSON.stringify(expected)}`);

export const boolean: Guard<boolean> = (value, path) => (typeof value === 'boolean' ? value : fail(path, 'expected true or false'));

export const optional =
	<T>(guard: Guard<T>): Guard<T | undefined> =>
	(value, path) =>
		value === undefined ? undefined : guard(value, path);

export const array =
	<T>(item: Guard<T>, max: number): Guard<T[]> =>
	(value, path) =>
		!Array.isArray(value) ? fail(path, 'expected a list') : value.length > max ? fail(path, `more than ${max} items`) : value.map((entry, index) => item(entry, `${path}[${index}]`));

const isPlain = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** An object with exactly the listed keys that are present; optional keys left out stay out. Unknown keys are dropped. */
export const object =
	<S extends Record<string, Guard<unknown>>>(shape: S): Guard<{ [K in keyof S as undefined extends Infer<S[K]> ? never : K]: Infer<S[K]> } & { [K in keyof S as undefined extends Infer<S[K]> ? K : never]?: Exclude<Infer<S[K]>, undefined> }> =>
	(value, path) => {
		if (!isPlain(value)) return fail(path, 'expected an object');
		const result: Record<string, unknown> = {};
		for (const key of Object.keys(shape)) {
			const parsed = (shape[key] as Guard<unknown>)(Object.hasOwn(value, key) ? value[key] : undefined, path ? `${path}.${key}` : key);
			if (parsed !== undefined) result[key] = parsed;
		}
		return result as never;
	};

/** A map from keys of a given form to values; built on a null prototype, so no key can reach Object.prototype. */
export const record =
	<T>(key: Guard<string>, item: Guard<T>, max: number): Guard<Record<string, T>> =>
	(value, path) => {
		if (!isPlain(value)) return fail(path, 'expected an object');
		const keys = Object.keys(value);
		if (keys.length > max) return fail(path, `more than ${max} entries`);
		const result: Record<string, T> = Object.create(null) as Record<string, T>;
		for (const name of keys) result[key(name, `${path}.${name}`)] = item(value[name], `${path}.${name}`);
		return result;
	};

/** One of several object shapes, told apart by a tag field. */
export const tagged =
	<K extends string, S extends Record<string, Guard<unknown>>>(tag: K, shapes: S): Guard<Infer<S[keyof S]>> =>
	(value, path) => {
		const kind = isPlain(value) ? value[tag] : undefined;
		const guard = typeof kind === 'string' && Object.hasOwn(shapes, kind) ? shapes[kind] : undefined;
		return guard ? (guard(value, path) as Infer<S[keyof S]>) : fail(path ? `${path}.${tag}` : tag, `expected one of ${Object.keys(shapes).join(', ')}`);
	};

export type SafeResult<T> = { success: true; data: T } | { success: false; error: GuardError };

export function safeParse<T>(guard: Guard<T>, value: unknown): SafeResult<T> {
	try {
		return { success: true, data: guard(value, '') };
	} catch (error) {
		if (error instanceof GuardError) return { success: false, error };
		// Only a GuardError is expected; anything else (a stack overflow on absurdly deep data) is reported the same way.
		return { success: false, error: new GuardError('', 'the data could not be read') };
	}
}
