/**
 * Everything after a lesson's <Decide> discusses what really happened (the
 * reveal, the checkpoints, the reflection, the takeaways), so the MDX body is
 * given one <Held scenario="…"> element around it, which keeps it back until
 * the learner has decided (src/components/lesson/Held.astro). Done on the
 * body's text, before MDX compiles it, so authors write the anatomy as before
 * and no lesson can forget the wrapper. The opening tag joins the <Decide>
 * line and the closing tag follows the last line, so every line of the body
 * keeps its number in error messages. A body without <Decide> is unchanged.
 */

const DECIDE = /^<Decide\s+scenario="([a-z0-9-]+)"\s*\/>[ \t]*$/m;

/** Whether a body has a <Decide> that holdAfterDecision wraps after: the lesson page then leaves its sources to <Held>. */
export function holdsAfterDecision(body: string): boolean {
	return DECIDE.test(body);
}

export function holdAfterDecision(body: string): string {
	const decide = DECIDE.exec(body);
	if (!decide) return body;
	const end = decide.index + decide[0].length;
	return `${body.slice(0, end)}<Held scenario="${decide[1]}">${body.slice(end)}\n\n</Held>\n`;
}
