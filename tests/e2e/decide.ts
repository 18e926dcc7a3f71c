/**
 * The lesson's decision, as tests meet it: everything after it is held until
 * the learner has decided, so a test that works on the checkpoints or the
 * reflection first decides, or asks to see it anyway.
 */

import { expect, type FrameLocator, type Page } from '@playwright/test';
import type { Scenario } from '../../src/schemas/scenario';

/** A page, or a lesson inside a SCORM package's frame. */
type Surface = Page | FrameLocator;

/** The lesson article, whose data-reveal says whether the part after the decision shows. */
export const lessonArticle = (page: Surface) => page.locator('article[data-lesson]');

/** Opens the held part as a learner who will not decide first: "See it anyway". */
export async function seeItAnyway(page: Surface): Promise<void> {
	const button = page.getByRole('button', { name: 'See it anyway' });
	await expect(button).toBeEnabled();
	await button.click();
	await expect(lessonArticle(page)).toHaveAttribute('data-reveal', 'shown');
}

/** Walks the scenario along `path` (the historical one unless told), with a reason and a confidence at each decision. */
export async function decide(page: Surface, scenario: Scenario, path: readonly string[] = scenario.historicalPath, sure = 'Fairly sure'): Promise<void> {
	const island = page.locator(`.scenario[data-scenario="${scenario.id}"]`);
	await island.scrollIntoViewIfNeeded();
	await expect(island).not.toHaveAttribute('data-state', 'loading');
	for (const choiceId of path) {
		const choice = scenario.nodes.flatMap((node) => (node.kind === 'decision' ? node.choices : [])).find((candidate) => candidate.id === choiceId);
		if (!choice) throw new Error(`scenario "${scenario.id}" has no choice "${choiceId}"`);
		const form = island.locator('form');
		await form.getByRole('radio', { name: choice.text, exact: true }).check();
		await form.getByRole('textbox').fill(`Because of ${choiceId}`);
		await form.getByRole('radio', { name: sure, exact: true }).check();
		await form.getByRole('button', { name: 'Commit to this choice' }).click();
	}
	await expect(island).toHaveAttribute('data-state', 'ended');
}
