import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignedUnits, buildAssignment, decodeAssignment, dueState, encodeAssignment, MAX_LINK_CHARS, standing, zonedInstant, type Assignment, type AssignmentFields } from '../../src/course/assignment';
import { decodeBase64Url, encodeBase64Url } from '../../src/course/base64url';
import type { ModuleOutline } from '../../src/course/outline';
import { emptyProgress, recordAttempt, saveReflection } from '../../src/course/progress';
import { sha256 } from '../../src/course/sha256';

export const COURSE: ModuleOutline[] = [
	{
		id: 'owning-a-mistake',
		title: 'Owning a mistake',
		href: '/modules/owning-a-mistake/',
		passMark: 0.7,
		lessons: [
			{ id: 'kutcher', title: 'Kutcher', href: '/k/', scored: [{ id: 'q1', points: 1 }, { id: 'q2', points: 2 }], reflections: ['r1'] },
			{ id: 'perry', title: 'Perry', href: '/p/', scored: [{ id: 'q3', points: 1 }], reflections: [] },
		],
	},
	{
		id: 'whose-voice',
		title: 'Whose voice',
		href: '/modules/whose-voice/',
		passMark: 0.7,
		lessons: [{ id: 'red-cross', title: 'Red Cross', href: '/r/', scored: [{ id: 'q4', points: 1 }], reflections: [] }],
	},
];

const NOW = Date.parse('2026-11-24T12:00:00Z');
const fields = (over: Partial<AssignmentFields> = {}): AssignmentFields => ({
	title: 'Week 3',
	modules: ['owning-a-mistake'],
	lessons: [],
	dueDate: '2026-12-05',
	dueTime: '23:59',
	zone: 'America/New_York',
	holdReveal: false,
	holdDate: '',
	holdTime: '09:00',
	passMark: 70,
	askStudentId: true,
	instructor: 'Dr. Rivera',
	courseCode: 'COMM 214',
	...over,
});

/** A link made by the builder before holds existed (commit a2e092e), kept as it was: it must read the same, with the same id, for ever. */
const LINK_BEFORE_HOLDS = {
	fragment:
		'a=eyJ2IjoxLCJ0IjoiV2VlayAzIiwibSI6WyJvd25pbmctYS1taXN0YWtlIl0sImwiOlsicmVkLWNyb3NzIl0sImQiOiIyMDI2LTEyLTA2VDA0OjU5WiIsInoiOiJBbWVyaWNhL05ld19Zb3JrIiwicCI6NzAsInMiOnRydWUsIm4iOiJEci4gUml2ZXJhIiwiYyI6IkNPTU0gMjE0IiwiY3YiOiIyMDI2LjExLjAifQ',
	id: '09d0daed0fd2',
};

function built(over: Partial<AssignmentFields> = {}) {
	const result = buildAssignment(fields(over), COURSE, '2026.11.0', NOW);
	if (!result.ok) throw new Error(JSON.stringify(result.problems));
	return result;
}

const text = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }).map((value) => value.replace(/\s+/g, ' ').trim()).filter((value) => value !== '' && !/[\u0000-\u001f\u007f]/.test(value));
const instant = fc.date({ min: new Date('2020-01-01'), max: new Date('2090-01-01'), noInvalidDate: true }).map((date) => `${date.toISOString().slice(0, 16)}Z`);
const assignmentArb: fc.Arbitrary<Omit<Assignment, 'id'>> = fc.record(
	{
		title: text,
		modules: fc.subarray(['owning-a-mistake', 'whose-voice']),
		lessons: fc.subarray(['kutcher', 'perry', 'red-cross']),
		due: instant,
		revealHeldUntil: instant,
		zone: fc.constantFrom('UTC', 'America/New_York', 'Europe/Berlin', 'Asia/Kolkata', 'Australia/Lord_Howe', 'America/Argentina/Buenos_Aires'),
		passMark: fc.integer({ min: 0, max: 100 }),
		askStudentId: fc.boolean(),
		instructor: text,
		courseCode: text,
		courseVersion: fc.constantFrom('2026.11.0', '1.0'),
	},
	{ requiredKeys: ['title', 'modules', 'lessons', 'due', 'zone', 'passMark', 'askStudentId', 'courseVersion'] },
).filter((value) => value.modules.length + value.lessons.length > 0);

