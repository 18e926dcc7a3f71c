/**
 * What gives an answer away without reading it: the right option being the
 * longest, or the road to the best ending being the longest choice. Pure
 * measures over lessons, for the content suite (tests/content/give-aways.test.ts).
 */

import type { Lesson } from '../../src/schemas/lesson';
import type { ScenarioNode } from '../../src/schemas/scenario';

const RANK = { strong: 3, mixed: 2, weak: 1 } as const;

/** Single-choice questions whose correct option is longer (or, with `shortest`, shorter) than every other. */
export function longestIsRight(lesson: Lesson, shortest = false): { total: number; giveaways: string[] } {
	const singles = lesson.questions.filter((question) => question.type === 'single');
	const giveaways = singles.filter((question) => {
		const right = question.options.find((option) => option.correct)?.text.length ?? 0;
		return question.options.every((option) => option.correct || (shortest ? option.text.length > right : option.text.length < right));
	});
	return { total: singles.length, giveaways: giveaways.map((question) => question.id) };
}

/** For each multiple-choice question: mean length of its correct options over the mean of its wrong ones. */
export function rightOverWrong(lesson: Lesson): { id: string; ratio: number }[] {
	const mean = (texts: string[]) => texts.reduce((sum, text) => sum + text.length, 0) / Math.max(1, texts.length);
	return lesson.questions.flatMap((question) => {
		if (question.type !== 'multiple') return [];
		const right = mean(question.options.filter((option) => option.correct).map((option) => option.text));
		const wrong = mean(question.options.filter((option) => !option.correct).map((option) => option.text));
		return wrong > 0 ? [{ id: question.id, ratio: right / wrong }] : [];
	});
}

/** The best ending reachable from a node, as a rank (strong 3, mixed 2, weak 1). */
function bestFrom(id: string, byId: ReadonlyMap<string, ScenarioNode>): number {
	const node = byId.get(id);
	if (!node) return 0;
	if (node.kind === 'outcome') return RANK[node.rating];
	return Math.max(...node.choices.map((choice) => bestFrom(choice.next, byId)));
}

/** Decisions whose route to their best reachable ending is the longest choice on offer (and the only route to it). */
export function longestLeadsBest(lesson: Lesson): { total: number; giveaways: string[] } {
	const scenario = lesson.scenario;
	if (!scenario) return { total: 0, giveaways: [] };
	const byId = new Map(scenario.nodes.map((node) => [node.id, node]));
	const decisions = scenario.nodes.filter((node) => node.kind === 'decision');
	const giveaways = decisions.filter((node) => {
		const best = bestFrom(node.id, byId);
		const leading = node.choices.filter((choice) => bestFrom(choice.next, byId) === best);
		const longest = node.choices.reduce((a, b) => (b.text.length > a.text.length ? b : a));
		return leading.length === 1 && leading[0] === longest && node.choices.every((choice) => choice === longest || choice.text.length < longest.text.length);
	});
	return { total: decisions.length, giveaways: giveaways.map((node) => `${scenario.id}/${node.id}`) };
}
