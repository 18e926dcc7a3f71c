/**
 * The instructor's loop in a real browser, from the static site alone:
 * build an assignment, open it as a learner, complete it, make a receipt,
 * check it, download the gradebook CSV and read its row. Then hostile
 * links and receipts, each of which must end in a clear message, with no
 * script run and nothing the learner had lost.
 */

import { readFileSync } from 'node:fs';
import { expect, test, type Browser, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { encodeAssignment } from '../../src/course/assignment';
import { encodeBase64Url } from '../../src/course/base64url';
import { presentationOrder } from '../../src/course/ordering';
import { CODE_PREFIX, encodeReceiptCode, makeReceipt } from '../../src/course/receipt';
import type { Lesson } from '../../src/schemas/lesson';
import { readCourse } from '../support/read-course';
import { decide, lessonArticle } from './decide';

const { files } = readCourse();
const courseVersion = files?.course.data.version ?? '';
const lessonData = (id: string): Lesson => {
	const found = files?.lessons.find((lesson) => lesson.data.id === id)?.data;
	if (!found) throw new Error(`lesson ${id} is missing`);
	return found;
};
const KUTCHER = lessonData('kutcher-paterno-tweet');
const LESSON_URL = '/modules/owning-a-mistake/kutcher-paterno-tweet/';
const PWNED = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';

/** Fails the test if the page ever opens a dialog or a payload ever runs. */
function guard(page: Page): void {
	page.on('dialog', (dialog) => {
		throw new Error(`a dialog opened: ${dialog.message()}`);
	});
}
const pwned = (page: Page) => page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned);
/** Whether any payload became an element: an image with its src, or a script with its text. */
const injected = (page: Page) => page.evaluate(() => document.querySelectorAll('img[src="x"]').length + [...document.scripts].filter((script) => script.textContent.includes('__pwned')).length);
const SHORT_PWNED = '<img src=x onerror=alert(1)>';
/** A link the builder made before holds existed (commit a2e092e), kept as it was: it must open as it always did. */
const LINK_BEFORE_HOLDS = {
	fragment:
		'a=eyJ2IjoxLCJ0IjoiV2VlayAwOiBzZXQgYmVmb3JlIGhvbGRzIiwibSI6WyJvd25pbmctYS1taXN0YWtlIl0sImwiOltdLCJkIjoiMjAzMC0wMS0wMVQxMjowMFoiLCJ6IjoiRXVyb3BlL0xvbmRvbiIsInAiOjYwLCJzIjpmYWxzZSwiY3YiOiIyMDI2LjExLjAifQ',
	id: 'ae74999ce054',
};

/** Completes a lesson with the mouse: the real path through its scenario, every checkpoint right, its reflection written. */
async function completeLesson(page: Page, lesson: Lesson, url: string): Promise<void> {
	await page.goto(url);
	const scenario = lesson.scenario;
	if (scenario) {
		const decide = page.locator(`[data-scenario="${scenario.id}"]`).first();
		await decide.scrollIntoViewIfNeeded();
		for (const choiceId of scenario.historicalPath) {
			const node = scenario.nodes.find((candidate) => candidate.kind === 'decision' && candidate.choices.some((choice) => choice.id === choiceId));
			if (node?.kind !== 'decision') throw new Error(`no decision offers ${choiceId}`);
			const form = decide.locator('form');
			await form.getByRole('radio').nth(node.choices.findIndex((choice) => choice.id === choiceId)).check();
			await form.getByRole('textbox').fill('Because it is what I would do.');
			await form.getByRole('radio', { name: 'Fairly sure' }).check();
			await form.getByRole('button').click();
		}
		await expect(decide).toHaveAttribute('data-state', 'ended');
	}
	for (const question of lesson.questions) {
		if (question.type === 'reflection') {
			const field = page.locator(`#reflect-${question.id} textarea, [id="reflect-${question.id}"] textarea`).first();
			await field.scrollIntoViewIfNeeded();
			await expect(page.locator('.reflection').first()).toHaveAttribute('data-state', 'ready');
			await field.fill('I would read past the headline before posting.');
			await field.blur();
			continue;
		}
		const island = page.locator(`#checkpoint-${question.id}`);
		await island.scrollIntoViewIfNeeded();
		await expect(island).not.toHaveAttribute('data-state', 'loading');
		if (question.type === 'single') await island.getByRole('radio', { name: question.options.find((option) => option.correct)?.text ?? '' }).check();
		else if (question.type === 'multiple') for (const option of question.options.filter((candidate) => candidate.correct)) await island.getByRole('checkbox', { name: option.text }).check();
		else {
			const order = presentationOrder(question.items).map((item) => item.id);
			for (const [target, item] of question.items.entries()) {
				while (order.indexOf(item.id) > target) {
					const at = order.indexOf(item.id);
					await island.getByRole('button', { name: `Move up: ${item.text}` }).click();
					order.splice(at, 1);
					order.splice(at - 1, 0, item.id);
				}
			}
		}
		await island.getByRole('button', { name: 'Check' }).click();
		await expect(island).toHaveAttribute('data-state', 'right');
	}
	await expect(page.getByText('Lesson completed.')).toBeVisible();
}

