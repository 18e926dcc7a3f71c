/**
 * Search over lessons, teaching notes and the glossary, with the keyboard
 * alone. (Searching offline is in offline.spec.ts.)
 */

import { expect, test } from '@playwright/test';

const TERM = 'holding statement';

test('a search finds a lesson, a teaching note and the glossary, with the keyboard alone', async ({ page }) => {
	await page.goto('/');
	// From any page: the header's Search link, reached with Tab.
	const link = page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Search' });
	for (let presses = 0; presses < 20 && !(await link.evaluate((element) => element === document.activeElement)); presses += 1) await page.keyboard.press('Tab');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/search\/$/);

	await page.getByLabel('Search lessons, teaching notes and the glossary').focus();
	await page.keyboard.type(TERM);
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\?q=holding%20statement$/);
	const status = page.getByRole('status').filter({ hasText: `for “${TERM}”` });
	await expect(status).toHaveText(/^\d+ results for/);

	const results = page.getByRole('list').filter({ has: page.getByRole('link') }).last();
	const hrefs = await results.getByRole('link').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
	expect(hrefs.some((href) => /^\/modules\/[^/]+\/(?!teaching-note\/)[^/]+\/$/.test(href)), 'a lesson').toBe(true);
	expect(hrefs.some((href) => href.endsWith('/teaching-note/')), 'a teaching note').toBe(true);
	expect(hrefs).toContain('/glossary/');
	// Pages that only list or link lessons are not indexed.
	expect(hrefs).not.toContain('/');
	// Excerpts mark the words found, as text: nothing else from the page's HTML comes through.
	await expect(results.locator('mark').first()).toBeVisible();
	expect(await results.locator('p *:not(mark)').count()).toBe(0);

	// Tab from the search box reaches the first result, and Enter opens it.
	await page.keyboard.press('Tab');
	await page.keyboard.press('Tab');
	const first = results.getByRole('link').first();
	await expect(first).toBeFocused();
	const target = hrefs[0] ?? '';
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`${target.replaceAll('/', '\\/')}$`));
});

test('a link to the search page with a query shows its results', async ({ page }) => {
	await page.goto('/search/?q=Qwikster');
	await expect(page.getByLabel('Search lessons, teaching notes and the glossary')).toHaveValue('Qwikster');
	await expect(page.getByRole('status').filter({ hasText: '“Qwikster”' })).toHaveText(/^\d+ results? for/);
});

test('a search that finds nothing says so', async ({ page }) => {
	await page.goto('/search/?q=zzyzzyva');
	await expect(page.getByRole('status').filter({ hasText: 'zzyzzyva' })).toHaveText('No results for “zzyzzyva”.');
});
