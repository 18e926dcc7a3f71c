/**
 * The scenario map in the reveal, in a real browser: what it says to a
 * screen reader, that it draws the same path as its text equivalent, that
 * axe passes it in both themes, that it fits a phone, and that the learner's
 * own path can be marked on it distinctly from the real one.
 */

import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator } from '@playwright/test';
import { markLearnerPath } from '../../src/components/islands/map-path';
import { followPath, graphOf } from '../../src/course/scenario-graph';
import { PROGRESS_VERSION } from '../../src/schemas/progress';
import { readCourse } from '../support/read-course';

const { files } = readCourse();
const lesson = files?.lessons.find((candidate) => candidate.data.id === 'kutcher-paterno-tweet')?.data;
const scenario = lesson?.scenario;
if (!scenario) throw new Error('The Kutcher lesson and its scenario are missing: these tests map it.');
const LESSON_URL = '/modules/owning-a-mistake/kutcher-paterno-tweet/';
const choiceText = new Map(scenario.nodes.flatMap((node) => (node.kind === 'decision' ? node.choices : [])).map((choice) => [choice.id, choice.text]));
const visited = (path: readonly string[]) => {
	const followed = followPath(scenario.start, graphOf(scenario.nodes), path);
	if (!followed.ok) throw new Error(followed.message);
	return followed.visited;
};
/** A finished walk that leaves the real path at the second decision. */
const LEARNER_PATH = ['retract-now', 'apologise-keep-record'];
const AT = '2026-01-01T00:00:00.000Z';

/** The reveal is shown once the learner has finished the scenario, so the learner has. */
test.beforeEach(async ({ page }) => {
	const progress = {
		version: PROGRESS_VERSION,
		questions: {},
		scenarios: { [scenario.id]: { runs: [{ steps: LEARNER_PATH.map((choice) => ({ choice, rationale: 'x', at: AT })), startedAt: AT, endedAt: AT }], updatedAt: AT } },
		reflections: {},
		lessons: {},
	};
	await page.addInitScript((stored) => localStorage.setItem('casebook:progress', stored), JSON.stringify(progress));
});

const sorted = (values: readonly (string | null)[]) => values.toSorted();
const idsOf = (locator: Locator, attribute: string) => locator.evaluateAll((elements, name) => elements.map((element) => element.getAttribute(name)), attribute);

/**
 * Text and lines in the map whose contrast is too low: axe does not look
 * inside an SVG that is one image, so the map checks its own. Text needs
 * 4.5:1 against what it is drawn on (a letter on its marker, a label on the
 * card), lines 3:1 against the card (WCAG 1.4.3 and 1.4.11).
 */
function contrastProblems(map: Locator): Promise<string[]> {
	return map.evaluate((svg) => {
		const luminance = (color: string) => {
			const [r = 0, g = 0, b = 0] = (color.match(/[\d.]+/g) ?? []).map(Number).map((value) => {
				const channel = value / 255;
				return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
			});
			return 0.2126 * r + 0.7152 * g + 0.0722 * b;
		};
		const ratio = (one: string, other: string) => {
			const [light, dark] = [luminance(one), luminance(other)].sort((a, b) => b - a);
			return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
		};
		let card: Element | null = svg;
		while (card && getComputedStyle(card).backgroundColor === 'rgba(0, 0, 0, 0)') card = card.parentElement;
		const background = card ? getComputedStyle(card).backgroundColor : 'rgb(255, 255, 255)';
		const problems: string[] = [];
		for (const text of svg.querySelectorAll('text, tspan')) {
			const marker = text.tagName === 'text' ? text.previousElementSibling : null;
			const behind = marker?.tagName === 'circle' ? getComputedStyle(marker).fill : background;
			const contrast = ratio(getComputedStyle(text).fill, behind);
			if (contrast < 4.5) problems.push(`"${text.firstChild?.textContent ?? ''}" ${contrast.toFixed(2)}:1`);
		}
		for (const line of svg.querySelectorAll('[data-choice]')) {
			const contrast = ratio(getComputedStyle(line).stroke, background);
			if (contrast < 3) problems.push(`line ${line.getAttribute('data-choice') ?? ''} ${contrast.toFixed(2)}:1`);
		}
		return problems;
	});
}

