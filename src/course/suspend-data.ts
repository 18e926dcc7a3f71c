/**
 * A module's progress as SCORM suspend data: what the LMS keeps so that the
 * learner resumes where they left off, on any computer. SCORM 1.2 allows
 * 4,096 characters, so the text is compact and compressed:
 *
 *   "cb1." + base64url(deflate-raw(JSON))
 *
 * The JSON names questions, reflections, scenarios, lessons, options and
 * scenario choices by their index in the module's ResumePlan, and times as
 * whole seconds after the earliest one. Only what resuming needs is kept:
 * per question the last answer, the checks, the first result and whether
 * the answer was shown; per scenario the first finished run and the latest
 * one, with each step's confidence, an early reveal and the second thought;
 * reflections and one-line reasons whole if they fit, otherwise all cut to
 * the longest length that fits, and marked as shortened.
 *
 * Reading it back treats the text as hostile: any fault gives undefined, and
 * what is read is checked against the progress schema like stored progress.
 */

import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import { array, int, object, optional, safeParse, string, type Guard } from '../schemas/guard';
import { PROGRESS_VERSION, progressSchema, type Progress, type ScenarioRun, type StoredAnswer } from '../schemas/progress';
import type { ModuleModel } from './build-course';
import { moduleOutline, type ModuleOutline } from './outline';
import { emptyProgress } from './progress';

/** What the codec must know of a module beyond its outline: each question's type and option (or item) ids, each scenario's choice ids. */
export interface ResumePlan {
	module: ModuleOutline;
	questions: Record<string, { type: StoredAnswer['type']; choices: string[] }>;
	scenarios: Record<string, string[]>;
}

/** A module's plan, from the course model at build time. */
export function resumePlan(module: ModuleModel): ResumePlan {
	const questions: ResumePlan['questions'] = {};
	const scenarios: ResumePlan['scenarios'] = {};
	for (const lesson of module.lessons) {
		for (const question of lesson.questions) {
			if (question.type === 'reflection') continue;
			questions[question.id] = { type: question.type, choices: (question.type === 'ordering' ? question.items : question.options).map((choice) => choice.id) };
		}
		if (lesson.scenario) scenarios[lesson.scenario.id] = lesson.scenario.nodes.flatMap((node) => (node.kind === 'decision' ? node.choices.map((choice) => choice.id) : []));
	}
	return { module: moduleOutline(module), questions, scenarios };
}

const PREFIX = 'cb1.';
/** Added to a reflection that had to be cut to fit. */
export const SHORTENED_NOTE = ' […] (Shortened to fit what the LMS keeps; the full text is in the browser where you wrote it.)';
const MAX_REFLECTION = 20_000;
const MAX_RATIONALE = 1000;
/** Inflated JSON larger than this is not ours. */
const MAX_JSON = 1_000_000;

// The packed shape: short keys, because even compressed every byte counts.
const time = int(0, 1e10);
const index = int(0, 9999);
const answerGuard: Guard<number | number[]> = (value, path) => (typeof value === 'number' ? index(value, path) : array(index, 50)(value, path));
const packedSchema = object({
	v: int(1, 1),
	/** The earliest time, in seconds since 1970; every other time is seconds after it. */
	b: int(0, 1e10),
	q: array(object({ i: index, a: answerGuard, e: int(0, 1_000_000), t: int(1, 1_000_000), n: int(1, 1_000_000), f: time, u: time, r: optional(int(1, 1)) }), 10_000),
	r: array(object({ i: index, x: string(MAX_REFLECTION), u: time, c: optional(int(1, 1)) }), 2000),
	s: array(
		object({
			i: index,
			u: time,
			g: array(
				object({
					s: time,
					e: optional(time),
					/** When the learner saw what happened before finishing the run. */
					x: optional(time),
					/** The second thought: the choice they would now make at the first decision. */
					y: optional(object({ c: index, t: time })),
					/** Steps; k is how sure the learner was, 1 to 4. */
					p: array(object({ c: index, w: string(MAX_RATIONALE), k: optional(int(1, 4)), t: time }), 100),
				}),
				2,
			),
		}),
		2000,
	),
	l: array(object({ i: index, t: time }), 2000),
	z: optional(object({ i: index, t: time })),
});
type Packed = ReturnType<typeof packedSchema>;

interface Lists {
	questions: string[];
	reflections: string[];
	scenarios: string[];
	lessons: string[];
}

function listsOf(plan: ResumePlan): Lists {
	const lessons = plan.module.lessons;
	return {
		questions: lessons.flatMap((lesson) => lesson.scored.map((question) => question.id)),
		reflections: lessons.flatMap((lesson) => lesson.reflections),
		scenarios: lessons.flatMap((lesson) => (lesson.scenario ? [lesson.scenario] : [])),
		lessons: lessons.map((lesson) => lesson.id),
	};
}

const seconds = (iso: string) => Math.floor(Date.parse(iso) / 1000);

