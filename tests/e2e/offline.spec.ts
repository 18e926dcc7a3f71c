/**
 * Offline, as in a classroom whose network drops: after one visit the
 * service worker has the whole course, and a lesson never opened before
 * opens and keeps its answers with the server gone. Each test serves its own
 * copy of dist/ on a port of its own, so it can stop the server, or deploy a
 * new version, without touching the other tests.
 */

import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { seeItAnyway } from './decide';
import { readCourse } from '../support/read-course';
import { serve } from './serve';

const { files } = readCourse();
const redCross = files?.lessons.find((lesson) => lesson.data.id === 'red-cross-rogue-tweet')?.data;
const question = redCross?.questions.find((candidate) => candidate.type === 'single');
if (!question || question.type !== 'single') throw new Error('The Red Cross lesson needs a single-choice question: these tests answer it.');
const LESSON_URL = '/modules/whose-voice/red-cross-rogue-tweet/';

// Each test precaches the whole course, once or twice: slower than a page load, especially on a busy machine.
test.slow();
test.use({ serviceWorkers: 'allow' });

let root: string;
let server: Server;
let origin: string;

test.beforeEach(async () => {
	root = mkdtempSync(join(tmpdir(), 'casebook-offline-'));
	cpSync('dist', root, { recursive: true });
	server = await serve(0, root);
	origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterEach(() => {
	server.closeAllConnections();
	server.close();
	rmSync(root, { recursive: true, force: true });
});

/** Waits until a service worker controls the page: it is active only once every file is cached. */
async function controlled(page: Page): Promise<string> {
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
	return page.evaluate(async () => {
		const keys = await caches.keys();
		return keys.find((key) => key.startsWith('casebook-')) ?? '';
	});
}

test('after one visit, a lesson never opened opens with the network gone and keeps its answers', async ({ page, context }) => {
	await page.goto(`${origin}/`);
	expect(await controlled(page)).not.toBe('');

	server.closeAllConnections();
	server.close();
	await context.setOffline(true);

	await page.goto(`${origin}${LESSON_URL}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(redCross?.title ?? '');
	await seeItAnyway(page);
	const island = page.locator(`#checkpoint-${question.id}`);
	await island.scrollIntoViewIfNeeded();
	await expect(island).toHaveAttribute('data-state', 'open');
	const right = question.options.find((option) => option.correct);
	await island.getByRole('radio', { name: right?.text ?? '' }).check();
	await island.getByRole('button', { name: 'Check' }).click();
	await expect(island).toHaveAttribute('data-state', 'right');

	await page.reload();
	await island.scrollIntoViewIfNeeded();
	await expect(island).toHaveAttribute('data-state', 'right');
	await expect(island.getByRole('radio', { name: right?.text ?? '' })).toBeChecked();

	// The home page reads the course outline from the cache too: it knows where the learner left off.
	await page.goto(`${origin}/`);
	await expect(page.getByRole('link', { name: `Continue: ${redCross?.title ?? ''}` })).toBeVisible();
});

test('search works offline too', async ({ page, context }) => {
	await page.goto(`${origin}/search/`);
	await controlled(page);
	server.closeAllConnections();
	server.close();
	await context.setOffline(true);

	await page.goto(`${origin}/search/?q=apology`);
	await expect(page.getByRole('status').filter({ hasText: /results? for “apology”/ })).toBeVisible();
	await expect(page.getByRole('listitem').getByRole('link').first()).toBeVisible();
});

test('a new version waits until the learner chooses to reload', async ({ page }) => {
	await page.goto(`${origin}/`);
	const first = await controlled(page);

	// Deploy a new version: the worker's version line changes, as a build with changed content would make it.
	const worker = join(root, 'sw.js');
	writeFileSync(worker, readFileSync(worker, 'utf8').replace(/^const VERSION = "([^"]+)";/, 'const VERSION = "$1-next";'));
	await page.reload();

	const prompt = page.getByRole('status').filter({ hasText: 'A new version of the course is available.' });
	// The browser checks sw.js on navigation, then installs the new version beside the old: the whole course again.
	await expect(prompt).toBeVisible({ timeout: 30_000 });
	// Nothing changes by itself: the old worker still serves the page.
	expect(await page.evaluate(() => caches.keys())).toContain(first);

	await Promise.all([page.waitForEvent('load'), prompt.getByRole('button', { name: 'Reload' }).click()]);
	await expect(prompt).toBeHidden();
	await expect.poll(() => page.evaluate(() => caches.keys())).toEqual([`${first}-next`]);
});

test('pages with the worker installed log no error and break no CSP rule', async ({ page }) => {
	const problems: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') problems.push(message.text());
	});
	page.on('pageerror', (error) => problems.push(error.message));
	await page.goto(`${origin}/`);
	await controlled(page);
	for (const path of ['/', LESSON_URL, '/search/?q=apology', '/progress/', '/glossary/']) {
		await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
		await page.mouse.wheel(0, 20_000);
		await page.waitForLoadState('networkidle');
	}
	expect(problems).toEqual([]);
});