async function readDownload(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string; path: string }> {
	const [download] = await Promise.all([page.waitForEvent('download'), click()]);
	const path = await download.path();
	return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8'), path };
}

async function newPage(browser: Browser): Promise<Page> {
	const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
	const page = await context.newPage();
	guard(page);
	return page;
}

test('the whole loop: build, open, complete, receipt, check, CSV', async ({ browser }) => {
	test.setTimeout(120_000);
	// The instructor.
	const instructor = await newPage(browser);
	await instructor.goto('/instructors/');
	await instructor.getByRole('link', { name: 'assignment builder' }).click();
	await expect(instructor.locator('form.builder')).toHaveAttribute('data-ready', '');
	await instructor.getByRole('button', { name: 'Make the assignment link' }).click();
	await expect(instructor.getByRole('alert')).toContainText('Choose at least one module or lesson.');
	await expect(instructor.getByRole('alert')).toContainText('Give the assignment a title.');

	await instructor.getByRole('checkbox', { name: KUTCHER.title }).check();
	await instructor.getByLabel('Title').fill('Week 1: the Paterno tweet');
	await instructor.getByLabel('Time zone').selectOption('America/Chicago');
	await instructor.getByLabel('Pass mark').fill('80');
	await instructor.getByLabel('Your name (optional)').fill('Dr. Rivera');
	await instructor.getByLabel('Course code (optional)').fill('COMM 214');
	await instructor.getByRole('button', { name: 'Make the assignment link' }).click();

	const link = await instructor.getByLabel('Link', { exact: true }).inputValue();
	expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/assignment\/#a=[A-Za-z0-9_-]+$/);
	expect(link.length).toBeLessThan(1000);
	// The QR code, photographed off the page, reads back as the link.
	const qr = PNG.sync.read(await instructor.getByRole('img', { name: 'QR code of the assignment link' }).screenshot());
	expect(jsQR(new Uint8ClampedArray(qr.data), qr.width, qr.height)?.data).toBe(link);
	const preview = instructor.locator('[data-made] .assignment-card');
	await expect(preview).toContainText('Week 1: the Paterno tweet');
	await expect(preview).toContainText('Set by Dr. Rivera · COMM 214');
	await expect(preview).toContainText('America/Chicago');
	await expect(preview).toContainText(KUTCHER.title);

	// The learner.
	const learner = await newPage(browser);
	await learner.goto(link);
	await expect(learner.getByRole('status').filter({ hasText: 'now saved among your assignments' })).toBeVisible();
	const card = learner.locator('.assignment-card');
	await expect(card).toContainText('Week 1: the Paterno tweet');
	await expect(card).toContainText('80 %');
	await expect(card.locator('[data-standing]')).toContainText('0 of 1 lessons completed');
	await expect(card).toHaveAttribute('data-due-state', 'open');

	await completeLesson(learner, KUTCHER, LESSON_URL);

	await learner.goto('/progress/');
	const listed = learner.locator('.assignment-list li').first();
	await expect(listed).toContainText('Week 1: the Paterno tweet');
	await expect(listed).toHaveAttribute('data-due-state', 'done');
	await listed.getByRole('link').click();
	await expect(card.locator('[data-standing]')).toContainText('1 of 1 lessons completed');
	await expect(card.locator('[data-standing]')).toContainText('(100 %)');

	await learner.getByRole('button', { name: 'Make my receipt' }).click();
	await expect(learner.getByRole('alert')).toHaveText('Enter the name your instructor knows you by.');
	await learner.getByLabel('Your name, as your instructor knows you').fill('Ada Lovelace');
	await learner.getByRole('button', { name: 'Make my receipt' }).click();
	await expect(learner.getByRole('alert')).toHaveText('This assignment asks for your student ID or username.');
	await learner.getByLabel(/Student ID or username/).fill('ada01');
	await learner.getByRole('button', { name: 'Make my receipt' }).click();
	await expect(learner.getByText('Receipt for complete work.')).toBeVisible();
	const code = await learner.getByLabel('Receipt code').inputValue();
	expect(code.startsWith(CODE_PREFIX)).toBe(true);
	await learner.getByRole('button', { name: 'Copy the code' }).click();
	expect(await learner.evaluate(() => navigator.clipboard.readText())).toBe(code);
	const file = await readDownload(learner, () => learner.getByRole('button', { name: 'Download the receipt file' }).click());
	expect(file.name).toMatch(/^casebook-receipt-[0-9a-f]{12}\.json$/);
	expect(JSON.parse(file.text)).toMatchObject({ format: 'casebook-receipt', learner: { name: 'Ada Lovelace', studentId: 'ada01' }, complete: true, percent: 100 });

	// The instructor again: check the code and the file.
	await instructor.getByRole('link', { name: 'Check receipts for it' }).click();
	await expect(instructor.locator('.checker')).toHaveAttribute('data-ready', '');
	await expect(instructor.getByText('Checking against')).toContainText('Week 1: the Paterno tweet');
	await instructor.getByLabel(/Receipt codes/).fill(`${code}\n\nnot-a-receipt`);
	await instructor.getByRole('button', { name: 'Check the codes' }).click();
	const rows = instructor.locator('tbody tr');
	await expect(rows).toHaveCount(2);
	await expect(rows.nth(0)).toContainText('Ada Lovelace');
	await expect(rows.nth(0)).toContainText('Complete, passed');
	await expect(rows.nth(0)).toContainText('100 %');
	await expect(rows.nth(0)).toContainText('on time');
	await expect(rows.nth(1)).toContainText('Not accepted');
	await expect(rows.nth(1)).toContainText('Not a Casebook receipt code');

	await instructor.locator('input[type=file]').setInputFiles(file.path);
	await expect(rows).toHaveCount(3);
	await expect(rows.nth(2)).toContainText('Complete, passed');
	await expect(rows.nth(2)).toContainText('newer receipt from this learner');

	const csv = await readDownload(instructor, () => instructor.getByRole('button', { name: 'Download the CSV' }).click());
	expect(csv.name).toMatch(/^casebook-canvas-\d{4}-\d{2}-\d{2}\.csv$/);
	expect(csv.text).toBe('Student,ID,SIS User ID,SIS Login ID,Section,Week 1: the Paterno tweet\r\nPoints Possible,,,,,100\r\nAda Lovelace,,,ada01,,100\r\n');

	await instructor.getByRole('radio', { name: 'Moodle grade import' }).check();
	const moodle = await readDownload(instructor, () => instructor.getByRole('button', { name: 'Download the CSV' }).click());
	expect(moodle.text.split('\r\n')[1]).toBe('ada01,Ada Lovelace,100,"Complete, passed, on time."');
	expect(await pwned(instructor)).toBeUndefined();
});

