import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Standing } from '../../src/course/assignment';
import { encodeBase64Url } from '../../src/course/base64url';
import { checkReceipt, csvCell, gradebookCsv, markRepeats, pastedCodes } from '../../src/course/gradebook';
import { CODE_PREFIX, decodeReceipt, encodeReceiptCode, encodeReceiptFile, makeReceipt, type Receipt } from '../../src/course/receipt';

const ASSIGNMENT = {
	id: '0123456789ab',
	title: 'Week 3',
	modules: ['owning-a-mistake'],
	lessons: [],
	due: '2026-12-06T04:59Z',
	zone: 'America/New_York',
	passMark: 70,
	askStudentId: true,
	courseVersion: '2026.11.0',
};

const time = fc.date({ min: new Date('2020-01-01'), max: new Date('2090-01-01'), noInvalidDate: true }).map((date) => date.toISOString());
const name = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }).map((value) => value.replace(/\s+/g, ' ').trim()).filter((value) => value !== '' && !/[\u0000-\u001f\u007f]/.test(value));

const standingArb: fc.Arbitrary<Standing> = fc
	.array(
		fc.record({
			id: fc.constantFrom('owning-a-mistake', 'whose-voice', 'the-crowd'),
			title: name,
			lessonsDone: fc.integer({ min: 0, max: 4 }),
			lessonsTotal: fc.integer({ min: 1, max: 4 }),
			earned: fc.integer({ min: 0, max: 4000 }).map((value) => value / 100),
			available: fc.integer({ min: 1, max: 40 }),
			completedAt: fc.option(time, { nil: undefined }),
		}),
		{ minLength: 1, maxLength: 4 },
	)
	.chain((units) =>
		fc.record({
			complete: fc.boolean(),
			completedAt: fc.option(time, { nil: undefined }),
			percent: fc.integer({ min: 0, max: 100 }),
		}).map(({ complete, completedAt, percent }) => ({
			units: units.map(({ completedAt: at, ...unit }) => ({ ...unit, ...(at !== undefined && { completedAt: at }) })),
			lessonsDone: 0,
			lessonsTotal: 0,
			earned: 0,
			available: 0,
			percent,
			complete,
			...(complete && completedAt !== undefined && { completedAt }),
			passed: percent >= 70,
		})),
	);

const receiptArb: fc.Arbitrary<Receipt> = fc
	.record({
		standing: standingArb,
		name,
		studentId: fc.option(name, { nil: undefined }),
		now: time,
		reflections: fc.option(fc.array(fc.record({ id: fc.constantFrom('r-one', 'r-two'), text: fc.string({ maxLength: 200 }) }), { maxLength: 3 }), { nil: undefined }),
	})
	.map((input) => makeReceipt({ assignment: ASSIGNMENT, courseVersion: '2026.11.0', ...input, ...(input.studentId === undefined && { studentId: undefined }) } as Parameters<typeof makeReceipt>[0]));