/** Cuts text to at most `cap` characters, never inside a surrogate pair. */
function cut(text: string, cap: number): { text: string; cut: boolean } {
	if (text.length <= cap) return { text, cut: false };
	const end = cap > 0 && /[\uD800-\uDBFF]/.test(text.charAt(cap - 1)) ? cap - 1 : cap;
	return { text: text.slice(0, end), cut: true };
}

/** The runs resuming needs: the first that ended (it makes the lesson complete) and the latest (where the learner stands). */
function keptRuns(runs: ScenarioRun[]): ScenarioRun[] {
	const ended = runs.find((run) => run.endedAt);
	const latest = runs.at(-1);
	return [...new Set([ended, latest].filter((run): run is ScenarioRun => run !== undefined))];
}

function pack(progress: Progress, plan: ResumePlan, lists: Lists, cap: number, minimal: boolean): Packed {
	const stamps: number[] = [];
	const at = (iso: string) => {
		const value = seconds(iso);
		stamps.push(value);
		return value;
	};
	const indexOf = (list: string[], id: string) => list.indexOf(id);
	const q = lists.questions.flatMap((id, i) => {
		const record = Object.hasOwn(progress.questions, id) ? progress.questions[id] : undefined;
		const choices = plan.questions[id]?.choices ?? [];
		if (!record) return [];
		const answer = record.answer;
		const a = answer.type === 'single' ? indexOf(choices, answer.optionId) : (answer.type === 'multiple' ? answer.optionIds : answer.order).map((choice) => indexOf(choices, choice));
		if (answer.type !== plan.questions[id]?.type || (typeof a === 'number' ? a < 0 : a.some((n) => n < 0))) return [];
		return [{ i, a, e: record.first.earned, t: record.first.total, n: record.attempts, f: at(record.first.at), u: at(record.updatedAt), ...(record.revealed && { r: 1 }) }];
	});
	const r = minimal
		? []
		: lists.reflections.flatMap((id, i) => {
				const record = Object.hasOwn(progress.reflections, id) ? progress.reflections[id] : undefined;
				if (!record) return [];
				const shortened = cut(record.text, cap);
				return [{ i, x: shortened.text, u: at(record.updatedAt), ...(shortened.cut && { c: 1 }) }];
			});
	const s = lists.scenarios.flatMap((id, i) => {
		const record = Object.hasOwn(progress.scenarios, id) ? progress.scenarios[id] : undefined;
		const choices = plan.scenarios[id] ?? [];
		if (!record) return [];
		const runs = (minimal ? record.runs.filter((run) => run.endedAt).slice(0, 1) : keptRuns(record.runs)).map((run) => ({
			s: at(run.startedAt),
			...(run.endedAt && { e: at(run.endedAt) }),
			...(run.revealedEarlyAt && { x: at(run.revealedEarlyAt) }),
			...(run.second && { y: { c: indexOf(choices, run.second.choice), t: at(run.second.at) } }),
			p: run.steps.map((step) => ({ c: indexOf(choices, step.choice), w: cut(step.rationale, cap).text, ...(step.confidence && { k: step.confidence }), t: at(step.at) })),
		}));
		if (runs.some((run) => (run.y?.c ?? 0) < 0 || run.p.some((step) => step.c < 0))) return [];
		return [{ i, u: at(record.updatedAt), g: runs }];
	});
	const l = lists.lessons.flatMap((id, i) => (Object.hasOwn(progress.lessons, id) ? [{ i, t: at((progress.lessons[id] as { visitedAt: string }).visitedAt) }] : []));
	const lastIndex = progress.last ? lists.lessons.indexOf(progress.last.lessonId) : -1;
	const z = progress.last && lastIndex >= 0 ? { i: lastIndex, t: at(progress.last.at) } : undefined;
	const b = stamps.length > 0 ? Math.min(...stamps) : 0;
	const shift = <T extends Record<string, unknown>>(value: T, keys: string[]): T => {
		const copy: Record<string, unknown> = { ...value };
		for (const key of keys) if (typeof copy[key] === 'number') copy[key] = (copy[key] as number) - b;
		return copy as T;
	};
	return {
		v: 1,
		b,
		q: q.map((entry) => shift(entry, ['f', 'u'])),
		r: r.map((entry) => shift(entry, ['u'])),
		s: s.map((entry) => ({
			...shift(entry, ['u']),
			g: entry.g.map((run) => ({ ...shift(run, ['s', 'e', 'x']), ...(run.y && { y: shift(run.y, ['t']) }), p: run.p.map((step) => shift(step, ['t'])) })),
		})),
		l: l.map((entry) => shift(entry, ['t'])),
		...(z && { z: shift(z, ['t']) }),
	};
}

