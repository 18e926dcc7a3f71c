/**
 * The learner's side of the engine, in a real browser: answering, the
 * scenario, reflections, and progress that survives reloads, corrupted or
 * failing storage, a second tab, and an export and import.
 */

import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { presentationOrder } from '../../src/course/ordering';
import type { Lesson } from '../../src/schemas/lesson';
import type { ScoredQuestion } from '../../src/schemas/question';
import { readCourse } from '../support/read-course';
import { decide, lessonArticle, seeItAnyway } from './decide';

const { files } = readCourse();
const loaded = files?.lessons.find((lesson) => lesson.data.id === 'kutcher-paterno-tweet');
if (!loaded) throw new Error('The Kutcher lesson is missing: these tests walk it.');
const lesson: Lesson = loaded.data;
const LESSON_URL = '/modules/owning-a-mistake/kutcher-paterno-tweet/';
const PROGRESS_KEY = 'casebook:progress';
const scored = lesson.questions.filter((question): question is ScoredQuestion => question.type !== 'reflection');
const reflection = lesson.questions.find((question) => question.type === 'reflection');
const scenario = lesson.scenario;
if (!scenario || !reflection) throw new Error('The Kutcher lesson needs a scenario and a reflection.');

/** The first option of a choice question that is (or is not) correct. */
function optionOf(question: ScoredQuestion, correct: boolean): { text: string; feedback: string } {
	const option = question.type === 'ordering' ? undefined : question.options.find((candidate) => candidate.correct === correct);
	if (!option) throw new Error(`question "${question.id}" has no ${correct ? 'right' : 'wrong'} option`);
	return option;
}

const checkpoint = (page: Page, id: string) => page.locator(`#checkpoint-${id}`);
const stored = (page: Page) => page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY);

/** Presses Tab until the target has focus: how a keyboard user gets anywhere. */
async function tabTo(page: Page, target: Locator, limit = 60): Promise<void> {
	for (let presses = 0; presses < limit; presses += 1) {
		if (await target.evaluate((element) => element === document.activeElement)) return;
		await page.keyboard.press('Tab');
	}
	throw new Error(`could not reach ${target.toString()} with Tab`);
}

/** Waits until the island has hydrated (its controls are enabled). */
async function hydrated(island: Locator): Promise<void> {
	await island.scrollIntoViewIfNeeded();
	await expect(island).not.toHaveAttribute('data-state', 'loading');
}

/** Answers a checkpoint correctly, using only the keyboard. */
async function answerWithKeyboard(page: Page, question: ScoredQuestion): Promise<void> {
	const island = checkpoint(page, question.id);
	await hydrated(island);
	if (question.type === 'single') {
		const index = question.options.findIndex((option) => option.correct);
		await tabTo(page, island.getByRole('radio').first());
		await page.keyboard.press('Space');
		for (let step = 0; step < index; step += 1) await page.keyboard.press('ArrowDown');
	} else if (question.type === 'multiple') {
		for (const option of question.options.filter((candidate) => candidate.correct)) {
			await tabTo(page, island.getByRole('checkbox', { name: option.text }));
			await page.keyboard.press('Space');
		}
	} else {
		const order = presentationOrder(question.items).map((item) => item.id);
		for (const [target, item] of question.items.entries()) {
			let at = order.indexOf(item.id);
			if (at === target) continue;
			await tabTo(page, island.getByRole('button', { name: `Move up: ${item.text}` }));
			while (at > target) {
				await page.keyboard.press('Enter');
				order.splice(at, 1);
				order.splice(at - 1, 0, item.id);
				at -= 1;
			}
		}
	}
	await tabTo(page, island.getByRole('button', { name: 'Check' }));
	await page.keyboard.press('Enter');
	await expect(island).toHaveAttribute('data-state', 'right');
}

