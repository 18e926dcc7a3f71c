import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { decodeProgress, fromData, MAX_PROGRESS_CHARS, MIGRATIONS, type Decoded, type Migrations } from '../../src/course/progress-codec';
import { decodeProgressFile } from '../../src/course/progress-file';
import { emptyProgress } from '../../src/course/progress';
import { safeParse } from '../../src/schemas/guard';
import { PROGRESS_VERSION, progressSchema, type Progress } from '../../src/schemas/progress';

/** Progress of the current version with one of everything, as the stores write it. */
const saved: Progress = {
	version: 2,
	questions: {
		'q-one': {
			answer: { type: 'ordering', order: ['b', 'a', 'c'] },
			attempts: 2,
			first: { earned: 0, total: 2, at: '2024-03-01T10:00:00.000Z' },
			revealed: true,
			updatedAt: '2024-03-01T10:05:00.000Z',
		},
	},
	scenarios: {
		crisis: {
			runs: [
				{
					steps: [{ choice: 'apologise', rationale: 'Own it early.', confidence: 3, at: '2024-03-01T10:06:00.000Z' }],
					startedAt: '2024-03-01T10:05:30.000Z',
					endedAt: '2024-03-01T10:06:00.000Z',
					revealedEarlyAt: '2024-03-01T10:05:40.000Z',
					second: { choice: 'explain', at: '2024-03-01T10:08:00.000Z' },
				},
			],
			updatedAt: '2024-03-01T10:06:00.000Z',
		},
	},
	reflections: { 'r-one': { text: 'I would wait an hour.', updatedAt: '2024-03-01T10:07:00.000Z' } },
	lessons: { 'the-night': { visitedAt: '2024-03-01T09:59:00Z' } },
	last: { lessonId: 'the-night', at: '2024-03-01T09:59:00Z' },
};

const text = (data: unknown): string => JSON.stringify(data);

/** The saved progress with the key "q-one" of its questions written as `key`. */
const withQuestionKey = (key: string): string => text(saved).replace('"q-one"', JSON.stringify(key));

function reasonOf(decoded: Decoded): string {
	if (decoded.kind !== 'unreadable') throw new Error(`expected unreadable, got ${decoded.kind}`);
	return decoded.reason;
}

