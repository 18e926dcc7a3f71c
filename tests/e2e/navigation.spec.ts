import { readFileSync } from 'node:fs';
import { expect, test, type APIRequestContext } from '@playwright/test';
import type { CourseOutlineFile } from '../../src/course/outline';
import { seeItAnyway } from './decide';
import { builtPages, DIST } from './pages';

const ANATOMY = ['The situation', 'Exhibits', 'Your decision', 'What really happened', 'Checkpoints', 'Reflect', 'Takeaways', 'Sources'];

test('home says what the course is, lists every module with objectives and minutes, and starts at the first lesson', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Casebook');
	await expect(page.getByRole('heading', { name: 'Who it is for' })).toBeVisible();
	const modules = page.getByRole('region', { name: 'Modules' }).getByRole('article');
	expect(await modules.count()).toBeGreaterThan(0);
	for (const module of await modules.all()) {
		await expect(module.getByText(/\d+ min|\d+ h/)).toBeVisible();
		await expect(module.getByText('You will be able to:')).toBeVisible();
		expect(await module.getByRole('listitem').count()).toBeGreaterThan(0);
	}
	await page.getByRole('link', { name: 'Start the course' }).click();
	await expect(page).toHaveURL(/\/modules\/[a-z0-9-]+\/[a-z0-9-]+\/$/);
	await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toBeVisible();
});

test('a module page lists its lessons in order, each with minutes, and links its teaching note', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('region', { name: 'Modules' }).getByRole('article').first().getByRole('heading').getByRole('link').click();
	const lessons = page.getByRole('region', { name: 'Lessons' }).getByRole('listitem');
	expect(await lessons.count()).toBeGreaterThan(0);
	await expect(lessons.first().getByText(/\d+ min/)).toBeVisible();
	const title = await lessons.first().getByRole('heading').textContent();
	await lessons.first().getByRole('link').click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(title ?? '');
	await page.goBack();
	await page.getByRole('link', { name: 'Teaching note for instructors' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Teaching note');
	for (const section of ['Synopsis', 'Learning objectives and how they are assessed', 'A 60-minute class', 'A 90-minute class', 'Discussion questions', 'Epilogue']) {
		await expect(page.getByRole('heading', { name: section })).toBeVisible();
	}
});

/** The lessons in course order, as /outline.json lists them. */
async function lessonsInOrder(request: APIRequestContext): Promise<{ title: string; href: string }[]> {
	const outline = (await (await request.get('/outline.json')).json()) as CourseOutlineFile;
	return outline.modules.flatMap((module) => module.lessons.map(({ title, href }) => ({ title, href })));
}

/** The pager's links in a lesson's HTML: rel="prev", rel="next", and the "Finished" link on the last lesson. */
function pagerOf(html: string): { previous?: string; next?: string; finished?: string } {
	const nav = /<nav[^>]*aria-label="Previous and next lesson"[^>]*>([\s\S]*?)<\/nav>/.exec(html)?.[1] ?? '';
	const link = (pattern: RegExp) => pattern.exec(nav)?.[1];
	const previous = link(/<a[^>]*rel="prev"[^>]*href="([^"]+)"/);
	const next = link(/<a[^>]*rel="next"[^>]*href="([^"]+)"/);
	const finished = /Finished<\/span>/.test(nav) ? link(/<a[^>]*href="([^"]+)"[^>]*>\s*<span[^>]*>Finished/) : undefined;
	return { ...(previous && { previous }), ...(next && { next }), ...(finished && { finished }) };
}

// The chain is checked over HTTP, one request per lesson and no rendering, so the test stays
// a few seconds long however large the course grows; the clicks below prove the links work in a page.
test('every lesson links the one before and after it in course order, and the last leads home', async ({ request }) => {
	const lessons = await lessonsInOrder(request);
	const lessonPages = builtPages().filter((path) => /^\/modules\/[^/]+\/(?!teaching-note\/)[^/]+\/$/.test(path));
	expect(lessons.map((lesson) => lesson.href).sort()).toEqual(lessonPages);
	for (const [index, lesson] of lessons.entries()) {
		const pager = pagerOf(await (await request.get(lesson.href)).text());
		expect(pager.previous, `${lesson.href}: previous`).toBe(lessons[index - 1]?.href);
		expect(pager.next, `${lesson.href}: next`).toBe(lessons[index + 1]?.href);
		expect(pager.finished, `${lesson.href}: finished`).toBe(index === lessons.length - 1 ? '/' : undefined);
	}
});

test('next and previous take the learner across a module boundary and back, and the last lesson leads home', async ({ page, request }) => {
	const outline = (await (await request.get('/outline.json')).json()) as CourseOutlineFile;
	const [first, second] = outline.modules;
	const lastOfFirst = first?.lessons.at(-1);
	const firstOfSecond = second?.lessons[0];
	if (!lastOfFirst || !firstOfSecond) throw new Error('The course needs two modules with lessons for this test.');
	await page.goto(lastOfFirst.href);
	const pager = page.getByRole('navigation', { name: 'Previous and next lesson' });
	await pager.getByRole('link', { name: /^Next/ }).click();
	await expect(page).toHaveURL(new RegExp(`${firstOfSecond.href}$`));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(firstOfSecond.title);
	await pager.getByRole('link', { name: /^Previous/ }).click();
	await expect(page).toHaveURL(new RegExp(`${lastOfFirst.href}$`));
	const last = (await lessonsInOrder(request)).at(-1);
	await page.goto(last?.href ?? '/');
	await expect(pager.getByRole('link', { name: /^Next/ })).toHaveCount(0);
	await pager.getByRole('link', { name: /Back to all modules/ }).click();
	await expect(page).toHaveURL(/\/$/);
});