test.describe('the Kutcher lesson', () => {
	test('can be completed start to finish with the keyboard alone', async ({ page }) => {
		// A whole lesson, one key at a time: three scenario steps, every checkpoint, the reflection.
		test.slow();
		await page.goto(LESSON_URL);

		const decide = page.locator(`[data-scenario="${scenario.id}"]`).first();
		await hydrated(decide);
		for (const choiceId of scenario.historicalPath) {
			const node = scenario.nodes.find((candidate) => candidate.kind === 'decision' && candidate.choices.some((choice) => choice.id === choiceId));
			if (node?.kind !== 'decision') throw new Error(`no decision offers ${choiceId}`);
			const form = decide.locator('form');
			await tabTo(page, form.getByRole('radio').first());
			await page.keyboard.press('Space');
			const index = node.choices.findIndex((choice) => choice.id === choiceId);
			for (let step = 0; step < index; step += 1) await page.keyboard.press('ArrowDown');
			await tabTo(page, form.getByRole('textbox'));
			await page.keyboard.type(`Because of step ${choiceId}`);
			await tabTo(page, form.getByRole('radio', { name: 'A guess' }));
			await page.keyboard.press('Space');
			await page.keyboard.press('ArrowRight');
			await tabTo(page, form.getByRole('button', { name: 'Commit to this choice' }));
			await page.keyboard.press('Enter');
		}
		await expect(decide).toHaveAttribute('data-state', 'ended');
		await expect(decide.getByText('You reached the same ending as the real story.')).toBeVisible();
		await expect(lessonArticle(page)).toHaveAttribute('data-reveal', 'shown');
		const second = decide.getByRole('group', { name: 'Knowing what happened, would you make the same first call?' });
		// A radio group takes one Tab stop: the choice already checked, the learner's own first call.
		await tabTo(page, second.getByRole('radio', { checked: true }));
		await page.keyboard.press('ArrowDown');
		await tabTo(page, second.getByRole('button', { name: 'Save my second thought' }));
		await page.keyboard.press('Enter');
		await expect(second.getByRole('status')).toContainText('Saved');

		for (const question of scored) await answerWithKeyboard(page, question);

		const field = page.getByRole('textbox', { name: /Your reflection/ });
		await tabTo(page, field);
		await expect(page.locator('.reflection')).toHaveAttribute('data-state', 'ready');
		await page.keyboard.type('I would have read past the headline first.');
		await page.keyboard.press('Tab');

		await expect(page.getByText('Lesson completed.')).toBeVisible();
		await page.reload();
		// The browser restores the scroll position; the status sits at the top.
		await page.locator('.tracker').scrollIntoViewIfNeeded();
		await expect(page.getByText('Lesson completed.')).toBeVisible();
	});

	test('keeps an answer, its feedback and the first attempt across a reload', async ({ page }) => {
		await page.goto(LESSON_URL);
		await seeItAnyway(page);
		const question = scored.find((candidate) => candidate.type === 'single');
		if (question?.type !== 'single') throw new Error('needs a single-choice question');
		const island = checkpoint(page, question.id);
		await hydrated(island);
		await island.getByRole('radio', { name: optionOf(question, false).text }).check();
		await island.getByRole('button', { name: 'Check' }).click();
		await expect(island.getByRole('status')).toContainText('Not quite');
		await island.getByRole('button', { name: 'Try again' }).click();
		await island.getByRole('radio', { name: optionOf(question, true).text }).check();
		await island.getByRole('button', { name: 'Check' }).click();
		await expect(island).toHaveAttribute('data-state', 'right');

		await page.reload();
		await hydrated(island);
		await expect(island).toHaveAttribute('data-state', 'right');
		await expect(island.getByText(`Your first attempt scored 0 of ${question.points}`)).toBeVisible();
		await expect(island.getByText(optionOf(question, true).feedback)).toBeVisible();
	});

	test('shows the answer after a wrong attempt, and stays clean for axe with feedback open', async ({ page }) => {
		await page.goto(LESSON_URL);
		await seeItAnyway(page);
		const question = scored.find((candidate) => candidate.type === 'multiple');
		if (question?.type !== 'multiple') throw new Error('needs a multiple-select question');
		const island = checkpoint(page, question.id);
		await hydrated(island);
		await island.getByRole('checkbox', { name: optionOf(question, false).text }).check();
		await island.getByRole('button', { name: 'Check' }).click();
		await island.getByRole('button', { name: 'Show the answer' }).click();
		for (const option of question.options) await expect(island.getByText(option.feedback)).toBeVisible();
		const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']).analyze();
		expect(results.violations.map((violation) => violation.id)).toEqual([]);
	});

	test('keeps the scenario path and its reasons across a reload, and replays without losing them', async ({ page }) => {
		await page.goto(LESSON_URL);
		const decide = page.locator(`[data-scenario="${scenario.id}"]`).first();
		await hydrated(decide);
		const form = decide.locator('form');
		await form.getByRole('button', { name: 'Commit to this choice' }).click();
		await expect(form.getByRole('alert')).toContainText('Choose what you would do first');
		await form.getByRole('radio').first().check();
		await form.getByRole('button', { name: 'Commit to this choice' }).click();
		await expect(form.getByRole('alert')).toContainText('Give your reason');
		await form.getByRole('textbox').fill('Speed matters more than polish.');
		await form.getByRole('button', { name: 'Commit to this choice' }).click();
		await expect(form.getByRole('alert')).toContainText('Say how sure you are');
		await form.getByRole('radio', { name: 'Certain' }).check();
		await form.getByRole('button', { name: 'Commit to this choice' }).click();
		await expect(decide.getByRole('heading', { name: 'Decision 2' })).toBeFocused();

		await page.reload();
		await decide.scrollIntoViewIfNeeded();
		await expect(decide.getByRole('heading', { name: 'Decision 2' })).toBeVisible();
		const runs = JSON.parse((await stored(page)) ?? '{}').scenarios[scenario.id].runs;
		expect(runs[0].steps[0]).toMatchObject({ rationale: 'Speed matters more than polish.', confidence: 4 });
	});

	test('shows an answer given in another tab without a reload', async ({ context }) => {
		const first = await context.newPage();
		const second = await context.newPage();
		await first.goto(LESSON_URL);
		await seeItAnyway(first);
		await second.goto(LESSON_URL);
		const question = scored.find((candidate) => candidate.type === 'single');
		if (question?.type !== 'single') throw new Error('needs a single-choice question');
		await hydrated(checkpoint(second, question.id));
		await hydrated(checkpoint(first, question.id));
		await checkpoint(first, question.id).getByRole('radio', { name: optionOf(question, true).text }).check();
		await checkpoint(first, question.id).getByRole('button', { name: 'Check' }).click();
		await expect(checkpoint(second, question.id)).toHaveAttribute('data-state', 'right');
	});
});