test('a hold: the builder explains it and keeps it before the due date, the learner reads when the outcome opens, and a link from before holds opens as it did', async ({ browser }) => {
	// Both clocks a week before class, in London, so that dates read the same on both sides.
	const before = new Date('2026-12-01T10:00:00Z');
	const instructor = await (await browser.newContext({ timezoneId: 'Europe/London' })).newPage();
	guard(instructor);
	await instructor.clock.setFixedTime(before);
	await instructor.goto('/instructors/assign/');
	await expect(instructor.locator('form.builder')).toHaveAttribute('data-ready', '');
	await instructor.getByRole('checkbox', { name: KUTCHER.title }).check();
	await instructor.getByLabel('Title').fill('Week 2: debrief in class');
	await instructor.getByLabel('Due date').fill('2026-12-10');
	await instructor.getByLabel('Time zone').selectOption('Europe/London');

	// The box says, to a screen reader too, that this is a class's rhythm and not a lock; the keyboard ticks it.
	const hold = instructor.getByRole('checkbox', { name: 'Keep what really happened hidden until…' });
	await expect(hold).toHaveAccessibleDescription(/sets the rhythm of the class; it is not a lock\. The pages are public, so a learner who never opened the link, or who uses another browser, can read the outcome/);
	await expect(instructor.getByText('it is not a lock')).toBeVisible();
	await hold.focus();
	await instructor.keyboard.press('Space');
	await expect(hold).toBeChecked();
	const holdDate = instructor.getByLabel('Hidden until: date');
	await holdDate.fill('2026-12-11');
	await instructor.getByLabel(/Hidden until: time \(Europe\/London/).fill('14:00');
	await instructor.getByRole('button', { name: 'Make the assignment link' }).click();
	await expect(instructor.getByRole('alert')).toContainText('learners could not finish the checkpoints in time');
	await expect(holdDate).toHaveAccessibleDescription(/past the due date/);
	await expect(instructor.locator('[data-made]')).toHaveCount(0);

	await holdDate.fill('2026-12-08');
	await instructor.getByRole('button', { name: 'Make the assignment link' }).click();
	const opens = /^Your instructor is keeping what really happened hidden until Tuesday,? 8 December 2026(,| at) 14:00 \(Europe\/London time\) — decide before then; you’ll see it in class\.$/;
	await expect(instructor.locator('[data-made] [data-held-until="2026-12-08T14:00Z"]')).toHaveText(opens);
	const link = await instructor.getByLabel('Link', { exact: true }).inputValue();

	// The learner, who opened the link before class.
	const learner = await (await browser.newContext({ timezoneId: 'Europe/London' })).newPage();
	guard(learner);
	await learner.clock.setFixedTime(before);
	await learner.goto(link);
	const card = learner.locator('.assignment-card');
	await expect(card).toContainText('Week 2: debrief in class');
	await expect(card.locator('[data-held-until="2026-12-08T14:00Z"]')).toHaveText(opens);

	// Before class, the lesson takes the decision as usual and keeps the outcome back, with no way round it on the page.
	await learner.goto(LESSON_URL);
	await expect(lessonArticle(learner)).toHaveAttribute('data-reveal', 'class');
	await expect(learner.getByText('Held for class.')).toBeVisible();
	// On the learner's own clock, in their browser's language (en-US here).
	await expect(learner.getByText(/keeping what really happened until Tue,? (8 Dec|Dec 8),? (14:00|02:00 PM)\./)).toBeVisible();
	await expect(learner.getByRole('button', { name: 'See it anyway' })).toHaveCount(0);
	const scenario = KUTCHER.scenario;
	if (!scenario) throw new Error('The Kutcher lesson needs a scenario.');
	await decide(learner, scenario);
	await expect(learner.getByRole('heading', { name: 'Your decision is in' })).toBeVisible();
	// No ending: its title and debrief tell what really happened.
	for (const node of scenario.nodes) if (node.kind === 'outcome') await expect(learner.getByRole('heading', { name: node.title, exact: true })).toHaveCount(0);
	await expect(learner.getByRole('region', { name: 'What really happened' })).toBeHidden();
	await expect(learner.getByRole('region', { name: 'Checkpoints' })).toBeHidden();

	// After the hold, the same browser sees the ending and everything after the decision.
	await learner.clock.setFixedTime(new Date('2026-12-08T14:01:00Z'));
	await learner.reload();
	await expect(lessonArticle(learner)).toHaveAttribute('data-reveal', 'shown');
	await expect(learner.getByRole('region', { name: 'What really happened' })).toBeVisible();
	await expect(learner.getByText('You reached the same ending as the real story.')).toBeVisible();
	await learner.clock.setFixedTime(before);

	// A link made before holds: the same assignment, by the same id, with nothing held.
	await learner.goto(`/assignment/#${LINK_BEFORE_HOLDS.fragment}`);
	await expect(learner.getByRole('status').filter({ hasText: 'now saved among your assignments' })).toBeVisible();
	await expect(card).toHaveAttribute('data-assignment', LINK_BEFORE_HOLDS.id);
	await expect(card).toContainText('Week 0: set before holds');
	await expect(card).toContainText(/1 January 2030(,| at) 12:00 \(Europe\/London time\)/);
	await expect(card).toContainText('60 %');
	await expect(card).not.toContainText('hidden');
	const saved = await learner.evaluate(() => JSON.parse(localStorage.getItem('casebook:assignments') ?? '{}') as { items: { fragment: string }[] });
	expect(saved.items.map((item) => item.fragment)).toEqual([link.split('#')[1], LINK_BEFORE_HOLDS.fragment]);
});

test.describe('hostile assignment links', () => {
	const valid = encodeAssignment({
		title: 'Week 2',
		modules: ['owning-a-mistake'],
		lessons: [],
		due: '2030-01-01T12:00Z',
		zone: 'UTC',
		passMark: 70,
		askStudentId: false,
		courseVersion,
	});
	const payload = JSON.parse(Buffer.from(valid.fragment.slice(2), 'base64url').toString('utf8')) as Record<string, unknown>;
	const withField = (over: Record<string, unknown>) => `a=${encodeBase64Url(JSON.stringify({ ...payload, ...over }))}`;

	const cases: [string, string, RegExp][] = [
		['markup in the fragment', `a=${PWNED}`, /damaged or incomplete/],
		['a script in a field', withField({ t: `x\n${PWNED}` }), /not valid/],
		['a huge fragment', `a=${'A'.repeat(50_000)}`, /too long/],
		['a truncated link', valid.fragment.slice(0, -9), /damaged|not valid/],
		['a newer version', withField({ v: 9 }), /newer version/],
		['an unknown module', withField({ m: [PWNED] }), /not valid/],
		['a module this course lacks', withField({ m: ['no-such-module'] }), /no-such-module/],
		['no work in it', withField({ m: [] }), /no modules or lessons/],
		['a broken due date', withField({ d: 'tomorrow' }), /not valid/],
	];

	test('each ends in a clear message, runs nothing, and leaves progress and saved assignments as they were', async ({ page }) => {
		guard(page);
		// A learner with progress and one saved assignment already.
		await page.goto(`/assignment/#${valid.fragment}`);
		await expect(page.locator('.assignment-card')).toContainText('Week 2');
		await page.evaluate(() => localStorage.setItem('casebook:progress', JSON.stringify({ version: 2, questions: {}, scenarios: {}, reflections: { 'paterno-reflection': { text: 'Mine.', updatedAt: '2026-11-20T10:00:00.000Z' } }, lessons: {} })));
		const before = await page.evaluate(() => [localStorage.getItem('casebook:progress'), localStorage.getItem('casebook:assignments')]);

		for (const [name, fragment, message] of cases) {
			await page.goto('about:blank');
			await page.goto(`/assignment/#${fragment}`);
			const alert = page.locator('[data-kind="bad-link"]');
			await expect(alert, name).toContainText('This assignment link could not be opened.');
			await expect(alert, name).toContainText(message);
			await expect(alert, name).toContainText('Nothing was saved and your progress is as it was.');
			expect(await pwned(page), name).toBeUndefined();
			expect(await injected(page), name).toBe(0);
			expect(await page.evaluate(() => [localStorage.getItem('casebook:progress'), localStorage.getItem('casebook:assignments')]), name).toEqual(before);
			// The assignment saved before is still listed.
			await expect(page.locator('.assignment-list'), name).toContainText('Week 2');
		}
	});

	test('a title that looks like markup is shown as text', async ({ page }) => {
		guard(page);
		await page.goto(`/assignment/#${withField({ t: PWNED })}`);
		await expect(page.locator('.assignment-card__title')).toHaveText(PWNED);
		expect(await pwned(page)).toBeUndefined();
	});

	test('saved assignments that cannot be read are kept aside, not lost', async ({ page }) => {
		guard(page);
		await page.goto('/');
		await page.evaluate(() => localStorage.setItem('casebook:assignments', '{"version":1,"items":"broken'));
		await page.goto('/assignment/');
		await expect(page.locator('.notice[data-kind="backup"]')).toContainText('saved assignments could not be read');
		const keys = await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('casebook:backup:')));
		expect(keys).toHaveLength(1);
		expect(await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}').raw, keys[0] ?? '')).toBe('{"version":1,"items":"broken');
	});
});

