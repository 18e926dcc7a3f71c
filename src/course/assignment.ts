/**
 * Assignments: what an instructor sets, carried whole in a link's fragment
 * so that it never reaches a server. The rules here are pure: building one
 * from the builder's fields, encoding it into a link, reading a link back
 * (hostile until parsed), and judging a learner's standing against it.
 */

import { array, boolean, check, ID_PATTERN, int, literal, object, optional, safeParse, string, type Infer } from '../schemas/guard';
import { decodeBase64Url, encodeBase64Url } from './base64url';
import { moduleStatus } from './module-status';
import { lessonStatus } from './progress';
import type { LessonOutline, ModuleOutline } from './outline';
import type { Progress } from '../schemas/progress';
import { sha256 } from './sha256';

export const ASSIGNMENT_VERSION = 1;
/** The fragment key: /assignment/#a=… */
export const LINK_KEY = 'a';
/**
 * The longest link the builder makes. A QR code holds up to 2,331 bytes at
 * its medium error correction, but a dense code is hard to scan off a
 * projector from the back of a room; 1,000 characters scans comfortably.
 */
export const MAX_LINK_CHARS = 1_000;
/** Anything longer than this is not read at all. */
const MAX_FRAGMENT_CHARS = 4_000;

export const LIMITS = { title: 120, instructor: 80, courseCode: 40, items: 60 } as const;

const ISO_MINUTE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}Z$/;
const ZONE = /^(?:UTC|[A-Za-z]+(?:\/[A-Za-z0-9_+-]+){1,2})$/;

/** Single-line text that says something: no control characters, trimmed. Receipts use it too. */
export const line = (max: number) => check(string(max), (text) => text !== '' && text.trim() === text && !/[\u0000-\u001f\u007f]/.test(text), 'expected one line of text');

/** The assignment as the link carries it: short keys keep the link, and its QR code, small. */
const payloadGuard = object({
	v: literal(ASSIGNMENT_VERSION),
	/** Title. */
	t: line(LIMITS.title),
	/** Whole modules, by id. */
	m: array(string(80, ID_PATTERN), LIMITS.items),
	/** Single lessons, by id, from modules not set whole. */
	l: array(string(80, ID_PATTERN), LIMITS.items),
	/** Due, to the minute, in UTC. */
	d: string(17, ISO_MINUTE),
	/** Until when lesson pages keep what really happened hidden, to the minute, in UTC; links made before holds existed have none. */
	h: optional(string(17, ISO_MINUTE)),
	/** The time zone the due date, and any hold, was set in. */
	z: string(64, ZONE),
	/** Pass mark, in percent. */
	p: int(0, 100),
	/** Whether learners must give a student id on their receipt. */
	s: boolean,
	/** Who set it. */
	n: optional(line(LIMITS.instructor)),
	/** Course code. */
	c: optional(line(LIMITS.courseCode)),
	/** The course version it was set on. */
	cv: string(40, /^[\w.+-]+$/),
});

type Payload = Infer<typeof payloadGuard>;

export interface Assignment {
	/** Derived from everything else: the same assignment always has the same id, and a changed one a new id. */
	id: string;
	title: string;
	modules: string[];
	lessons: string[];
	/** ISO instant, to the minute, in UTC. */
	due: string;
	/** IANA time zone the instructor set the due date in, and the hold. */
	zone: string;
	/** ISO instant, to the minute, in UTC: until then a lesson page shows when the outcome opens in the reveal's place. */
	revealHeldUntil?: string;
	/** Percent, 0–100. */
	passMark: number;
	askStudentId: boolean;
	instructor?: string;
	courseCode?: string;
	courseVersion: string;
}

function toPayload(assignment: Omit<Assignment, 'id'>): Payload {
	return {
		v: ASSIGNMENT_VERSION,
		t: assignment.title,
		m: assignment.modules,
		l: assignment.lessons,
		d: assignment.due,
		// Only when set: an assignment without a hold encodes as it did before holds existed, so it keeps its id.
		...(assignment.revealHeldUntil !== undefined && { h: assignment.revealHeldUntil }),
		z: assignment.zone,
		p: assignment.passMark,
		s: assignment.askStudentId,
		...(assignment.instructor !== undefined && { n: assignment.instructor }),
		...(assignment.courseCode !== undefined && { c: assignment.courseCode }),
		cv: assignment.courseVersion,
	};
}