/** A path through the scenario that starts with `first` and then takes each decision's first choice to an ending. */
function pathFrom(first: string): string[] {
	const path = [first];
	const byId = new Map(scenario?.nodes.map((node) => [node.id, node]));
	let next = scenario?.nodes.flatMap((node) => (node.kind === 'decision' ? node.choices : [])).find((choice) => choice.id === first)?.next;
	for (let node = next ? byId.get(next) : undefined; node?.kind === 'decision'; node = next ? byId.get(next) : undefined) {
		const choice = node.choices[0];
		if (!choice) break;
		path.push(choice.id);
		next = choice.next;
	}
	return path;
}

test.describe('deciding before knowing', () => {
	/** Parts of the page that tell what really happened: each must stay out of sight until the learner decides. */
	const outcome = (page: Page) => [
		page.locator('.reveal__path'),
		page.getByRole('region', { name: 'What really happened' }),
		page.getByRole('region', { name: 'Checkpoints' }),
		page.getByRole('region', { name: 'Takeaways' }),
		page.getByRole('region', { name: 'Sources' }),
		page.getByText(reflection.prompt),
	];

	test('holds everything after the decision until the learner commits, then shows it at once, on this visit and the next', async ({ page }) => {
		await page.goto(LESSON_URL);
		await expect(page.getByRole('button', { name: 'See it anyway' })).toBeEnabled();
		await expect(lessonArticle(page)).toHaveAttribute('data-reveal', 'held');
		for (const part of outcome(page)) await expect(part).toBeHidden();
		const contents = page.getByRole('navigation', { name: 'Lesson sections' });
		await expect(contents.getByRole('link', { name: 'Checkpoints (after your decision)' })).toBeVisible();
		await expect(contents.getByRole('link', { name: 'Sources (after your decision)' })).toBeVisible();
		await expect(contents.getByRole('link', { name: 'Exhibits', exact: true })).toBeVisible();
		// Scrolling to the bottom of the page shows none of it either.
		await page.keyboard.press('End');
		for (const part of outcome(page)) await expect(part).toBeHidden();

		// A path of the learner's own, off the real one where it can be: the map draws both.
		const own = scenario.nodes.find((node) => node.id === scenario.start);
		const firstMove = own?.kind === 'decision' ? own.choices.find((choice) => choice.id !== scenario.historicalPath[0]) : undefined;
		const path = firstMove ? pathFrom(firstMove.id) : scenario.historicalPath;
		await decide(page, scenario, path);
		await expect(page.getByRole('button', { name: 'See it anyway' })).toHaveCount(0);
		for (const part of outcome(page)) await expect(part).toBeVisible();
		const map = page.locator('.reveal__path svg');
		await expect(map).toBeVisible();
		expect(await map.locator('[data-choice][data-mine]').evaluateAll((lines) => lines.map((line) => line.getAttribute('data-choice')))).toEqual(path);
		expect((await map.locator('[data-choice][data-real]').evaluateAll((lines) => lines.map((line) => line.getAttribute('data-choice')))).sort()).toEqual([...scenario.historicalPath].sort());
		await expect(contents.getByRole('link', { name: 'Checkpoints', exact: true })).toBeVisible();
		const runs = JSON.parse((await stored(page)) ?? '{}').scenarios[scenario.id].runs;
		expect(runs[0].revealedEarlyAt).toBeUndefined();

		await page.reload();
		await expect(lessonArticle(page)).toHaveAttribute('data-reveal', 'shown');
		for (const part of outcome(page)) await expect(part).toBeVisible();

		// A link into the held part, opened afresh, lands there once it shows.
		await page.goto('/');
		await page.goto(`${LESSON_URL}#checkpoints`);
		await expect(page.getByRole('heading', { name: 'Checkpoints', exact: true })).toBeInViewport();
	});

	test('"See it anyway" shows it, marks the run as revealed before deciding, and says so at the decision', async ({ page }) => {
		await page.goto(LESSON_URL);
		await seeItAnyway(page);
		await expect(page.getByRole('heading', { name: 'What really happened' })).toBeFocused();
		for (const part of outcome(page)) await expect(part).toBeVisible();
		const runs = JSON.parse((await stored(page)) ?? '{}').scenarios[scenario.id].runs;
		expect(runs).toHaveLength(1);
		expect(runs[0].revealedEarlyAt).toMatch(/^\d{4}-/);
		await expect(page.getByText('You saw what really happened before deciding')).toBeVisible();
	});
});

