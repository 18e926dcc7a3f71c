import { z } from 'astro/zod';
import { findGraphProblems, followPath, graphOf } from '../course/scenario-graph';
import { idSchema, textSchema } from './ids';

/** A move the learner can make at a decision. */
export const choiceSchema = z.object({
	/** Stable within its scenario: a learner's path is kept as these ids. */
	id: idSchema,
	/** The move, in a line. */
	text: textSchema,
	/** The node it leads to. */
	next: idSchema,
});

/** A moment of decision: a situation and the moves open to the learner. */
export const decisionNodeSchema = z.object({
	id: idSchema,
	kind: z.literal('decision'),
	/** What the learner now knows and faces. */
	situation: textSchema,
	choices: z.array(choiceSchema).min(2, 'a decision needs at least two choices'),
});

/** Where a path ends, with what it teaches. */
export const outcomeNodeSchema = z.object({
	id: idSchema,
	kind: z.literal('outcome'),
	/** A short name for the ending. */
	title: textSchema,
	/** What followed from the learner's choices, and why. */
	debrief: textSchema,
	/** How well the path served the protagonist: for the learner's comparison, not a score. */
	rating: z.enum(['strong', 'mixed', 'weak']),
});

export const scenarioNodeSchema = z.discriminatedUnion('kind', [decisionNodeSchema, outcomeNodeSchema]);

/** A branching decision: the learner commits before the reveal. */
export const scenarioSchema = z
	.object({
		/** Stable across the whole course. */
		id: idSchema,
		/** What the learner is deciding, as a heading. */
		title: textSchema,
		/** The node the learner starts at. */
		start: idSchema,
		nodes: z.array(scenarioNodeSchema).min(3, 'needs a decision and at least two outcomes'),
		/** The choices the real protagonist made, from start to an outcome: the reveal. */
		historicalPath: z.array(idSchema).min(1, 'name the choices the protagonist really made'),
	})
	.superRefine((scenario, ctx) => {
		const graphNodes = graphOf(scenario.nodes);
		for (const problem of findGraphProblems(scenario.start, graphNodes)) {
			ctx.addIssue({ code: 'custom', path: problem.path, message: problem.message });
		}
		const choiceIds = new Set<string>();
		scenario.nodes.forEach((node, nodeIndex) => {
			if (node.kind !== 'decision') return;
			node.choices.forEach((choice, choiceIndex) => {
				if (choiceIds.has(choice.id)) {
					ctx.addIssue({
						code: 'custom',
						path: ['nodes', nodeIndex, 'choices', choiceIndex, 'id'],
						message: `duplicate choice id "${choice.id}"`,
					});
				}
				choiceIds.add(choice.id);
			});
		});
		const followed = followPath(scenario.start, graphNodes, scenario.historicalPath);
		if (!followed.ok) {
			ctx.addIssue({ code: 'custom', path: ['historicalPath', followed.index], message: followed.message });
		} else {
			const last = scenario.nodes.find((node) => node.id === followed.visited.at(-1));
			if (last?.kind !== 'outcome') {
				ctx.addIssue({ code: 'custom', path: ['historicalPath'], message: 'the historical path must end at an outcome' });
			}
		}
	});

export type Choice = z.output<typeof choiceSchema>;
export type DecisionNode = z.output<typeof decisionNodeSchema>;
export type OutcomeNode = z.output<typeof outcomeNodeSchema>;
export type ScenarioNode = z.output<typeof scenarioNodeSchema>;
export type Scenario = z.output<typeof scenarioSchema>;