describe('sha256', () => {
	it('agrees with Node on any text', () => {
		fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (value) => sha256(value) === createHash('sha256').update(value).digest('hex')));
	});
	it('agrees across block boundaries', () => {
		for (const length of [0, 1, 55, 56, 63, 64, 65, 119, 120, 1000]) expect(sha256('x'.repeat(length))).toBe(createHash('sha256').update('x'.repeat(length)).digest('hex'));
	});
});

describe('base64url', () => {
	it('round-trips any text', () => {
		fc.assert(fc.property(fc.string({ unit: 'binary' }), (value) => decodeBase64Url(encodeBase64Url(value)) === value));
	});
	it('refuses codes that are not the canonical encoding', () => {
		expect(decodeBase64Url('QQ')).toBe('A');
		expect(decodeBase64Url('QR')).toBeUndefined(); // same bytes, different unused bits
		expect(decodeBase64Url('QQ==')).toBeUndefined();
		expect(decodeBase64Url('Q')).toBeUndefined();
		expect(decodeBase64Url('<script>')).toBeUndefined();
		expect(decodeBase64Url('_w')).toBeUndefined(); // 0xFF alone is not UTF-8
	});
});

describe('assignment links', () => {
	it('decode(encode(x)) is x, with the id encode gave', () => {
		fc.assert(
			fc.property(assignmentArb, (draft) => {
				const { fragment, id } = encodeAssignment(draft);
				const read = decodeAssignment(`#${fragment}`, COURSE);
				expect(read).toEqual({ ok: true, assignment: { ...draft, id } });
			}),
		);
	});

	it('reads a link made before holds as it always read, with the same id and no hold', () => {
		const read = decodeAssignment(`#${LINK_BEFORE_HOLDS.fragment}`, COURSE);
		expect(read).toEqual({
			ok: true,
			assignment: { id: LINK_BEFORE_HOLDS.id, title: 'Week 3', modules: ['owning-a-mistake'], lessons: ['red-cross'], due: '2026-12-06T04:59Z', zone: 'America/New_York', passMark: 70, askStudentId: true, instructor: 'Dr. Rivera', courseCode: 'COMM 214', courseVersion: '2026.11.0' },
		});
		if (read.ok) {
			const { id, ...draft } = read.assignment;
			expect(encodeAssignment(draft)).toEqual(LINK_BEFORE_HOLDS);
			expect(id).toBe(LINK_BEFORE_HOLDS.id);
		}
	});

	it('gives a held assignment a new id, and its hold back', () => {
		const plain = built({ modules: ['owning-a-mistake'], lessons: ['red-cross'] });
		const held = built({ modules: ['owning-a-mistake'], lessons: ['red-cross'], holdReveal: true, holdDate: '2026-12-01', holdTime: '14:00' });
		expect(held.assignment.revealHeldUntil).toBe('2026-12-01T19:00Z');
		expect(held.assignment.id).not.toBe(plain.assignment.id);
		expect(decodeAssignment(held.fragment, COURSE)).toEqual({ ok: true, assignment: held.assignment });
	});

	it('gives a changed assignment a new id', () => {
		const a = encodeAssignment({ ...built().assignment });
		const b = encodeAssignment({ ...built().assignment, passMark: 71 });
		expect(a.id).not.toBe(b.id);
	});

	it('never throws on any fragment, and names what is wrong', () => {
		fc.assert(
			fc.property(fc.oneof(fc.string(), fc.string().map((value) => `a=${value}`), fc.string().map((value) => `a=${encodeBase64Url(value)}`), fc.jsonValue().map((value) => `a=${encodeBase64Url(JSON.stringify(value))}`)), (fragment) => {
				const read = decodeAssignment(fragment, COURSE);
				if (!read.ok) expect(read.message.length).toBeGreaterThan(10);
			}),
		);
	});

	it.each([
		['too long', `a=${'A'.repeat(5000)}`, /too long/],
		['not an assignment', 'main', /does not carry an assignment/],
		['truncated', built().fragment.slice(0, -7), /damaged or incomplete|not valid|damaged/],
		['not JSON', `a=${encodeBase64Url('{nope')}`, /cannot be read/],
		['a newer version', `a=${encodeBase64Url(JSON.stringify({ v: 2 }))}`, /newer version/],
		['a script in the title', `a=${encodeBase64Url(JSON.stringify({ ...JSON.parse(decodeBase64Url(built().fragment.slice(2)) ?? ''), t: 'x\n<script>alert(1)</script>' }))}`, /not valid/],
		['an unknown module', `a=${encodeBase64Url(JSON.stringify({ ...JSON.parse(decodeBase64Url(built().fragment.slice(2)) ?? ''), m: ['no-such-module'] }))}`, /no-such-module/],
		['an impossible due date', `a=${encodeBase64Url(JSON.stringify({ ...JSON.parse(decodeBase64Url(built().fragment.slice(2)) ?? ''), d: '2026-02-31T10:00Z' }))}`, /due date/],
		['an impossible hold', `a=${encodeBase64Url(JSON.stringify({ ...JSON.parse(decodeBase64Url(built().fragment.slice(2)) ?? ''), h: '2026-02-31T10:00Z' }))}`, /outcome stays hidden/],
		['a hold in another form', `a=${encodeBase64Url(JSON.stringify({ ...JSON.parse(decodeBase64Url(built().fragment.slice(2)) ?? ''), h: 'in class' }))}`, /not valid/],
		['an unknown zone', `a=${encodeBase64Url(JSON.stringify({ ...JSON.parse(decodeBase64Url(built().fragment.slice(2)) ?? ''), z: 'Mars/Olympus' }))}`, /due date/],
		['nothing in it', `a=${encodeBase64Url(JSON.stringify({ ...JSON.parse(decodeBase64Url(built().fragment.slice(2)) ?? ''), m: [], l: [] }))}`, /no modules/],
	])('refuses a link that is %s', (_, fragment, message) => {
		const read = decodeAssignment(fragment, COURSE);
		expect(read.ok).toBe(false);
		if (!read.ok) expect(read.message).toMatch(message);
	});
});