test.describe('deciding before knowing, with JavaScript off', () => {
	test.use({ javaScriptEnabled: false });

	test('the part after the decision sits in a closed disclosure that asks the learner to decide first', async ({ page }) => {
		await page.goto(LESSON_URL);
		const disclosure = page.locator('details.held__disclosure');
		await expect(disclosure).not.toHaveAttribute('open');
		const label = disclosure.locator(':scope > summary');
		await expect(label).toHaveText(/^Decide first/);
		await expect(page.getByRole('region', { name: 'What really happened' })).toBeHidden();
		await expect(page.getByRole('region', { name: 'Sources' })).toBeHidden();
		await label.click();
		await expect(page.getByRole('region', { name: 'What really happened' })).toBeVisible();
		await expect(page.getByRole('region', { name: 'Sources' })).toBeVisible();
	});
});

test.describe('storage that fails', () => {
	test('corrupted progress leaves a working page, a notice and a backup to download', async ({ page }) => {
		await page.goto(LESSON_URL);
		await page.evaluate((key) => localStorage.setItem(key, '{"version":1,"questions":'), PROGRESS_KEY);
		await page.reload();
		await expect(page.getByRole('alert').filter({ hasText: 'could not be read' })).toBeVisible();
		const backups = await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('casebook:backup:')));
		expect(backups).toHaveLength(1);
		const backup = JSON.parse((await page.evaluate((key) => localStorage.getItem(key), backups[0] ?? '')) ?? '{}');
		expect(backup.raw).toBe('{"version":1,"questions":');

		const question = scored[0];
		if (!question) throw new Error('needs a checkpoint');
		await seeItAnyway(page);
		await answerWithKeyboard(page, question);
		expect(JSON.parse((await stored(page)) ?? '{}').questions[question.id]).toBeDefined();

		await page.goto('/progress/');
		const download = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Download the unreadable data' }).click();
		const path = await (await download).path();
		expect(readFileSync(path, 'utf8')).toBe('{"version":1,"questions":');
	});

	test('a future version is kept aside, not overwritten', async ({ page }) => {
		await page.goto(LESSON_URL);
		const future = JSON.stringify({ version: 99, questions: {} });
		await page.evaluate(([key, value]) => localStorage.setItem(key ?? '', value ?? ''), [PROGRESS_KEY, future]);
		await page.goto('/progress/');
		await expect(page.getByText(/newer version of Casebook/)).toBeVisible();
	});

	test('storage that throws leaves a working page and says progress will not be saved', async ({ page }) => {
		await page.addInitScript(() => {
			const refuse = () => {
				throw new DOMException('blocked', 'SecurityError');
			};
			for (const method of ['getItem', 'setItem', 'removeItem', 'key'] as const) Storage.prototype[method] = refuse;
		});
		await page.goto(LESSON_URL);
		await expect(page.getByRole('alert').filter({ hasText: 'not saving your progress' })).toBeVisible();
		await seeItAnyway(page);
		const question = scored[0];
		if (!question) throw new Error('needs a checkpoint');
		await answerWithKeyboard(page, question);
	});
});

