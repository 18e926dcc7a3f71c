/**
 * Walks every lesson of the course and checks what a schema cannot. A new
 * lesson is checked here with no new test written.
 */

import { describe, expect, it } from 'vitest';
import { buildCourse } from '../../src/course/build-course';
import { allPaths, followPath, graphOf } from '../../src/course/scenario-graph';
import { answerKey, score } from '../../src/course/score';
import { exhibitsOf, proseWords } from '../support/lesson-shape';
import { LESSONS_DIR, readCourse } from '../support/read-course';

const { files, failures } = readCourse(LESSONS_DIR);
const lessons = files?.lessons ?? [];

describe(`the course in ${LESSONS_DIR}`, () => {
	it('parses: every file meets its schema', () => {
		expect(failures).toEqual([]);
	});

	it('holds together: every id is known and used once, every lesson is placed', () => {
		const result = files && buildCourse(files);
		expect(result?.ok ? [] : result?.problems).toEqual([]);
	});

	it('has lessons to check', () => {
		expect(lessons.length).toBeGreaterThan(0);
	});
});

describe.each(lessons.map((lesson) => [lesson.file, lesson] as const))('%s', (_, { data: lesson, body = '' }) => {
	const scored = lesson.questions.filter((question) => question.type !== 'reflection');

	it('tells its case in 1,000 to 2,000 words of prose', () => {
		const words = proseWords(body);
		expect(words).toBeGreaterThanOrEqual(1000);
		expect(words).toBeLessThanOrEqual(2000);
	});

	it('shows at least three exhibits, a timeline and a primary post or statement among them', () => {
		const exhibits = exhibitsOf(body);
		expect(exhibits.length).toBeGreaterThanOrEqual(3);
		expect(exhibits).toContain('Timeline');
		expect(exhibits.some((name) => name === 'PostCard' || name === 'Pullquote')).toBe(true);
	});

	it('asks at least four checkpoints of at least two types, and one reflection or more', () => {
		expect(scored.length).toBeGreaterThanOrEqual(4);
		expect(new Set(scored.map((question) => question.type)).size).toBeGreaterThanOrEqual(2);
		expect(lesson.questions.some((question) => question.type === 'reflection')).toBe(true);
	});

	it('ends with takeaways', () => {
		expect(body).toMatch(/<Takeaways>[\s\S]*\S[\s\S]*<\/Takeaways>/);
	});

	it('has a decision scenario at least two decisions deep with at least three endings', () => {
		expect(lesson.scenario, 'the lesson needs a scenario').toBeDefined();
		if (!lesson.scenario) return;
		const graph = graphOf(lesson.scenario.nodes);
		const outcomes = lesson.scenario.nodes.filter((node) => node.kind === 'outcome');
		expect(outcomes.length).toBeGreaterThanOrEqual(3);
		const longest = Math.max(...allPaths(lesson.scenario.start, graph).map((path) => path.length));
		expect(longest).toBeGreaterThanOrEqual(2);
		expect(lesson.scenario.historicalPath.length).toBeGreaterThanOrEqual(2);
	});

	it.each(scored.map((question) => [question.id, question] as const))('answer key of "%s" scores full marks', (_id, question) => {
		expect(score(question, answerKey(question))).toEqual({ kind: 'points', earned: question.points, total: question.points });
	});

	it('gives every option its own feedback, never a copy of another option\'s', () => {
		for (const question of scored) {
			const feedback = question.type === 'ordering' ? question.items.map((item) => item.feedback) : question.options.map((option) => option.feedback);
			expect(new Set(feedback).size, `question "${question.id}" repeats feedback`).toBe(feedback.length);
		}
	});

	it('offers wrong options that teach: every choice question has at least one', () => {
		for (const question of scored) {
			if (question.type === 'ordering') continue;
			expect(question.options.some((option) => !option.correct), `question "${question.id}" has no wrong option`).toBe(true);
		}
	});

	it('has sources with distinct URLs', () => {
		const urls = lesson.sources.map((source) => source.url);
		expect(new Set(urls).size).toBe(urls.length);
	});

	const scenario = lesson.scenario;
	if (!scenario) return;
	const graph = graphOf(scenario.nodes);

	it(`ends every path of scenario "${scenario.id}" at an outcome, and reaches every outcome`, () => {
		const paths = allPaths(scenario.start, graph);
		const endings = new Set<string>();
		for (const path of paths) {
			const followed = followPath(scenario.start, graph, path);
			expect(followed.ok).toBe(true);
			const last = followed.ok ? followed.visited.at(-1) : undefined;
			expect(scenario.nodes.find((node) => node.id === last)?.kind, `path ${path.join(' → ')} ends at "${last}"`).toBe('outcome');
			if (last) endings.add(last);
		}
		const outcomes = scenario.nodes.filter((node) => node.kind === 'outcome').map((node) => node.id);
		expect([...endings].sort()).toEqual([...outcomes].sort());
	});

	it(`counts the historical path of "${scenario.id}" among its paths`, () => {
		expect(allPaths(scenario.start, graph)).toContainEqual(scenario.historicalPath);
	});
});