describe('decodeProgress', () => {
	it.each([null, undefined, ''])('reads %j as empty progress', (raw) => {
		expect(decodeProgress(raw)).toEqual({ kind: 'empty', progress: emptyProgress() });
	});

	it('reads progress of the current version back as it was saved', () => {
		const decoded = decodeProgress(text(saved));
		expect(decoded).toEqual({ kind: 'ok', progress: saved });
		expect(decoded).not.toHaveProperty('migratedFrom');
	});

	it('drops fields the stored shape does not know', () => {
		const decoded = decodeProgress(text({ ...saved, theme: 'dark', questions: { 'q-one': { ...saved.questions['q-one'], hint: 'x' } } }));
		expect(decoded).toEqual({ kind: 'ok', progress: saved });
	});

	it.each<[string, string, RegExp]>([
		['broken JSON', '{"version": 1,', /^it is not valid JSON$/],
		['a list', '[]', /^it does not look like Casebook progress$/],
		['a bare number', '1', /^it does not look like Casebook progress$/],
		['an object without a version', '{}', /^it does not look like Casebook progress$/],
		['a version written as text', text({ ...saved, version: '1' }), /^it does not look like Casebook progress$/],
		['a version that is not a whole number', text({ ...saved, version: 1.5 }), /^it does not look like Casebook progress$/],
		['a future version', text({ ...saved, version: 3 }), /^it was saved by a newer version of Casebook \(data version 3; this page reads up to 2\)$/],
		['version 0', text({ ...saved, version: 0 }), /^its data version \(0\) is not one Casebook ever wrote$/],
		['a negative version', text({ ...saved, version: -3 }), /^its data version \(-3\) is not one Casebook ever wrote$/],
		['the right version with nothing else', text({ version: 1 }), /^part of it has the wrong shape \(questions: expected an object\)$/],
		['a question checked zero times', text({ ...saved, questions: { 'q-one': { ...saved.questions['q-one'], attempts: 0 } } }), /\(questions\.q-one\.attempts: expected a whole number/],
		['an answer of an unknown type', text({ ...saved, questions: { 'q-one': { ...saved.questions['q-one'], answer: { type: 'essay' } } } }), /\(questions\.q-one\.answer\.type: expected one of single, multiple, ordering\)/],
		['a time that is not an ISO instant', text({ ...saved, lessons: { 'the-night': { visitedAt: 'yesterday' } } }), /\(lessons\.the-night\.visitedAt: not in the expected form\)/],
		['a time that could never happen', text({ ...saved, lessons: { 'the-night': { visitedAt: '2024-13-45T99:99:99Z' } } }), /\(lessons\.the-night\.visitedAt: not a real time\)/],
		['a reflection longer than any a learner writes', text({ ...saved, reflections: { 'r-one': { text: 'x'.repeat(20_001), updatedAt: '2024-03-01T10:07:00Z' } } }), /\(reflections\.r-one\.text: longer than 20000 characters\)/],
	])('says why it cannot read %s', (_, raw, reason) => {
		const decoded = decodeProgress(raw);
		expect(reasonOf(decoded)).toMatch(reason);
		expect(decoded.progress).toEqual(emptyProgress());
	});

	it.each([
		['"__proto__"', '__proto__'],
		['"Bad Key"', 'Bad Key'],
		['capitals', 'UPPER'],
		['a trailing hyphen', 'trailing-'],
		['an id longer than 120 characters', 'x'.repeat(121)],
	])('refuses %s as a question id, naming it', (_, key) => {
		const decoded = decodeProgress(withQuestionKey(key));
		expect(reasonOf(decoded)).toContain(`questions.${key}: `);
		expect({}).not.toHaveProperty('attempts');
	});

	it('cannot pollute Object.prototype through a "__proto__" key, which is dropped', () => {
		const raw = text(saved).replace(/^\{/, '{"__proto__": {"polluted": true},');
		const decoded = decodeProgress(raw);
		expect(decoded).toEqual({ kind: 'ok', progress: saved });
		expect(decoded.progress).not.toHaveProperty('polluted');
		expect({}).not.toHaveProperty('polluted');
	});

	it('keeps records on a null prototype, so an id like "constructor" is only data', () => {
		const decoded = decodeProgress(withQuestionKey('constructor'));
		expect(decoded.kind).toBe('ok');
		expect(Object.getPrototypeOf(decoded.progress.questions)).toBeNull();
		expect(decoded.progress.questions['constructor']?.attempts).toBe(2);
	});

	it('refuses text larger than any progress Casebook writes, before reading it', () => {
		const decoded = decodeProgress(text(saved) + ' '.repeat(MAX_PROGRESS_CHARS));
		expect(reasonOf(decoded)).toBe('it is larger than any progress Casebook writes');
	});

	it('reads text of exactly the largest size', () => {
		const raw = text(saved);
		expect(decodeProgress(raw + ' '.repeat(MAX_PROGRESS_CHARS - raw.length)).kind).toBe('ok');
	});
});

describe('fromData', () => {
	it('reads already-parsed progress as decodeProgress reads its text', () => {
		expect(fromData(JSON.parse(text(saved)))).toEqual(decodeProgress(text(saved)));
	});
});

describe('progress saved by version 1', () => {
	// Written by the code of version 1 (its actions, as a learner used them on the Perry lesson), before version 2 existed.
	const stored = readFileSync('tests/fixtures/progress/stored-v1.json', 'utf8');
	const exported = readFileSync('tests/fixtures/progress/export-v1.json', 'utf8');

	it('loads into the current version with nothing lost: every record exactly as it was written', () => {
		const decoded = decodeProgress(stored);
		expect(decoded).toEqual({ kind: 'ok', progress: { ...JSON.parse(stored), version: PROGRESS_VERSION }, migratedFrom: 1 });
	});

	it('still reads when exported to a progress file by version 1', () => {
		const file = decodeProgressFile(exported);
		expect(file).toEqual({ ok: true, progress: { ...JSON.parse(stored), version: PROGRESS_VERSION }, courseVersion: '2026.11.0', exportedAt: '2026-11-20T09:12:00.000Z' });
	});

	it('keeps aside progress from a newer version, with the reason', () => {
		expect(reasonOf(decodeProgress(stored.replace('"version":1', `"version":${PROGRESS_VERSION + 1}`)))).toMatch(/saved by a newer version of Casebook/);
	});
});

describe('migrations', () => {
	const v1 = { ...(JSON.parse(text(saved)) as Record<string, unknown>), version: 1 };

	it('has a step from every version before the current one, and none from later', () => {
		const from = Object.keys(MIGRATIONS).map(Number).sort((a, b) => a - b);
		expect(from).toEqual(Array.from({ length: PROGRESS_VERSION - 1 }, (_, index) => index + 1));
	});

	it('says it cannot update data when a step is missing from the chain', () => {
		const decoded = fromData(v1, { 1: (data) => data }, 3);
		expect(reasonOf(decoded)).toBe('there is no way to update its data version (1) to 3');
	});

	it('says it cannot update data when a step throws', () => {
		const broken: Migrations = {
			1: () => {
				throw new Error('cannot');
			},
		};
		expect(reasonOf(fromData(v1, broken, 2))).toBe('there is no way to update its data version (1) to 2');
	});

	it('runs no step for data already at the current version', () => {
		const step = vi.fn((data: Record<string, unknown>) => data);
		expect(fromData(JSON.parse(text(saved)), { 1: step }, PROGRESS_VERSION)).toEqual({ kind: 'ok', progress: saved });
		expect(step).not.toHaveBeenCalled();
	});
});

/**
 * The schema is pinned to PROGRESS_VERSION, so a migration can only reach a
 * readable result against a later shape. This loads the codec as if the shape
 * were at `version`: the version-1 shape, with the number bumped.
 */
async function codecAtVersion(version: number): Promise<typeof import('../../src/course/progress-codec')> {
	vi.resetModules();
	vi.doMock('../../src/schemas/progress', async (importOriginal) => {
		const real = await importOriginal<typeof import('../../src/schemas/progress')>();
		const guard = await import('../../src/schemas/guard');
		const later = (value: unknown, path: string) => {
			guard.object({ version: guard.literal(version) })(value, path);
			return { ...real.progressSchema({ ...(value as object), version: real.PROGRESS_VERSION }, path), version };
		};
		return { ...real, PROGRESS_VERSION: version, progressSchema: later };
	});
	return import('../../src/course/progress-codec');
}

describe('migrations to a later shape', () => {
	afterEach(() => {
		vi.doUnmock('../../src/schemas/progress');
		vi.resetModules();
	});

	/** A chain in which version 1 called the visited lessons `seen`, and each step notes the version it was handed. */
	function chain(handed: unknown[]): Migrations {
		return {
			1: ({ seen, ...data }) => {
				handed.push(data['version']);
				return { ...data, lessons: seen };
			},
			2: (data) => {
				handed.push(data['version']);
				return data;
			},
		};
	}
	const { lessons, ...rest } = saved;
	const oldest = { ...rest, version: 1, seen: lessons };

	it('updates version-1 data step by step and says which version it came from', async () => {
		const codec = await codecAtVersion(3);
		const handed: unknown[] = [];
		const decoded = codec.decodeProgress(text(oldest), chain(handed), 3);
		expect(decoded).toEqual({ kind: 'ok', progress: { ...saved, version: 3 }, migratedFrom: 1 });
		expect(handed).toEqual([1, 2]);
	});

	it('starts the chain at the version the data was saved with', async () => {
		const codec = await codecAtVersion(3);
		const handed: unknown[] = [];
		const decoded = codec.decodeProgress(text({ ...saved, version: 2 }), chain(handed), 3);
		expect(decoded).toEqual({ kind: 'ok', progress: { ...saved, version: 3 }, migratedFrom: 2 });
		expect(handed).toEqual([2]);
	});

	it('still checks the shape a migration produced', async () => {
		const codec = await codecAtVersion(2);
		const decoded = codec.decodeProgress(text({ ...saved, version: 1 }), { 1: () => ({ questions: [] }) }, 2);
		expect(decoded).toMatchObject({ kind: 'unreadable', reason: 'part of it has the wrong shape (questions: expected an object)' });
	});
});

describe('reading anything at all', () => {
	const kinds = ['empty', 'ok', 'unreadable'];
	const valid = (decoded: Decoded): boolean => kinds.includes(decoded.kind) && typeof decoded.progress === 'object' && (decoded.kind !== 'unreadable' || decoded.reason.length > 0);
	const anything = fc.anything({ withBigInt: true, withBoxedValues: true, withDate: true, withMap: true, withSet: true, withNullPrototype: true, withObjectString: true, withSparseArray: true, withTypedArray: true });

	it('never throws on any text', () => {
		fc.assert(fc.property(fc.string(), (raw) => valid(decodeProgress(raw))));
	});

	it('never throws on any JSON', () => {
		fc.assert(fc.property(fc.json(), (raw) => valid(decodeProgress(raw))));
	});

	it('never throws on the JSON of any value', () => {
		fc.assert(fc.property(fc.anything(), (value) => valid(decodeProgress(JSON.stringify(value)))));
	});

	it('never throws on saved progress with one field replaced by any value', () => {
		const paths = fieldPaths(saved);
		fc.assert(fc.property(fc.constantFrom(...paths), fc.jsonValue(), (path, value) => valid(decodeProgress(text(replaced(saved, path, value))))));
	});

	it('never throws from fromData on any value', () => {
		fc.assert(fc.property(anything, (value) => valid(fromData(value))));
	});

	it("never throws from the guard's safeParse on any value", () => {
		fc.assert(fc.property(anything, (value) => typeof safeParse(progressSchema, value).success === 'boolean'));
	});
});

/** Every path to a value inside `data`, objects and lists included. */
function fieldPaths(data: unknown, path: string[] = []): string[][] {
	if (typeof data !== 'object' || data === null) return [path];
	return [path, ...Object.entries(data).flatMap(([key, value]) => fieldPaths(value, [...path, key]))];
}

/** A deep copy of `data` with the value at `path` replaced. */
function replaced(data: unknown, path: string[], value: unknown): unknown {
	const [head, ...tail] = path;
	if (head === undefined) return value;
	const copy = structuredClone(data) as Record<string, unknown>;
	copy[head] = replaced(copy[head], tail, value);
	return copy;
}