test('hostile receipts each end in a clear row, shown only as text', async ({ page }) => {
	guard(page);
	const assignment = { id: '0123456789ab', title: 'Week 3', due: '2030-01-01T12:00Z', passMark: 70 };
	const standing = { units: [{ id: 'owning-a-mistake', title: PWNED, lessonsDone: 1, lessonsTotal: 2, earned: 3, available: 10 }], lessonsDone: 1, lessonsTotal: 2, earned: 3, available: 10, percent: 30, complete: false, passed: false };
	// A receipt with markup in every text field; its digest is right, because anyone can compute one.
	const scripted = encodeReceiptCode(makeReceipt({ assignment: { ...assignment, title: PWNED }, standing, name: SHORT_PWNED, studentId: SHORT_PWNED, courseVersion, now: '2026-11-30T10:00:00.000Z', reflections: [{ id: 'paterno-reflection', text: PWNED }] }));
	const good = encodeReceiptCode(makeReceipt({ assignment, standing, name: 'Ada', courseVersion, now: '2026-11-30T10:00:00.000Z' }));
	const inputs = [
		scripted,
		good.slice(0, -12),
		`${good.slice(0, 20)}x${good.slice(21)}`,
		`CBR9.${good.slice(5)}`,
		`${CODE_PREFIX}${encodeBase64Url(JSON.stringify({ format: 'casebook-receipt', version: 7 }))}`,
		PWNED.replaceAll(' ', ''),
	];
	await page.goto('/instructors/check/');
	await expect(page.locator('.checker')).toHaveAttribute('data-ready', '');
	await page.getByLabel(/Receipt codes/).fill(inputs.join('\n'));
	await page.getByRole('button', { name: 'Check the codes' }).click();
	const rows = page.locator('tbody tr');
	await expect(rows).toHaveCount(inputs.length);
	await expect(rows.nth(0).locator('th')).toContainText(SHORT_PWNED);
	await expect(rows.nth(0)).toContainText('Incomplete');
	for (const [index, message] of [
		[1, /damaged or incomplete|damaged/],
		[2, /changed after it was made|damaged|casebook-receipt” mark/],
		[3, /starts differently/],
		[4, /newer version/],
		[5, /Not a Casebook receipt code/],
	] as const) {
		await expect(rows.nth(index)).toContainText('Not accepted');
		await expect(rows.nth(index)).toContainText(message);
	}

	await page.locator('input[type=file]').setInputFiles({ name: 'huge.json', mimeType: 'application/json', buffer: Buffer.from(`{"format":"casebook-receipt","x":"${'A'.repeat(500_000)}"}`) });
	await expect(rows).toHaveCount(inputs.length + 1);
	await expect(rows.last()).toContainText(/Too long|too large/);
	expect(await pwned(page)).toBeUndefined();
	expect(await injected(page)).toBe(0);
});