describe('receipt codes and files', () => {
	it('decode(encode(x)) is x, as a code and as a file', () => {
		fc.assert(
			fc.property(receiptArb, (receipt) => {
				expect(decodeReceipt(encodeReceiptCode(receipt))).toEqual({ ok: true, receipt });
				expect(decodeReceipt(encodeReceiptFile(receipt))).toEqual({ ok: true, receipt });
			}),
		);
	});

	it('detects a change to any one character of a code', () => {
		const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
		fc.assert(
			fc.property(receiptArb, fc.nat(), fc.nat(), (receipt, at, pick) => {
				const code = encodeReceiptCode(receipt);
				const index = at % code.length;
				const replacement = [...alphabet, '.', '1'].filter((char) => char !== code[index])[pick % 65] ?? 'A';
				const changed = code.slice(0, index) + replacement + code.slice(index + 1);
				expect(decodeReceipt(changed).ok).toBe(false);
			}),
			{ numRuns: 500 },
		);
	});

	it('detects every single-character change of one small code, exhaustively', () => {
		const receipt = makeReceipt({ assignment: ASSIGNMENT, standing: fc.sample(standingArb, { numRuns: 1, seed: 7 })[0] as Standing, name: 'Ada', courseVersion: '2026.11.0', now: '2026-11-30T10:00:00.000Z' });
		const code = encodeReceiptCode(receipt);
		let tried = 0;
		for (let index = 0; index < code.length; index++) {
			for (const char of ['A', 'g', '_']) {
				if (char === code[index]) continue;
				tried++;
				expect(decodeReceipt(code.slice(0, index) + char + code.slice(index + 1)).ok, `position ${index} → ${char}`).toBe(false);
			}
		}
		expect(tried).toBeGreaterThan(code.length * 2);
	}, 30_000);

	it('detects a change to any value in a file', () => {
		fc.assert(
			fc.property(receiptArb, (receipt) => {
				const file = JSON.parse(encodeReceiptFile(receipt)) as Receipt;
				const edits: ((value: Receipt) => void)[] = [
					(value) => (value.percent = (value.percent + 1) % 101),
					(value) => (value.learner.name = `${value.learner.name}x`),
					(value) => (value.complete = !value.complete),
					(value) => (value.issuedAt = '2001-01-01T00:00:00.000Z'),
					(value) => value.units[0] && (value.units[0].earned += 1),
					(value) => (value.assignment.due = '2099-01-01T00:00Z'),
				];
				for (const edit of edits) {
					const copy = structuredClone(file);
					edit(copy);
					const read = decodeReceipt(JSON.stringify(copy));
					expect(read.ok).toBe(false);
					if (!read.ok) expect(read.message).toMatch(/changed after it was made/);
				}
			}),
			{ numRuns: 50 },
		);
	});

	it('never throws on any input', () => {
		fc.assert(
			fc.property(fc.oneof(fc.string(), fc.string().map((value) => CODE_PREFIX + value), fc.jsonValue().map((value) => CODE_PREFIX + encodeBase64Url(JSON.stringify(value))), fc.jsonValue().map((value) => JSON.stringify(value))), (input) => {
				const read = decodeReceipt(input);
				if (!read.ok) expect(read.message.length).toBeGreaterThan(10);
			}),
		);
	});

	const good = makeReceipt({ assignment: ASSIGNMENT, standing: fc.sample(standingArb, { numRuns: 1, seed: 3 })[0] as Standing, name: 'Ada Lovelace', studentId: 'al123', courseVersion: '2026.11.0', now: '2026-11-30T10:00:00.000Z' });
	const body = JSON.parse(encodeReceiptFile(good)) as Record<string, unknown>;
	it.each([
		['truncated', encodeReceiptCode(good).slice(0, -10), /damaged or incomplete|damaged/],
		['huge', CODE_PREFIX + 'A'.repeat(500_000), /Too long/],
		['another prefix', `CBR9.${encodeReceiptCode(good).slice(5)}`, /starts differently/],
		['not a receipt', 'hello', /Not a Casebook receipt code/],
		['a newer version', JSON.stringify({ ...body, version: 2 }), /newer version/],
		['a script in the name, with its digest recomputed', JSON.stringify({ ...body, learner: { name: '<img src=x onerror=alert(1)>\n' } }), /not valid|changed/],
		['without its digest', JSON.stringify({ ...body, digest: undefined }), /no digest/],
		['not JSON', '{ nope', /not valid JSON/],
		['another format', JSON.stringify({ format: 'casebook-progress' }), /casebook-receipt/],
	])('refuses a receipt that is %s', (_, input, message) => {
		const read = decodeReceipt(input);
		expect(read.ok).toBe(false);
		if (!read.ok) expect(read.message).toMatch(message);
	});
});

