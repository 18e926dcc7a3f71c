/**
 * One sweep over every built page: accessibility in light and dark, no
 * request to any other origin, a strict CSP that nothing violates, a phone's
 * width, and the JavaScript budget.
 */

import { gzipSync } from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { builtPages } from './pages';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
/** Gzipped JavaScript a page may ship: the one shared page script (theme now, the offline worker later)… */
const PAGE_SCRIPT_BUDGET = 2 * 1024;
/** …or, on a lesson page, everything once every island has hydrated: 27 KiB since the decision came to hold the reveal back (issue "Decide before you know")… */
const LESSON_PAGE_BUDGET = 27 * 1024;
/**
 * …or, on another page with islands (home, module, progress, privacy,
 * assignments, the instructor's builder and checker), the same shared chunk
 * plus that page's own islands. No brief sets this one; it is ours, so that
 * those pages cannot grow unnoticed. It was 32 KiB until assignments came:
 * reading a link and judging a standing against it (digest, base64, rules)
 * put the progress and assignment pages at 36–39 KiB. It is 42 KiB since the
 * decision came to hold the reveal back: the shared chunk, which these pages
 * load too, grew by 1.7 KB with it, and the assignment page says when a class
 * hold ends (measured: /assignment/ ships 41,988 bytes).
 */
const OTHER_ISLAND_PAGE_BUDGET = 42 * 1024;
const isLesson = (path: string) => /^\/modules\/[^/]+\/(?!teaching-note\/)[^/]+\/$/.test(path);

async function axeViolations(page: Page): Promise<string[]> {
	const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
	return results.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
}

for (const path of builtPages()) {
	test.describe(`page ${path}`, () => {
		test('has no axe violations in light or dark mode', async ({ page }) => {
			for (const colorScheme of ['light', 'dark'] as const) {
				await page.emulateMedia({ colorScheme });
				await page.goto(path);
				expect(await axeViolations(page), `${colorScheme} mode`).toEqual([]);
			}
		});

		test('makes no request to another origin and breaks no CSP rule', async ({ page, baseURL }) => {
			const origin = new URL(baseURL ?? '').origin;
			const foreign: string[] = [];
			const problems: string[] = [];
			page.on('request', (request) => {
				const url = new URL(request.url());
				if (url.protocol !== 'data:' && url.origin !== origin) foreign.push(request.url());
			});
			page.on('console', (message) => {
				if (message.type() === 'error') problems.push(message.text());
			});
			page.on('pageerror', (error) => problems.push(error.message));
			await page.goto(path, { waitUntil: 'networkidle' });
			await page.mouse.wheel(0, 20_000);
			await page.waitForLoadState('networkidle');
			expect(foreign).toEqual([]);
			expect(problems).toEqual([]);
		});

		test('fits a 320 px phone screen without scrolling sideways', async ({ page }) => {
			await page.setViewportSize({ width: 320, height: 640 });
			await page.goto(path);
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
			expect(overflow).toBeLessThanOrEqual(0);
		});

		test('declares a CSP whose scripts need no unsafe-inline', async ({ page }) => {
			await page.goto(path);
			const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
			const scriptSrc = policy?.split(';').find((directive) => directive.trim().startsWith('script-src')) ?? '';
			expect(scriptSrc).toContain("'self'");
			expect(scriptSrc).not.toContain('unsafe-inline');
			expect(policy).toContain("default-src 'self'");
		});

		test('keeps within its JavaScript budget', async ({ page }) => {
			const external = new Map<string, number>();
			page.on('response', async (response) => {
				if (response.request().resourceType() === 'script') external.set(response.url(), gzipSync(await response.body()).length);
			});
			await page.goto(path, { waitUntil: 'networkidle' });
			await page.mouse.wheel(0, 50_000);
			await page.waitForLoadState('networkidle');
			const islands = (await page.locator('astro-island').count()) > 0;
			const budget = !islands ? PAGE_SCRIPT_BUDGET : isLesson(path) ? LESSON_PAGE_BUDGET : OTHER_ISLAND_PAGE_BUDGET;
			const inline = await page.locator('script:not([src])').evaluateAll((scripts) => scripts.map((script) => script.textContent ?? ''));
			const bytes = [...external.values(), ...inline.map((text) => gzipSync(text).length)].reduce((sum, size) => sum + size, 0);
			expect(bytes).toBeGreaterThan(0);
			expect(bytes).toBeLessThanOrEqual(budget);
		});
	});
}
