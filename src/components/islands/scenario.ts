/**
 * Where a learner stands in a scenario, from the steps they took: the pure
 * part of the Scenario island.
 */

import type { Choice, DecisionNode, OutcomeNode, Scenario } from '../../schemas/scenario';

export interface Step {
	node: DecisionNode;
	choice: Choice;
	rationale?: string;
	/** How sure the learner was, 1 to 4. */
	confidence?: number;
}

export interface Walk {
	steps: Step[];
	/** The decision the learner faces now, or the outcome they reached. */
	at: DecisionNode | OutcomeNode;
}

/** Follows choice ids from the start; undefined when they no longer fit the scenario (its content changed). */
export function walk(scenario: Scenario, choices: readonly { choice: string; rationale?: string; confidence?: number }[]): Walk | undefined {
	const byId = new Map(scenario.nodes.map((node) => [node.id, node]));
	let at = byId.get(scenario.start);
	const steps: Step[] = [];
	for (const { choice: choiceId, rationale, confidence } of choices) {
		if (at?.kind !== 'decision') return undefined;
		const choice = at.choices.find((candidate) => candidate.id === choiceId);
		if (!choice) return undefined;
		steps.push({ node: at, choice, ...(rationale !== undefined && { rationale }), ...(confidence !== undefined && { confidence }) });
		at = byId.get(choice.next);
	}
	return at ? { steps, at } : undefined;
}

/** Rows comparing the learner's steps with the real ones, decision by decision. */
export function compare(mine: Walk, real: Walk): { number: number; mine?: Step; real?: Step; same: boolean }[] {
	const length = Math.max(mine.steps.length, real.steps.length);
	return Array.from({ length }, (_, index) => {
		const own = mine.steps[index];
		const theirs = real.steps[index];
		return {
			number: index + 1,
			...(own && { mine: own }),
			...(theirs && { real: theirs }),
			same: own !== undefined && own.choice.id === theirs?.choice.id,
		};
	});
}

export const RATING_LABEL = { strong: 'A strong ending', mixed: 'A mixed ending', weak: 'A weak ending' } as const;
