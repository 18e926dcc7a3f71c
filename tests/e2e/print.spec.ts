/**
 * Printing, the way a teacher does it: Chromium prints the page to PDF and
 * we read the PDF's text. A lesson prints as a handout whose checkpoints are
 * a worksheet (no answers, no feedback); a teaching note prints with its
 * answer key.
 */

import { expect, test, type Page } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { readCourse } from '../support/read-course';
import { seeItAnyway } from './decide';

const { files } = readCourse();
const lesson = files?.lessons.find((candidate) => candidate.data.id === 'kutcher-paterno-tweet')?.data;
if (!lesson) throw new Error('The Kutcher lesson is missing: these tests print it.');
const scored = lesson.questions.filter((question) => question.type !== 'reflection');

/**
 * The text of every page of the PDF Chromium prints, with runs of white space
 * made single. Runs are joined as they stand (a ligature such as "fi" is a run
 * of its own), with a space only where a line ends.
 */
async function printedText(page: Page): Promise<string> {
	const pdf = await getDocument({ data: new Uint8Array(await page.pdf({ format: 'A4' })), useSystemFonts: true }).promise;
	const pages = await Promise.all(Array.from({ length: pdf.numPages }, (_, index) => pdf.getPage(index + 1).then((p) => p.getTextContent())));
	return pages
		.flatMap((content) => content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? ' ' : '') : '')))
		.join('')
		.replace(/\s+/g, ' ');
}

/** A sentence's first words (enough to be distinctive), normalised as printedText normalises. */
const opening = (text: string, words = 5) => text.trim().split(/\s+/).slice(0, words).join(' ');

test('a lesson prints as a handout: the case and exhibits, checkpoints as a worksheet without answers or feedback', async ({ page }) => {
	await page.goto('/modules/owning-a-mistake/kutcher-paterno-tweet/');
	// Held on screen until the learner decides, the rest of the lesson still prints whole.
	await expect(page.getByRole('button', { name: 'See it anyway' })).toBeEnabled();
	const held = await printedText(page);
	expect(held).toContain('From the charges to the tweet');
	for (const question of scored) expect(held).toContain(opening(question.prompt));
	expect(held).toContain('What really happened');
	expect(held).toContain(opening(lesson.sources[0]?.title ?? '', 4));
	expect(held).not.toContain('See it anyway');
	expect(held).not.toContain('Decide first');

	await seeItAnyway(page);
	// Answer a checkpoint wrongly and open its answer first: the printout must still show none of it.
	const first = scored.find((question) => question.type === 'single');
	if (first?.type !== 'single') throw new Error('needs a single-choice question');
	const island = page.locator(`#checkpoint-${first.id}`);
	await island.scrollIntoViewIfNeeded();
	await expect(island).not.toHaveAttribute('data-state', 'loading');
	await island.getByRole('radio').filter({ hasNot: page.locator(':checked') }).nth(1).check();
	await island.getByRole('button', { name: 'Check' }).click();

	const text = await printedText(page);
	expect(text).toContain(lesson.title);
	expect(text).toContain('How do you fire Jo Pa?');
	expect(text).toContain('From the charges to the tweet');
	for (const question of scored) expect(text).toContain(opening(question.prompt));
	for (const question of scored) {
		if (question.type === 'ordering') continue;
		for (const option of question.options) expect(text).not.toContain(opening(option.feedback, 8));
	}
	for (const words of ['Not this one', 'Try again', 'Show the answer', 'Commit to this choice', 'Skip to content', 'Your progress', 'Answer and feedback']) {
		expect(text).not.toContain(words);
	}
	expect(text).toContain('Your choice, and why, in one line');
});

test('a teaching note prints with its answer key', async ({ page }) => {
	await page.goto('/modules/owning-a-mistake/teaching-note/');
	const text = await printedText(page);
	expect(text).toContain('Answer key');
	for (const question of scored) {
		const right = question.type === 'ordering' ? question.items[0]?.text : question.options.find((option) => option.correct)?.text;
		expect(text).toContain(opening(right ?? ''));
	}
	expect(text).not.toContain('Skip to content');
});
