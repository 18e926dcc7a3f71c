/**
 * Marks the learner's own path on a scenario map (ScenarioMap.astro): the
 * lines of the choices they made, the start, and every node those choices
 * reach. Kept tiny: it ships in the lesson page's JavaScript.
 */

/** Marks choiceIds as the learner's path under root, clearing any earlier marks. */
export function markLearnerPath(root: ParentNode, choiceIds: readonly string[]): void {
	for (const marked of root.querySelectorAll('[data-mine]')) marked.removeAttribute('data-mine');
	// The map draws each node with the lines that lead to it, so a line's
	// node is the one it reaches, and the start is the node no line reaches.
	const lines = choiceIds.map((id) => root.querySelector(`[data-choice="${id}"]`));
	const nodes = lines.map((line) => line?.closest('[data-node]'));
	if (lines[0]) nodes.unshift(root.querySelector('[data-node]:not(:has([data-choice]))'));
	for (const element of [...lines, ...nodes]) element?.setAttribute('data-mine', 'true');
	// Drawn last, the learner's nodes and lines lie on top of the lines they share a trunk with.
	for (const node of nodes) node?.parentNode?.append(node);
	for (const line of lines) line?.parentNode?.querySelector('circle, rect')?.before(line);
}