describe('checking receipts', () => {
	const standing = (complete: boolean, percent: number, completedAt?: string): Standing => ({
		units: [{ id: 'owning-a-mistake', title: 'Owning a mistake', lessonsDone: complete ? 2 : 1, lessonsTotal: 2, earned: percent / 10, available: 10, ...(completedAt && { completedAt }) }],
		lessonsDone: complete ? 2 : 1,
		lessonsTotal: 2,
		earned: percent / 10,
		available: 10,
		percent,
		complete,
		...(completedAt && { completedAt }),
		passed: percent >= 70,
	});
	const code = (learner: string, s: Standing, now = '2026-12-01T10:00:00.000Z', assignment = ASSIGNMENT) => encodeReceiptCode(makeReceipt({ assignment, standing: s, name: learner, studentId: learner.toLowerCase(), courseVersion: '2026.11.0', now }));

	it('tells passed, below the pass mark, incomplete, late and rejected apart', () => {
		const rows = [
			checkReceipt('a', code('Ada', standing(true, 90, '2026-12-01T09:00:00.000Z')), ASSIGNMENT, '2026.11.0'),
			checkReceipt('b', code('Bo', standing(true, 50, '2026-12-01T09:00:00.000Z')), ASSIGNMENT, '2026.11.0'),
			checkReceipt('c', code('Cy', standing(false, 30), '2026-12-08T10:00:00.000Z'), ASSIGNMENT, '2026.11.0'),
			checkReceipt('d', code('Di', standing(true, 80, '2026-12-09T09:00:00.000Z')), ASSIGNMENT, '2026.11.0'),
			checkReceipt('e', code('Ed', standing(true, 80, '2026-12-01T09:00:00.000Z'), undefined, { ...ASSIGNMENT, id: 'ffffffffffff', title: 'Other' }), ASSIGNMENT, '2026.11.0'),
			checkReceipt('f', 'CBR1.garbage!', ASSIGNMENT, '2026.11.0'),
		];
		expect(rows.map((row) => [row.status, row.timing])).toEqual([
			['passed', 'on time'],
			['below-pass-mark', 'on time'],
			['incomplete', 'not finished by the due date'],
			['passed', 'late by 3 days'],
			['rejected', 'on time'],
			['rejected', undefined],
		]);
		expect(rows[4]?.problems.join(' ')).toMatch(/different assignment: “Other”/);
	});

	it('flags another course version without refusing', () => {
		const row = checkReceipt('a', code('Ada', standing(true, 90, '2026-12-01T09:00:00.000Z')), ASSIGNMENT, '2027.1.0');
		expect(row.status).toBe('passed');
		expect(row.problems.join(' ')).toMatch(/course version 2026.11.0; this site is 2027.1.0/);
	});

	it('counts only the newest receipt of a learner', () => {
		const rows = markRepeats([
			checkReceipt('old', code('Ada', standing(false, 40), '2026-11-30T10:00:00.000Z'), ASSIGNMENT, '2026.11.0'),
			checkReceipt('new', code('Ada', standing(true, 90, '2026-12-01T09:00:00.000Z'), '2026-12-01T10:00:00.000Z'), ASSIGNMENT, '2026.11.0'),
		]);
		expect(rows.map((row) => row.superseded ?? false)).toEqual([true, false]);
		expect(gradebookCsv(rows, 'canvas', 'Week 3')).toBe('Student,ID,SIS User ID,SIS Login ID,Section,Week 3\r\nPoints Possible,,,,,100\r\nAda,,,ada,,90\r\n');
	});

	it('writes each gradebook format', () => {
		const rows = [checkReceipt('a', code('Ada Byron King', standing(true, 90, '2026-12-01T09:00:00.000Z')), ASSIGNMENT, '2026.11.0')];
		expect(gradebookCsv(rows, 'moodle', 'Week 3')).toBe('Student ID,Full name,Week 3,Feedback\r\nada byron king,Ada Byron King,90,"Complete, passed, on time."\r\n');
		expect(gradebookCsv(rows, 'blackboard', 'Week [3]')).toBe('Last Name,First Name,Username,Week 3 [Total Pts: 100 Score]\r\nKing,Ada Byron,ada byron king,90\r\n');
		expect(gradebookCsv(rows, 'full', 'Week 3').split('\r\n')[1]).toBe('Ada Byron King,ada byron king,"Complete, passed",90,9,10,2026-12-01T09:00:00.000Z,on time,2026-12-01T10:00:00.000Z,yes,,a');
	});

	it('defuses cells a spreadsheet would run as formulas, and quotes what must be quoted', () => {
		expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
		expect(csvCell('+1')).toBe("'+1");
		expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
		expect(csvCell('a,b')).toBe('"a,b"');
		expect(csvCell(90)).toBe('90');
	});

	it('splits pasted codes at any whitespace', () => {
		expect(pastedCodes('  CBR1.a\n\nCBR1.b\tCBR1.c ')).toEqual(['CBR1.a', 'CBR1.b', 'CBR1.c']);
	});
});

describe('what a learner types on a receipt', () => {
	it('is made one clean line, so a stray control character cannot break the receipt', () => {
		const standing: Standing = { units: [], lessonsDone: 0, lessonsTotal: 0, earned: 0, available: 0, percent: 0, complete: true, passed: false };
		const receipt = makeReceipt({ assignment: ASSIGNMENT, standing, name: ' Ada\u0007\tLovelace\n', studentId: '\u0000al1 ', courseVersion: '2026.11.0', now: '2026-11-30T10:00:00.000Z' });
		expect(receipt.learner).toEqual({ name: 'Ada Lovelace', studentId: 'al1' });
		expect(decodeReceipt(encodeReceiptCode(receipt)).ok).toBe(true);
	});
});
