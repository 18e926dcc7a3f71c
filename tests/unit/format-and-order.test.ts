import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatCalendarDate, formatMinutes, paragraphs } from '../../src/course/format';
import { presentationOrder } from '../../src/course/ordering';

describe('formatCalendarDate', () => {
	it.each([
		['2011-11-09', '9 November 2011'],
		['2011-11', 'November 2011'],
		['2011', '2011'],
	])('prints %s as %s', (iso, expected) => expect(formatCalendarDate(iso)).toBe(expected));
});

describe('formatMinutes', () => {
	it.each([
		[25, '25 min'],
		[60, '1 h'],
		[95, '1 h 35 min'],
	])('prints %i as %s', (minutes, expected) => expect(formatMinutes(minutes)).toBe(expected));
});

describe('paragraphs', () => {
	it('splits at blank lines and drops empty ones', () => {
		expect(paragraphs('One.\n\n  Two,\nstill two.\n\n\n')).toEqual(['One.', 'Two,\nstill two.']);
	});
});

describe('presentationOrder', () => {
	const ids = fc.uniqueArray(fc.stringMatching(/^[a-z]{1,8}$/), { minLength: 2, maxLength: 8 });

	it('never shows the items already in their answer order', () => {
		fc.assert(
			fc.property(ids, (list) => {
				const items = list.map((id) => ({ id }));
				expect(presentationOrder(items).map((item) => item.id)).not.toEqual(list);
			}),
		);
	});

	it('keeps every item exactly once, and gives the same order every time', () => {
		fc.assert(
			fc.property(ids, (list) => {
				const items = list.map((id) => ({ id }));
				const shown = presentationOrder(items).map((item) => item.id);
				expect([...shown].sort()).toEqual([...list].sort());
				expect(presentationOrder(items).map((item) => item.id)).toEqual(shown);
			}),
		);
	});
});