test('the hub lists every module with its objectives, teaching note and both packages, which download', async ({ page, request }) => {
	guard(page);
	await page.goto('/instructors/');
	const modules = files?.modules ?? [];
	expect(modules.length).toBeGreaterThan(0);
	for (const module of modules) {
		const card = page.locator(`#module-${module.data.id}`);
		await expect(card.getByRole('heading', { name: module.data.title })).toBeVisible();
		for (const objective of module.data.objectives) await expect(card).toContainText(objective);
		await expect(card.getByRole('link', { name: 'Teaching note' })).toHaveAttribute('href', `/modules/${module.data.id}/teaching-note/`);
		for (const version of ['SCORM 1.2', 'SCORM 2004']) {
			const link = card.getByRole('link', { name: new RegExp(version) });
			const href = await link.getAttribute('href');
			const response = await request.get(href ?? '');
			expect(response.status(), href ?? '').toBe(200);
			expect((await response.body()).subarray(0, 2).toString()).toBe('PK');
		}
	}
	await expect(page.getByRole('heading', { name: 'Using a module in your LMS' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'assignment builder' })).toHaveAttribute('href', '/instructors/assign/');
	await expect(page.getByRole('link', { name: 'receipt checker' })).toHaveAttribute('href', '/instructors/check/');
});