function fromPayload(payload: Payload, id: string): Assignment {
	return {
		id,
		title: payload.t,
		modules: payload.m,
		lessons: payload.l,
		due: payload.d,
		...(payload.h !== undefined && { revealHeldUntil: payload.h }),
		zone: payload.z,
		passMark: payload.p,
		askStudentId: payload.s,
		...(payload.n !== undefined && { instructor: payload.n }),
		...(payload.c !== undefined && { courseCode: payload.c }),
		courseVersion: payload.cv,
	};
}

const idOf = (json: string) => sha256(json).slice(0, 12);

/** The fragment that carries an assignment, without the leading #. */
export function encodeAssignment(assignment: Omit<Assignment, 'id'>): { fragment: string; id: string } {
	const json = JSON.stringify(toPayload(assignment));
	return { fragment: `${LINK_KEY}=${encodeBase64Url(json)}`, id: idOf(json) };
}

export type ReadAssignment = { ok: true; assignment: Assignment } | { ok: false; message: string };

/**
 * Reads a link's fragment (with or without its #). Never throws; every
 * failure is a sentence for the page. `course` is what this site teaches,
 * so that a link naming modules it does not have is refused, not half-read.
 */
export function decodeAssignment(fragment: string, course: ModuleOutline[]): ReadAssignment {
	const raw = fragment.startsWith('#') ? fragment.slice(1) : fragment;
	if (raw.length > MAX_FRAGMENT_CHARS) return { ok: false, message: `This link is too long to be a Casebook assignment (${raw.length.toLocaleString('en')} characters).` };
	if (!raw.startsWith(`${LINK_KEY}=`)) return { ok: false, message: 'This link does not carry an assignment.' };
	const json = decodeBase64Url(raw.slice(LINK_KEY.length + 1));
	if (json === undefined) return { ok: false, message: 'This assignment link is damaged or incomplete: it may have been cut short when it was copied. Ask your instructor for the link again.' };
	let data: unknown;
	try {
		data = JSON.parse(json);
	} catch {
		return { ok: false, message: 'This assignment link is damaged: its contents cannot be read.' };
	}
	if (typeof data === 'object' && data !== null && 'v' in data && typeof data.v === 'number' && data.v > ASSIGNMENT_VERSION) {
		return { ok: false, message: 'This assignment was made by a newer version of Casebook than this one. Reload the page, or ask your instructor.' };
	}
	const parsed = safeParse(payloadGuard, data);
	if (!parsed.success) return { ok: false, message: `This assignment link is not valid (${parsed.error.message}).` };
	const payload = parsed.data;
	if (!validZone(payload.z) || !validInstant(payload.d)) return { ok: false, message: 'This assignment link is not valid: its due date cannot be read.' };
	if (payload.h !== undefined && !validInstant(payload.h)) return { ok: false, message: 'This assignment link is not valid: the time until which the outcome stays hidden cannot be read.' };
	const unknown = unknownItems(payload.m, payload.l, course);
	if (unknown.length > 0) return { ok: false, message: `This assignment names parts of the course that this version of Casebook does not have: ${unknown.join(', ')}.` };
	if (payload.m.length + payload.l.length === 0) return { ok: false, message: 'This assignment has no modules or lessons in it.' };
	// The id is derived from the very text the link carries, so it needs no checking of its own.
	return { ok: true, assignment: fromPayload(payload, idOf(json)) };
}

function unknownItems(modules: string[], lessons: string[], course: ModuleOutline[]): string[] {
	const moduleIds = new Set(course.map((module) => module.id));
	const lessonIds = new Set(course.flatMap((module) => module.lessons.map((lesson) => lesson.id)));
	return [...modules.filter((id) => !moduleIds.has(id)), ...lessons.filter((id) => !lessonIds.has(id))];
}

export function validZone(zone: string): boolean {
	if (!ZONE.test(zone)) return false;
	try {
		new Intl.DateTimeFormat('en', { timeZone: zone });
		return true;
	} catch {
		return false;
	}
}

function validInstant(iso: string): boolean {
	const time = Date.parse(iso);
	return Number.isFinite(time) && new Date(time).toISOString().slice(0, 16) + 'Z' === iso;
}

/** What the zone's clocks read at an instant, less UTC's, in milliseconds. */
function zoneOffset(instant: number, zone: string): number {
	const parts = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' }).formatToParts(instant);
	const part = (type: string) => Number(parts.find((entry) => entry.type === type)?.value);
	return Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second')) - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant at which clocks in `zone` read `date` `time` ("2026-12-05",
 * "23:59"). In the hour a clock skips, the time after the jump; in the
 * hour it repeats, the first.
 */