function toBase64Url(bytes: Uint8Array): string {
	let binary = '';
	for (let start = 0; start < bytes.length; start += 0x8000) binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
	return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
	const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
	return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

function serialise(packed: Packed): string {
	return PREFIX + toBase64Url(deflateSync(strToU8(JSON.stringify(packed)), { level: 9 }));
}

/**
 * This module's part of the progress as suspend data of at most `limit`
 * characters. Texts are cut only as far as they must be; if even the
 * structure alone does not fit, reflections and all but one finished run per
 * scenario are left out. Returns '' if nothing fits.
 */
export function encodeSuspendData(progress: Progress, plan: ResumePlan, limit: number): string {
	const lists = listsOf(plan);
	const whole = serialise(pack(progress, plan, lists, Infinity, false));
	if (whole.length <= limit) return whole;
	const longest = Math.max(
		0,
		...Object.values(progress.reflections).map((record) => record.text.length),
		...Object.values(progress.scenarios).flatMap((record) => record.runs.flatMap((run) => run.steps.map((step) => step.rationale.length))),
	);
	let fits = -1;
	let best = '';
	for (let low = 0, high = longest; low <= high; ) {
		const cap = Math.floor((low + high) / 2);
		const text = serialise(pack(progress, plan, lists, cap, false));
		if (text.length <= limit) {
			fits = cap;
			best = text;
			low = cap + 1;
		} else high = cap - 1;
	}
	if (fits >= 0) return best;
	const minimal = serialise(pack(progress, plan, lists, 0, true));
	return minimal.length <= limit ? minimal : '';
}

/** Suspend data back to progress (this module's records only), or undefined if it is not suspend data this codec wrote. Never throws. */
export function decodeSuspendData(text: unknown, plan: ResumePlan): Progress | undefined {
	if (typeof text !== 'string' || !text.startsWith(PREFIX) || text.length > 100_000) return undefined;
	let data: unknown;
	try {
		const out = inflateSync(fromBase64Url(text.slice(PREFIX.length)), { out: new Uint8Array(MAX_JSON + 1) });
		if (out.length > MAX_JSON) return undefined;
		data = JSON.parse(strFromU8(out));
	} catch {
		return undefined;
	}
	const parsed = safeParse(packedSchema, data);
	if (!parsed.success) return undefined;
	try {
		return unpack(parsed.data, plan);
	} catch {
		return undefined;
	}
}

function unpack(packed: Packed, plan: ResumePlan): Progress | undefined {
	const lists = listsOf(plan);
	const iso = (offset: number) => new Date((packed.b + offset) * 1000).toISOString();
	const pick = (list: string[], i: number) => {
		const found = list[i];
		if (found === undefined) throw new RangeError(`no item ${i}`);
		return found;
	};
	const progress = emptyProgress();
	for (const entry of packed.q) {
		const id = pick(lists.questions, entry.i);
		const question = plan.questions[id];
		if (!question) continue;
		const choice = (i: number) => pick(question.choices, i);
		const many = typeof entry.a === 'number' ? [entry.a] : entry.a;
		const answer: StoredAnswer =
			question.type === 'single'
				? { type: 'single', optionId: choice(typeof entry.a === 'number' ? entry.a : NaN) }
				: question.type === 'multiple'
					? { type: 'multiple', optionIds: many.map(choice) }
					: { type: 'ordering', order: many.map(choice) };
		progress.questions[id] = {
			answer,
			attempts: entry.n,
			first: { earned: entry.e, total: entry.t, at: iso(entry.f) },
			...(entry.r && { revealed: true }),
			updatedAt: iso(entry.u),
		};
	}
	for (const entry of packed.r) {
		const text = entry.c ? entry.x.slice(0, MAX_REFLECTION - SHORTENED_NOTE.length) + SHORTENED_NOTE : entry.x;
		progress.reflections[pick(lists.reflections, entry.i)] = { text, updatedAt: iso(entry.u) };
	}
	for (const entry of packed.s) {
		const id = pick(lists.scenarios, entry.i);
		const choices = plan.scenarios[id] ?? [];
		progress.scenarios[id] = {
			runs: entry.g.map((run) => ({
				steps: run.p.map((step) => ({ choice: pick(choices, step.c), rationale: step.w, ...(step.k !== undefined && { confidence: step.k }), at: iso(step.t) })),
				startedAt: iso(run.s),
				...(run.e !== undefined && { endedAt: iso(run.e) }),
				...(run.x !== undefined && { revealedEarlyAt: iso(run.x) }),
				...(run.y !== undefined && { second: { choice: pick(choices, run.y.c), at: iso(run.y.t) } }),
			})),
			updatedAt: iso(entry.u),
		};
	}
	for (const entry of packed.l) progress.lessons[pick(lists.lessons, entry.i)] = { visitedAt: iso(entry.t) };
	if (packed.z) progress.last = { lessonId: pick(lists.lessons, packed.z.i), at: iso(packed.z.t) };
	const checked = safeParse(progressSchema, { ...progress, version: PROGRESS_VERSION });
	return checked.success ? checked.data : undefined;
}