test.describe('the progress page', () => {
	test('exports everything, and after a reset imports it back exactly', async ({ page }) => {
		await page.goto(LESSON_URL);
		await decide(page, scenario);
		await page.getByRole('group', { name: /would you make the same first call/ }).getByRole('radio').last().check();
		await page.getByRole('button', { name: 'Save my second thought' }).click();
		for (const question of scored.slice(0, 3)) await answerWithKeyboard(page, question);
		const field = page.getByRole('textbox', { name: /Your reflection/ });
		await field.scrollIntoViewIfNeeded();
		await expect(page.locator('.reflection')).toHaveAttribute('data-state', 'ready');
		await field.fill('Exported and back again.');
		await field.blur();
		await expect.poll(async () => JSON.parse((await stored(page)) ?? '{}').reflections?.[reflection.id]?.text).toBe('Exported and back again.');
		const before = JSON.parse((await stored(page)) ?? '{}');

		await page.goto('/progress/');
		// Each module's card wakes as it comes into view.
		const card = page.locator('[data-module="owning-a-mistake"]');
		await card.scrollIntoViewIfNeeded();
		await expect(card.locator('.item-status')).toHaveAttribute('data-state', 'in-progress');
		await expect(page.getByText('Exported and back again.')).toBeVisible();
		const download = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Export progress' }).click();
		const file = await (await download).path();
		const exported = JSON.parse(readFileSync(file, 'utf8'));
		expect(exported).toMatchObject({ format: 'casebook-progress', schemaVersion: 2 });
		const [run] = exported.progress.scenarios[scenario.id].runs;
		expect(run.steps.map((step: { confidence: number }) => step.confidence)).toEqual(scenario.historicalPath.map(() => 3));
		expect(run.second.choice).toBeDefined();

		await page.getByRole('button', { name: 'Reset progress…' }).click();
		await page.getByRole('button', { name: 'Yes, reset everything' }).click();
		await card.scrollIntoViewIfNeeded();
		await expect(card.locator('.item-status')).toHaveAttribute('data-state', 'not-started');

		await page.getByLabel('Import progress…').setInputFiles(file);
		await expect(page.getByRole('heading', { name: /^Import/ })).toBeVisible();
		await expect(page.getByText(/new items?:/)).toBeVisible();
		await page.getByRole('button', { name: 'Apply the import' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toBeVisible();
		expect(JSON.parse((await stored(page)) ?? '{}')).toEqual(before);
	});

	test('refuses a file that is not a progress file, shows it only as text, and changes nothing', async ({ page }) => {
		page.on('dialog', () => {
			throw new Error('a script in the imported file ran');
		});
		await page.goto(LESSON_URL);
		await seeItAnyway(page);
		await answerWithKeyboard(page, scored[0] as ScoredQuestion);
		const before = await stored(page);
		await page.goto('/progress/');
		await expect(page.getByRole('button', { name: 'Export progress' })).toBeEnabled();
		await page.getByLabel('Import progress…').setInputFiles({ name: 'evil.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"casebook-progress","schemaVersion":1,"courseVersion":"x","exportedAt":"y","progress":{"version":1,"questions":{"<img src=x onerror=alert(1)>":{}}}}') });
		await expect(page.getByRole('status').filter({ hasText: 'cannot be read' })).toBeVisible();
		await expect(page.getByRole('status').filter({ hasText: 'Nothing was changed' })).toBeVisible();
		expect(await stored(page)).toBe(before);
	});
});

test.describe('coming back', () => {
	test('home offers to continue where the learner left off, and lists show each item’s status', async ({ page }) => {
		await page.goto('/');
		await expect(page.getByRole('link', { name: 'Start the course' })).toBeVisible();
		await page.goto(LESSON_URL);
		await seeItAnyway(page);
		await answerWithKeyboard(page, scored[0] as ScoredQuestion);

		await page.goto('/');
		// The home page carries no lesson's outline: its cards and its Continue link read /outline.json.
		const home = await (await page.request.get('/')).text();
		expect(home).not.toContain(lesson.title);
		await expect(page.locator('.module-card', { hasText: 'Owning a mistake in public' }).locator('.item-status')).toHaveAttribute('data-state', 'in-progress');
		await page.getByRole('link', { name: `Continue: ${lesson.title}` }).click();
		await expect(page).toHaveURL(new RegExp(`${LESSON_URL}$`));

		await page.goto('/modules/owning-a-mistake/');
		await expect(page.getByText(`In progress: 1 of ${scored.length + 2} done`)).toBeVisible();
		await expect(page.locator('header').getByText(/0 of \d+ lessons completed/)).toBeVisible();
	});

	test('when the course outline cannot be fetched, home still starts the course and the progress page says why assignments are missing', async ({ page }) => {
		await page.goto(LESSON_URL);
		await seeItAnyway(page);
		await answerWithKeyboard(page, scored[0] as ScoredQuestion);
		await page.route('**/outline.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"version":"1","modules":[{"id":"<b>x</b>"}]}' }));
		await page.goto('/');
		await expect(page.getByRole('link', { name: 'Start the course' })).toBeVisible();
		await expect(page.locator('.module-card .item-status').first()).toHaveAttribute('data-state', 'unknown');
		await page.goto('/progress/');
		await expect(page.getByRole('alert').filter({ hasText: 'could not read the course outline' })).toBeVisible();
		// Nothing the learner had is touched.
		expect(await stored(page)).toContain(scored[0]?.id);
	});

	test('the capstone’s reflections are assembled into a playbook on the progress page', async ({ page }) => {
		await page.goto('/modules/capstone-playbook/capstone-your-crisis/');
		await seeItAnyway(page);
		const field = page.getByRole('textbox', { name: /Your reflection/ }).first();
		await field.scrollIntoViewIfNeeded();
		await expect(page.locator('.reflection').first()).toHaveAttribute('data-state', 'ready');
		await field.fill('Within the hour: pause scheduled posts, then speak.');
		await field.blur();
		await page.goto('/progress/');
		const playbook = page.getByRole('region', { name: 'Your crisis playbook' });
		await expect(playbook.getByText('Within the hour: pause scheduled posts, then speak.')).toBeVisible();
		const download = page.waitForEvent('download');
		await playbook.getByRole('button', { name: 'Download your playbook' }).click();
		expect(readFileSync(await (await download).path(), 'utf8')).toContain('Within the hour: pause scheduled posts, then speak.');
	});
});

test('the privacy page deletes everything Casebook keeps, after a confirmation', async ({ page }) => {
	await page.goto(LESSON_URL);
	await seeItAnyway(page);
	await answerWithKeyboard(page, scored[0] as ScoredQuestion);
	await page.goto('/privacy/');
	await page.getByLabel('Theme').selectOption('dark');
	await page.getByLabel('Text size').selectOption('large');
	await page.getByRole('button', { name: 'Delete everything Casebook keeps…' }).click();
	await page.getByRole('button', { name: 'Yes, delete everything' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'has been deleted' })).toBeVisible();
	expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('casebook:')))).toEqual([]);
});