export function zonedInstant(date: string, time: string, zone: string): string | undefined {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
	const clock = /^(\d{2}):(\d{2})$/.exec(time);
	if (!match || !clock || !validZone(zone)) return undefined;
	const [, year, month, day] = match.map(Number) as [number, number, number, number];
	const [, hour, minute] = clock.map(Number) as [number, number, number];
	const wall = Date.UTC(year, month - 1, day, hour, minute);
	const check = new Date(wall);
	if (check.getUTCDate() !== day || check.getUTCMonth() !== month - 1 || hour > 23 || minute > 59) return undefined;
	let instant = wall - zoneOffset(wall, zone);
	instant = wall - zoneOffset(instant, zone);
	return new Date(instant).toISOString().slice(0, 16) + 'Z';
}

export interface AssignmentFields {
	title: string;
	modules: string[];
	lessons: string[];
	dueDate: string;
	dueTime: string;
	zone: string;
	/** Whether to keep what really happened hidden until the hold date and time, in `zone`. */
	holdReveal: boolean;
	holdDate: string;
	holdTime: string;
	passMark: number;
	askStudentId: boolean;
	instructor: string;
	courseCode: string;
}

export type BuiltAssignment = { ok: true; assignment: Assignment; fragment: string } | { ok: false; problems: { field: keyof AssignmentFields | 'link'; message: string }[] };

/** The builder's fields as an assignment, or every reason they are not one yet. */
export function buildAssignment(fields: AssignmentFields, course: ModuleOutline[], courseVersion: string, now: number): BuiltAssignment {
	const problems: { field: keyof AssignmentFields | 'link'; message: string }[] = [];
	const title = fields.title.replace(/\s+/g, ' ').trim();
	const instructor = fields.instructor.replace(/\s+/g, ' ').trim();
	const courseCode = fields.courseCode.replace(/\s+/g, ' ').trim();
	if (title === '') problems.push({ field: 'title', message: 'Give the assignment a title.' });
	else if (title.length > LIMITS.title) problems.push({ field: 'title', message: `Keep the title to ${LIMITS.title} characters.` });
	if (instructor.length > LIMITS.instructor) problems.push({ field: 'instructor', message: `Keep your name to ${LIMITS.instructor} characters.` });
	if (courseCode.length > LIMITS.courseCode) problems.push({ field: 'courseCode', message: `Keep the course code to ${LIMITS.courseCode} characters.` });

	// A lesson inside a module set whole is already assigned.
	const whole = new Set(fields.modules);
	const modules = course.filter((module) => whole.has(module.id)).map((module) => module.id);
	const lessons = course.filter((module) => !whole.has(module.id)).flatMap((module) => module.lessons.filter((lesson) => fields.lessons.includes(lesson.id)).map((lesson) => lesson.id));
	if (modules.length + lessons.length === 0) problems.push({ field: 'modules', message: 'Choose at least one module or lesson.' });

	const due = zonedInstant(fields.dueDate, fields.dueTime, fields.zone);
	if (!validZone(fields.zone)) problems.push({ field: 'zone', message: 'Choose a time zone from the list.' });
	else if (due === undefined) problems.push({ field: 'dueDate', message: 'Give a due date and time.' });
	else if (Date.parse(due) <= now) problems.push({ field: 'dueDate', message: 'The due date has already passed: choose one in the future.' });
	else if (Date.parse(due) > now + 2 * 366 * 86_400_000) problems.push({ field: 'dueDate', message: 'The due date is more than two years away: check the year.' });
	const hold = fields.holdReveal ? readHold(fields, due, now) : undefined;
	if (hold && 'problem' in hold) problems.push({ field: 'holdDate', message: hold.problem });
	if (!Number.isInteger(fields.passMark) || fields.passMark < 0 || fields.passMark > 100) problems.push({ field: 'passMark', message: 'The pass mark is a whole percentage from 0 to 100.' });
	if (problems.length > 0 || due === undefined) return { ok: false, problems };

	const draft: Omit<Assignment, 'id'> = {
		title,
		modules,
		lessons,
		due,
		...(hold && 'instant' in hold && { revealHeldUntil: hold.instant }),
		zone: fields.zone,
		passMark: fields.passMark,
		askStudentId: fields.askStudentId,
		...(instructor !== '' && { instructor }),
		...(courseCode !== '' && { courseCode }),
		courseVersion,
	};
	const { fragment, id } = encodeAssignment(draft);
	if (fragment.length + ASSIGNMENT_PATH.length + 60 > MAX_LINK_CHARS) {
		return { ok: false, problems: [{ field: 'link', message: 'The link would be too long for a QR code to scan well: shorten the title, name or course code, or set whole modules instead of many single lessons.' }] };
	}
	return { ok: true, assignment: { ...draft, id }, fragment };
}