describe('the builder', () => {
	it('makes an assignment whose link reads back to it', () => {
		const { assignment, fragment } = built();
		expect(assignment).toMatchObject({ title: 'Week 3', modules: ['owning-a-mistake'], due: '2026-12-06T04:59Z', zone: 'America/New_York', instructor: 'Dr. Rivera', courseCode: 'COMM 214' });
		expect(decodeAssignment(fragment, COURSE)).toEqual({ ok: true, assignment });
	});

	it('drops single lessons of a module set whole, and keeps course order', () => {
		const { assignment } = built({ modules: ['owning-a-mistake'], lessons: ['red-cross', 'kutcher'] });
		expect(assignment.lessons).toEqual(['red-cross']);
	});

	it.each([
		[{ modules: [], lessons: [] }, 'modules'],
		[{ title: '   ' }, 'title'],
		[{ title: 'x'.repeat(121) }, 'title'],
		[{ dueDate: '2026-11-01' }, 'dueDate'],
		[{ dueDate: '2030-01-01' }, 'dueDate'],
		[{ dueDate: '2026-02-30' }, 'dueDate'],
		[{ dueDate: '' }, 'dueDate'],
		[{ zone: 'Nowhere/City' }, 'zone'],
		[{ holdReveal: true, holdDate: '' }, 'holdDate'],
		[{ holdReveal: true, holdDate: '2026-11-31' }, 'holdDate'],
		[{ holdReveal: true, holdDate: '2026-11-20' }, 'holdDate'],
		[{ passMark: 101 }, 'passMark'],
		[{ passMark: 7.5 }, 'passMark'],
	] as [Partial<AssignmentFields>, string][])('refuses %j, naming the field', (over, field) => {
		const result = buildAssignment(fields(over), COURSE, '2026.11.0', NOW);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.problems.map((problem) => problem.field)).toContain(field);
	});

	it.each([
		['before now', '2026-11-24', '06:59', /already passed/],
		['after the due date', '2026-12-06', '00:00', /past the due date, so learners could not finish the checkpoints in time/],
	])('refuses a hold %s, saying why', (_, holdDate, holdTime, message) => {
		const result = buildAssignment(fields({ holdReveal: true, holdDate, holdTime }), COURSE, '2026.11.0', NOW);
		expect(result).toEqual({ ok: false, problems: [{ field: 'holdDate', message: expect.stringMatching(message) }] });
	});

	it('holds until the due date itself, in the due date’s zone, and ignores hold fields left unticked', () => {
		expect(built({ holdReveal: true, holdDate: '2026-12-05', holdTime: '23:59' }).assignment.revealHeldUntil).toBe('2026-12-06T04:59Z');
		expect(built({ holdReveal: true, holdDate: '2026-11-24', holdTime: '07:01' }).assignment.revealHeldUntil).toBe('2026-11-24T12:01Z');
		expect(built({ holdDate: '2026-11-01' }).assignment).not.toHaveProperty('revealHeldUntil');
	});

	it('refuses a link too long for a QR code', () => {
		const result = buildAssignment(fields({ title: '漢'.repeat(120), instructor: '漢'.repeat(80), courseCode: '漢'.repeat(40) }), COURSE, '2026.11.0', NOW);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.problems[0]?.field).toBe('link');
	});

	it('keeps every ordinary link under the QR limit', () => {
		const { fragment } = built({ title: 'x'.repeat(120), instructor: 'y'.repeat(80), courseCode: 'z'.repeat(40), modules: ['owning-a-mistake', 'whose-voice'] });
		expect(fragment.length).toBeLessThan(MAX_LINK_CHARS - 100);
	});
});

