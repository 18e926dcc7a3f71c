import { afterEach, describe, expect, it } from 'vitest';
import { encodeAssignment, type Assignment } from '../../src/course/assignment';
import { encodeBase64Url } from '../../src/course/base64url';
import { revealHeldUntil } from '../../src/course/reveal-hold';
import { ASSIGNMENTS_KEY } from '../../src/stores/assignments';
import { heldUntil, SAVED_ASSIGNMENTS_KEY } from '../../src/stores/reveal-hold';
import { removeKey, writeKey } from '../../src/stores/storage';

const NOW = Date.parse('2026-12-01T10:00:00Z');
const KUTCHER = { id: 'kutcher', moduleId: 'owning-a-mistake' };

/** A link's fragment as the builder makes it, and as the assignments store saves it. */
const link = (over: Partial<Omit<Assignment, 'id'>>) =>
	encodeAssignment({ title: 'Week 3', modules: [], lessons: [], due: '2026-12-10T23:59Z', zone: 'Europe/London', passMark: 70, askStudentId: false, courseVersion: '2026.11.0', ...over }).fragment;
const raw = (payload: unknown) => `a=${encodeBase64Url(JSON.stringify(payload))}`;

describe('revealHeldUntil', () => {
	it.each([
		['a hold on the lesson’s module set whole', [link({ modules: ['owning-a-mistake'], revealHeldUntil: '2026-12-08T14:00Z' })], '2026-12-08T14:00Z'],
		['a hold on the lesson set alone', [link({ lessons: ['kutcher'], revealHeldUntil: '2026-12-08T14:00Z' })], '2026-12-08T14:00Z'],
		['a hold on other lessons and modules only', [link({ modules: ['whose-voice'], lessons: ['perry'], revealHeldUntil: '2026-12-08T14:00Z' })], undefined],
		['an assignment of the lesson without a hold', [link({ modules: ['owning-a-mistake'] })], undefined],
		['a hold that has passed', [link({ lessons: ['kutcher'], revealHeldUntil: '2026-12-01T10:00Z' })], undefined],
		['no saved assignments', [], undefined],
		[
			'several assignments: the latest hold still to come',
			[
				link({ lessons: ['kutcher'], revealHeldUntil: '2026-12-03T09:00Z' }),
				link({ modules: ['owning-a-mistake'], revealHeldUntil: '2026-12-09T09:00Z' }),
				link({ modules: ['whose-voice'], revealHeldUntil: '2026-12-31T09:00Z' }),
				link({ lessons: ['kutcher'], revealHeldUntil: '2026-11-30T09:00Z' }),
				link({ lessons: ['kutcher'] }),
			],
			'2026-12-09T09:00Z',
		],
		[
			'malformed fragments among good ones: the good one',
			[
				'',
				'a=',
				'a=%%%',
				'b=eyJ9',
				'a=Q',
				raw('not an object'),
				raw(null),
				raw({ m: 'owning-a-mistake', l: [], h: '2026-12-20T09:00Z' }),
				raw({ m: ['owning-a-mistake'], h: '2026-12-20T09:00Z' }),
				raw({ m: [1], l: [], h: '2026-12-20T09:00Z' }),
				raw({ m: ['owning-a-mistake'], l: [], h: '2026-12-20' }),
				raw({ m: ['owning-a-mistake'], l: [], h: 1_800_000_000_000 }),
				`a=${encodeBase64Url('{"m":["owning-a-mistake"],"l":[],"h":"2026-12-20T09:00Z"')}`,
				link({ lessons: ['kutcher'], revealHeldUntil: '2026-12-04T09:00Z' }),
			],
			'2026-12-04T09:00Z',
		],
	] as [string, string[], string | undefined][])('%s', (_, fragments, expected) => {
		expect(revealHeldUntil(fragments, KUTCHER, NOW)).toBe(expected);
	});
});

describe('heldUntil', () => {
	afterEach(() => removeKey(SAVED_ASSIGNMENTS_KEY));
	const saved = (items: unknown) => writeKey(SAVED_ASSIGNMENTS_KEY, JSON.stringify({ version: 1, items, name: 'Ada' }));

	it('reads the key the assignments store writes', () => {
		expect(SAVED_ASSIGNMENTS_KEY).toBe(ASSIGNMENTS_KEY);
	});

	it('finds the hold among the saved assignments', () => {
		saved([
			{ fragment: link({ modules: ['whose-voice'], revealHeldUntil: '2026-12-09T09:00Z' }), savedAt: '2026-11-30T09:00:00.000Z' },
			{ fragment: link({ lessons: ['kutcher'], revealHeldUntil: '2026-12-08T14:00Z' }), savedAt: '2026-11-30T09:00:00.000Z' },
			{ savedAt: 'no fragment' },
			'not an item',
		]);
		expect(heldUntil(KUTCHER, NOW)).toBe('2026-12-08T14:00Z');
		expect(heldUntil(KUTCHER, Date.parse('2026-12-08T14:00Z'))).toBeUndefined();
	});

	it.each([
		['nothing saved', undefined],
		['text that is not JSON', '{"version":1,"items":"broken'],
		['another version', JSON.stringify({ version: 2, items: [{ fragment: link({ lessons: ['kutcher'], revealHeldUntil: '2026-12-08T14:00Z' }) }] })],
		['items that are not a list', JSON.stringify({ version: 1, items: { fragment: link({ lessons: ['kutcher'], revealHeldUntil: '2026-12-08T14:00Z' }) } })],
		['null', 'null'],
	])('holds nothing when storage holds %s', (_, text) => {
		if (text !== undefined) writeKey(SAVED_ASSIGNMENTS_KEY, text);
		expect(heldUntil(KUTCHER, NOW)).toBeUndefined();
	});
});
