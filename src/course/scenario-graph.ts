/**
 * Pure rules for a decision scenario's graph: which nodes a learner can
 * reach, and whether every path ends in an outcome. Used by the schema (to
 * refuse a broken lesson) and by the content suite (to walk every path).
 */

export interface GraphNode {
	id: string;
	/** Choices lead on; a node without choices is an outcome. */
	choices?: readonly { id: string; next: string }[];
}

export interface GraphProblem {
	/** Where, relative to the scenario: ['nodes', 2, 'choices', 0, 'next']. */
	path: (string | number)[];
	message: string;
}

/** A scenario's nodes as a graph: decisions keep their choices, outcomes have none. */
export function graphOf(
	nodes: readonly ({ id: string; kind: 'decision'; choices: readonly { id: string; next: string }[] } | { id: string; kind: 'outcome' })[],
): GraphNode[] {
	return nodes.map((node) => (node.kind === 'decision' ? { id: node.id, choices: node.choices } : { id: node.id }));
}

/** Every problem that stops the graph from being a finite set of paths from start to an outcome. */
export function findGraphProblems(start: string, nodes: readonly GraphNode[]): GraphProblem[] {
	const problems: GraphProblem[] = [];
	const byId = new Map<string, GraphNode>();
	nodes.forEach((node, index) => {
		if (byId.has(node.id)) problems.push({ path: ['nodes', index, 'id'], message: `duplicate node id "${node.id}"` });
		byId.set(node.id, node);
	});
	if (!byId.has(start)) {
		problems.push({ path: ['start'], message: `start names node "${start}", which does not exist` });
		return problems;
	}
	nodes.forEach((node, index) =>
		node.choices?.forEach((choice, choiceIndex) => {
			if (!byId.has(choice.next)) {
				problems.push({
					path: ['nodes', index, 'choices', choiceIndex, 'next'],
					message: `choice "${choice.id}" leads to node "${choice.next}", which does not exist`,
				});
			}
		}),
	);
	const cycle = findCycle(start, byId);
	if (cycle) {
		problems.push({ path: ['nodes'], message: `a path never ends: it loops ${cycle.join(' → ')}` });
	}
	const reachable = reachableFrom(start, byId);
	nodes.forEach((node, index) => {
		if (!reachable.has(node.id)) {
			problems.push({ path: ['nodes', index], message: `node "${node.id}" cannot be reached from the start` });
		}
	});
	return problems;
}

/** Ids of the nodes a learner can reach from start. */
function reachableFrom(start: string, byId: ReadonlyMap<string, GraphNode>): Set<string> {
	const seen = new Set<string>();
	const stack = [start];
	while (stack.length > 0) {
		const id = stack.pop() as string;
		if (seen.has(id) || !byId.has(id)) continue;
		seen.add(id);
		for (const choice of byId.get(id)?.choices ?? []) stack.push(choice.next);
	}
	return seen;
}

/** A loop reachable from start, as the node ids around it, or undefined. */
function findCycle(start: string, byId: ReadonlyMap<string, GraphNode>): string[] | undefined {
	const done = new Set<string>();
	const trail: string[] = [];
	const visit = (id: string): string[] | undefined => {
		if (done.has(id) || !byId.has(id)) return undefined;
		const open = trail.indexOf(id);
		if (open >= 0) return [...trail.slice(open), id];
		trail.push(id);
		for (const choice of byId.get(id)?.choices ?? []) {
			const cycle = visit(choice.next);
			if (cycle) return cycle;
		}
		trail.pop();
		done.add(id);
		return undefined;
	};
	return visit(start);
}

/**
 * Every path from start to an outcome, as the choice ids taken. Only
 * meaningful for a graph without problems.
 */
export function allPaths(start: string, nodes: readonly GraphNode[]): string[][] {
	const byId = new Map(nodes.map((node) => [node.id, node]));
	const walk = (id: string): string[][] => {
		const choices = byId.get(id)?.choices ?? [];
		if (choices.length === 0) return [[]];
		return choices.flatMap((choice) => walk(choice.next).map((rest) => [choice.id, ...rest]));
	};
	return walk(start);
}

/**
 * Follows choice ids from start. Returns the node ids visited, or a message
 * saying where the path stops making sense.
 */
export function followPath(
	start: string,
	nodes: readonly GraphNode[],
	choiceIds: readonly string[],
): { ok: true; visited: string[] } | { ok: false; index: number; message: string } {
	const byId = new Map(nodes.map((node) => [node.id, node]));
	const visited = [start];
	let current = byId.get(start);
	for (const [index, choiceId] of choiceIds.entries()) {
		const choice = current?.choices?.find((candidate) => candidate.id === choiceId);
		if (!current || !choice) {
			return { ok: false, index, message: `"${choiceId}" is not a choice at node "${current?.id ?? '?'}"` };
		}
		visited.push(choice.next);
		current = byId.get(choice.next);
	}
	return { ok: true, visited };
}
