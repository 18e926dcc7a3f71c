/**
 * Answers that length does not give away, across the whole course: the
 * right option is the longest in at most a third of single-choice
 * questions; right options of multiple-choice questions are on average at
 * most 25% longer than wrong ones; at most a third of decisions offer the
 * route to their best reachable ending as the longest choice (issue "Every
 * case at its real pivot"). The measures are in tests/support/give-aways.ts.
 */

import { describe, expect, it } from 'vitest';
import { LESSONS_DIR, readCourse } from '../support/read-course';
import { longestIsRight, longestLeadsBest, rightOverWrong } from '../support/give-aways';

const lessons = (readCourse(LESSONS_DIR).files?.lessons ?? []).map((lesson) => lesson.data);

describe(`answers that length does not give away, in the ${lessons.length} lessons of ${LESSONS_DIR}`, () => {
	it('has lessons to measure', () => {
		expect(lessons.length).toBeGreaterThan(0);
	});

	it('has the right option as the longest in at most a third of single-choice questions', () => {
		const measured = lessons.map((lesson) => longestIsRight(lesson));
		const total = measured.reduce((sum, lesson) => sum + lesson.total, 0);
		const giveaways = measured.flatMap((lesson) => lesson.giveaways);
		expect(giveaways.length, `right option longest in: ${giveaways.join(', ')}`).toBeLessThanOrEqual(total / 3);
	});

	// The tell turned round is a tell too: cutting right answers down to their point must not make them the shortest.
	it('has the right option as the shortest in at most a third of single-choice questions', () => {
		const measured = lessons.map((lesson) => longestIsRight(lesson, true));
		const total = measured.reduce((sum, lesson) => sum + lesson.total, 0);
		const giveaways = measured.flatMap((lesson) => lesson.giveaways);
		expect(giveaways.length, `right option shortest in: ${giveaways.join(', ')}`).toBeLessThanOrEqual(total / 3);
	});

	it('keeps right options of multiple-choice questions on average at most 25% longer than wrong ones', () => {
		const ratios = lessons.flatMap(rightOverWrong);
		const mean = ratios.reduce((sum, { ratio }) => sum + ratio, 0) / Math.max(1, ratios.length);
		expect(mean, ratios.map(({ id, ratio }) => `${id} ${ratio.toFixed(2)}`).join(', ')).toBeLessThanOrEqual(1.25);
	});

	it('offers the route to the best ending as the longest choice in at most a third of decisions', () => {
		const measured = lessons.map(longestLeadsBest);
		const total = measured.reduce((sum, lesson) => sum + lesson.total, 0);
		const giveaways = measured.flatMap((lesson) => lesson.giveaways);
		expect(giveaways.length, `longest choice leads to the best ending at: ${giveaways.join(', ')}`).toBeLessThanOrEqual(total / 3);
	});
});
