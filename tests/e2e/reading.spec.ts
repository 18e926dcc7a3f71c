/**
 * Reading comfort: theme and text size persist, and apply before the page paints.
 */

import { expect, test } from '@playwright/test';

test('the text size persists across pages and reloads, and Default forgets it', async ({ page }) => {
	await page.goto('/');
	const settings = page.getByRole('group', { name: 'Reading settings' });
	await settings.getByLabel('Text size').selectOption('larger');
	await expect(page.locator('html')).toHaveAttribute('data-text-size', 'larger');
	const larger = await page.evaluate(() => getComputedStyle(document.body).fontSize);
	await page.goto('/glossary/');
	await expect(page.getByLabel('Text size')).toHaveValue('larger');
	expect(await page.evaluate(() => getComputedStyle(document.body).fontSize)).toBe(larger);
	expect(await page.evaluate(() => localStorage.getItem('casebook:text-size'))).toBe('larger');

	await page.getByLabel('Text size').selectOption('default');
	await page.reload();
	await expect(page.locator('html')).not.toHaveAttribute('data-text-size');
	expect(await page.evaluate(() => localStorage.getItem('casebook:text-size'))).toBeNull();
});

test('theme and text size are applied before the page paints', async ({ page }) => {
	await page.goto('/');
	await page.evaluate(() => {
		localStorage.setItem('casebook:theme', 'dark');
		localStorage.setItem('casebook:text-size', 'large');
	});
	// Read the attributes as soon as <body> exists: before any deferred script runs.
	await page.addInitScript(() => {
		new MutationObserver((_, observer) => {
			if (document.body) {
				const root = document.documentElement;
				(window as unknown as { atBody: string }).atBody = `${root.dataset['theme']} ${root.dataset['textSize']}`;
				observer.disconnect();
			}
		}).observe(document, { childList: true, subtree: true });
	});
	await page.reload();
	expect(await page.evaluate(() => (window as unknown as { atBody: string }).atBody)).toBe('dark large');
});

test('the reading settings fit a 320 px screen at the largest text size', async ({ page }) => {
	await page.setViewportSize({ width: 320, height: 640 });
	await page.goto('/');
	await page.getByLabel('Text size').selectOption('larger');
	await page.goto('/modules/owning-a-mistake/kutcher-paterno-tweet/');
	await expect(page.getByRole('group', { name: 'Reading settings' })).toBeVisible();
	expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
});

test('a stored value the page does not know is ignored', async ({ page }) => {
	await page.goto('/');
	await page.evaluate(() => localStorage.setItem('casebook:text-size', 'enormous'));
	await page.reload();
	await expect(page.locator('html')).not.toHaveAttribute('data-text-size');
	await expect(page.getByLabel('Text size')).toHaveValue('default');
});

test('the settings are in place before first paint, so nothing below them moves once the page has loaded', async ({ page }) => {
	await page.addInitScript(() => {
		const shifts: number[] = [];
		(window as unknown as { shifts: number[] }).shifts = shifts;
		new PerformanceObserver((list) => list.getEntries().forEach((entry) => shifts.push((entry as unknown as { value: number }).value))).observe({ type: 'layout-shift', buffered: true });
	});
	await page.setViewportSize({ width: 390, height: 844 });
	for (const path of ['/', '/modules/owning-a-mistake/kutcher-paterno-tweet/', '/glossary/']) {
		await page.goto(path);
		await expect(page.getByRole('group', { name: 'Reading settings' })).toBeVisible();
		await page.waitForLoadState('networkidle');
		expect(await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts), path).toEqual([]);
	}
});

test.describe('with JavaScript off', () => {
	test.use({ javaScriptEnabled: false });

	test('no reader meets a control that does nothing', async ({ page }) => {
		await page.goto('/');
		await expect(page.getByRole('group', { name: 'Reading settings' })).toBeHidden();
	});
});