/** The hold as an instant, or the sentence that says what is wrong with it; nothing when the zone is wrong, which has its own sentence. */
function readHold(fields: AssignmentFields, due: string | undefined, now: number): { instant: string } | { problem: string } | undefined {
	if (!validZone(fields.zone)) return undefined;
	const instant = zonedInstant(fields.holdDate, fields.holdTime, fields.zone);
	if (instant === undefined) return { problem: 'Give the date and time until which what really happened stays hidden, or untick the box.' };
	if (Date.parse(instant) <= now) return { problem: 'The time until which what really happened stays hidden has already passed: choose one in the future, such as when the class meets.' };
	if (due !== undefined && Date.parse(instant) > Date.parse(due)) {
		return { problem: 'What really happened would stay hidden past the due date, so learners could not finish the checkpoints in time: choose a time no later than the due date.' };
	}
	return { instant };
}

export const ASSIGNMENT_PATH = '/assignment/';

/** The parts of the course an assignment covers: whole modules, and modules cut down to their assigned lessons. */
export function assignedUnits(assignment: Pick<Assignment, 'modules' | 'lessons' | 'passMark'>, course: ModuleOutline[]): ModuleOutline[] {
	return course.flatMap((module) => {
		const lessons: LessonOutline[] = assignment.modules.includes(module.id) ? module.lessons : module.lessons.filter((lesson) => assignment.lessons.includes(lesson.id));
		return lessons.length === 0 ? [] : [{ ...module, lessons, passMark: assignment.passMark / 100 }];
	});
}

export interface UnitStanding {
	id: string;
	title: string;
	lessonsDone: number;
	lessonsTotal: number;
	earned: number;
	available: number;
	/** When its last lesson was completed, if all are. */
	completedAt?: string;
}

export interface Standing {
	units: UnitStanding[];
	lessonsDone: number;
	lessonsTotal: number;
	earned: number;
	available: number;
	/** Percent of the available points, rounded down to a whole number: never rounded up past a pass mark. */
	percent: number;
	complete: boolean;
	completedAt?: string;
	passed: boolean;
}

const round2 = (value: number) => Math.round(value * 100) / 100;

/** A learner's standing against an assignment, by the same rules as the progress page. */
export function standing(progress: Progress, units: ModuleOutline[], passMark: number): Standing {
	const standings: UnitStanding[] = units.map((unit) => {
		const status = moduleStatus(progress, unit);
		const times = unit.lessons.map((lesson) => lessonStatus(progress, lesson).completedAt);
		const completedAt = status.completed ? latest(times) : undefined;
		return {
			id: unit.id,
			title: unit.title,
			lessonsDone: status.lessonsDone,
			lessonsTotal: status.lessonsTotal,
			earned: round2(status.earned),
			available: status.available,
			...(completedAt !== undefined && { completedAt }),
		};
	});
	const sum = (pick: (unit: UnitStanding) => number) => standings.reduce((total, unit) => total + pick(unit), 0);
	const earned = round2(sum((unit) => unit.earned));
	const available = sum((unit) => unit.available);
	const percent = available === 0 ? 0 : Math.floor((earned / available) * 100 + 1e-9);
	const complete = standings.every((unit) => unit.lessonsDone === unit.lessonsTotal);
	const completedAt = complete ? latest(standings.map((unit) => unit.completedAt)) : undefined;
	return {
		units: standings,
		lessonsDone: sum((unit) => unit.lessonsDone),
		lessonsTotal: sum((unit) => unit.lessonsTotal),
		earned,
		available,
		percent,
		complete,
		...(completedAt !== undefined && { completedAt }),
		passed: available > 0 ? percent >= passMark : complete,
	};
}

function latest(times: (string | undefined)[]): string | undefined {
	const known = times.filter((time): time is string => time !== undefined);
	return known.length === 0 ? undefined : known.reduce((a, b) => (Date.parse(a) >= Date.parse(b) ? a : b));
}

export type DueState = 'done' | 'done-late' | 'overdue' | 'due-soon' | 'open';
/** "Due soon" is the last two days. */
export const DUE_SOON_MS = 2 * 86_400_000;

export function dueState(due: string, standing: Pick<Standing, 'complete' | 'completedAt'>, now: number): DueState {
	const dueAt = Date.parse(due);
	if (standing.complete) return standing.completedAt !== undefined && Date.parse(standing.completedAt) > dueAt ? 'done-late' : 'done';
	if (now > dueAt) return 'overdue';
	return dueAt - now <= DUE_SOON_MS ? 'due-soon' : 'open';
}