describe('due dates in a time zone', () => {
	it.each([
		['2026-12-05', '23:59', 'America/New_York', '2026-12-06T04:59Z'],
		['2026-07-05', '23:59', 'America/New_York', '2026-07-06T03:59Z'],
		['2026-12-05', '09:00', 'Asia/Kolkata', '2026-12-05T03:30Z'],
		['2026-12-05', '09:00', 'UTC', '2026-12-05T09:00Z'],
		['2026-03-29', '02:30', 'Europe/Berlin', '2026-03-29T01:30Z'], // a time the clocks skip: the one after
	])('%s %s in %s is %s', (date, time, zone, instant) => {
		expect(zonedInstant(date, time, zone)).toBe(instant);
	});
});

describe('standing and due states', () => {
	const assignment = built({ modules: ['owning-a-mistake'], lessons: ['red-cross'] }).assignment;
	const units = assignedUnits(assignment, COURSE);

	it('covers whole modules and single lessons, with the assignment pass mark', () => {
		expect(units.map((unit) => [unit.id, unit.lessons.map((lesson) => lesson.id), unit.passMark])).toEqual([
			['owning-a-mistake', ['kutcher', 'perry'], 0.7],
			['whose-voice', ['red-cross'], 0.7],
		]);
	});

	it('scores first attempts against every assigned point', () => {
		let progress = recordAttempt(emptyProgress(), 'q1', { type: 'single', optionId: 'a' }, { earned: 1, total: 1 }, '2026-11-25T10:00:00.000Z');
		progress = recordAttempt(progress, 'q2', { type: 'single', optionId: 'a' }, { earned: 0, total: 1 }, '2026-11-25T10:01:00.000Z');
		const result = standing(progress, units, 70);
		expect(result).toMatchObject({ earned: 1, available: 5, percent: 20, complete: false, passed: false, lessonsDone: 0, lessonsTotal: 3 });
	});

	it('is complete when every lesson is, at the last completion time', () => {
		let progress = emptyProgress();
		for (const [id, at] of [['q1', '2026-11-25T10:00:00.000Z'], ['q2', '2026-11-25T10:01:00.000Z'], ['q3', '2026-11-26T09:00:00.000Z'], ['q4', '2026-11-25T11:00:00.000Z']] as const)
			progress = recordAttempt(progress, id, { type: 'single', optionId: 'a' }, { earned: 1, total: 1 }, at);
		progress = saveReflection(progress, 'r1', 'I would apologise first.', '2026-11-25T10:05:00.000Z');
		const result = standing(progress, units, 70);
		expect(result).toMatchObject({ complete: true, completedAt: '2026-11-26T09:00:00.000Z', percent: 100, passed: true });
		expect(dueState(assignment.due, result, NOW)).toBe('done');
		expect(dueState('2026-11-26T08:00Z', result, NOW)).toBe('done-late');
	});

	it.each([
		[NOW + 3 * 86_400_000, 'open'],
		[NOW + 86_400_000, 'due-soon'],
		[NOW - 60_000, 'overdue'],
	] as const)('due at %i, unfinished, is %s', (due, state) => {
		expect(dueState(new Date(due).toISOString(), { complete: false }, NOW)).toBe(state);
	});
});