test('a lesson shows the anatomy in order, a contents list that jumps to each section, and its sources', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('link', { name: 'Start the course' }).click();
	await seeItAnyway(page);
	const headings = await page.getByRole('article').first().getByRole('heading', { level: 2 }).allTextContents();
	const present = ANATOMY.filter((title) => headings.includes(title));
	expect(headings).toEqual(present);
	expect(present).toContain('The situation');
	expect(present).toContain('Sources');
	const contents = page.getByRole('navigation', { name: 'Lesson sections' });
	expect(await contents.getByRole('link').allInnerTexts()).toEqual(present);
	await contents.getByRole('link', { name: 'Sources' }).click();
	await expect(page.getByRole('region', { name: 'Sources' })).toBeInViewport();
	const sources = page.getByRole('region', { name: 'Sources' }).getByRole('listitem');
	expect(await sources.count()).toBeGreaterThan(0);
});

test('the skip link takes keyboard users straight to the content', async ({ page }) => {
	await page.goto('/');
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Skip to content' });
	await expect(skip).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.locator('main')).toBeFocused();
});

test('an unknown address answers 404 with a way back', async ({ page }) => {
	const response = await page.goto('/modules/no-such-module/');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('That page is not here');
	await page.getByRole('link', { name: 'Go to all modules' }).click();
	await expect(page).toHaveURL(/\/$/);
});

test('the theme choice persists across pages and reloads', async ({ page }) => {
	await page.goto('/');
	await page.getByLabel('Theme').selectOption('dark');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await page.getByRole('link', { name: 'Start the course' }).click();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await expect(page.getByLabel('Theme')).toHaveValue('dark');
	await page.getByLabel('Theme').selectOption('system');
	await page.reload();
	await expect(page.locator('html')).not.toHaveAttribute('data-theme');
});

test('the theme is applied before the page paints', async ({ page }) => {
	await page.goto('/');
	await page.evaluate(() => localStorage.setItem('casebook:theme', 'dark'));
	// Read the attribute as soon as <body> exists: before any deferred script runs.
	await page.addInitScript(() => {
		new MutationObserver((_, observer) => {
			if (document.body) {
				(window as unknown as { themeAtBody: string | undefined }).themeAtBody = document.documentElement.dataset['theme'];
				observer.disconnect();
			}
		}).observe(document, { childList: true, subtree: true });
	});
	await page.reload();
	expect(await page.evaluate(() => (window as unknown as { themeAtBody: string | undefined }).themeAtBody)).toBe('dark');
});

test('the sitemap lists every built page but the 404', async ({ request }) => {
	const index = await (await request.get('/sitemap-index.xml')).text();
	const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? '').pathname);
	const listed = new Set<string>();
	for (const sitemap of sitemaps) {
		const text = readFileSync(`${DIST}${sitemap}`, 'utf8');
		for (const match of text.matchAll(/<loc>([^<]+)<\/loc>/g)) listed.add(new URL(match[1] ?? '').pathname);
	}
	expect([...listed].sort()).toEqual(builtPages().filter((path) => path !== '/404.html'));
});

test.describe('with JavaScript off', () => {
	test.use({ javaScriptEnabled: false });

	test('a lesson still reads in full: checkpoints as lists with feedback to open, the scenario as links', async ({ page }) => {
		await page.goto('/');
		await page.getByRole('link', { name: 'Start the course' }).click();
		// Everything after the decision waits in a closed disclosure that asks the learner to decide first.
		await page.locator('details.held__disclosure > summary', { hasText: 'Decide first' }).click();
		const checkpoints = page.getByRole('region', { name: 'Checkpoints' }).locator('li.checkpoint-slot');
		expect(await checkpoints.count()).toBeGreaterThan(0);
		const first = checkpoints.first();
		await expect(first.getByRole('group', { name: /^Checkpoint 1/ })).toBeVisible();
		await expect(first.getByRole('radio').or(first.getByRole('checkbox')).or(first.getByRole('listitem')).first()).toBeVisible();
		// Playwright's text locators skip <noscript>, even with scripting off; CSS ones do not.
		await first.locator('summary', { hasText: 'Answer and feedback' }).click();
		await expect(first.locator('details li[data-correct="true"]').first()).toBeVisible();
		await expect(page.getByRole('region', { name: 'Your decision' }).getByRole('link').first()).toBeVisible();
		await expect(page.getByLabel('Theme')).toBeHidden();
	});

	test('the scenario reads as linked choices, each leading to the node it names', async ({ page }) => {
		await page.goto('/');
		await page.getByRole('link', { name: 'Start the course' }).click();
		const decide = page.getByRole('region', { name: 'Your decision' });
		const choice = decide.getByRole('article').first().getByRole('link').first();
		const target = (await choice.getAttribute('href')) ?? '';
		await choice.click();
		await expect(page.locator(target)).toBeInViewport();
	});
});