test('the reveal maps the path really taken, names it for screen readers as its list does, fits a phone and passes axe in both themes', async ({ page }) => {
	await page.setViewportSize({ width: 320, height: 800 });
	await page.goto(LESSON_URL);
	const reveal = page.getByRole('region', { name: 'What really happened' });
	const map = reveal.getByRole('img', { name: `Map of the scenario “${scenario.title}”: 4 decisions and 9 endings` });
	await map.scrollIntoViewIfNeeded();
	await expect(map).toBeVisible();

	// Its text equivalent is the ordered list of the real choices, which names the same path.
	const describedBy = await map.getAttribute('aria-describedby');
	const list = page.locator(`[id="${describedBy}"]`).getByRole('listitem');
	await expect(list).toHaveText(scenario.historicalPath.map((id) => choiceText.get(id) ?? id));
	expect(sorted(await idsOf(map.locator('[data-choice][data-real="true"]'), 'data-choice'))).toEqual(sorted(scenario.historicalPath));
	expect(sorted(await idsOf(map.locator('[data-node][data-real="true"]'), 'data-node'))).toEqual(sorted(visited(scenario.historicalPath)));
	expect(await map.locator('[data-choice]').count()).toBe(choiceText.size);
	expect(sorted(await idsOf(map.locator('[data-rating]'), 'data-node'))).toEqual(sorted(scenario.nodes.filter((node) => node.kind === 'outcome').map((node) => node.id)));

	const box = await map.boundingBox();
	expect((box?.x ?? Infinity) + (box?.width ?? 0)).toBeLessThanOrEqual(320);
	expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);

	for (const theme of ['light', 'dark'] as const) {
		await page.getByLabel('Theme').selectOption(theme);
		await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
		const results = await new AxeBuilder({ page }).include('#reveal').analyze();
		expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`), theme).toEqual([]);
		expect(await contrastProblems(map), theme).toEqual([]);
	}
});

test('markLearnerPath marks the learner’s lines and nodes, dashed, apart from the real ones, and clears its old marks', async ({ page }) => {
	await page.goto(LESSON_URL);
	const map = page.getByRole('region', { name: 'What really happened' }).getByRole('img', { name: /^Map of the scenario/ });
	const mark = (path: readonly string[]) => page.evaluate(`(${markLearnerPath.toString()})(document, ${JSON.stringify(path)})`);
	const mine = map.locator('[data-mine="true"]');

	await mark(['delete-silently', 'wait-it-out']);
	await mark(LEARNER_PATH);
	expect(sorted(await idsOf(mine.and(map.locator('[data-choice]')), 'data-choice'))).toEqual(sorted(LEARNER_PATH));
	expect(sorted(await idsOf(mine.and(map.locator('[data-node]')), 'data-node'))).toEqual(sorted(visited(LEARNER_PATH)));

	// Not by colour alone: the learner's line is dashed, the real one solid and thick, and a line on both is both.
	const stroke = (id: string) =>
		map.locator(`[data-choice="${id}"]`).evaluate((line) => {
			const style = getComputedStyle(line);
			return { dashed: style.strokeDasharray !== 'none', width: parseFloat(style.strokeWidth) };
		});
	const onlyMine = LEARNER_PATH.find((id) => !scenario.historicalPath.includes(id)) ?? '';
	const onlyReal = scenario.historicalPath.find((id) => !LEARNER_PATH.includes(id)) ?? '';
	const both = LEARNER_PATH.find((id) => scenario.historicalPath.includes(id)) ?? '';
	const mineStroke = await stroke(onlyMine);
	const realStroke = await stroke(onlyReal);
	expect(mineStroke.dashed).toBe(true);
	expect(realStroke.dashed).toBe(false);
	expect(await stroke(both)).toEqual({ dashed: true, width: realStroke.width });
	expect(realStroke.width).toBeGreaterThan(mineStroke.width);

	await mark([]);
	await expect(mine).toHaveCount(0);
});
