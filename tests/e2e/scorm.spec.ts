/**
 * Every module's SCORM packages, both versions, inside a real third-party
 * SCORM runtime: scorm-again, acting as the LMS in a harness page. Each
 * package is served straight from its zip, as a plain static server would
 * serve it unpacked, under the test server's origin. A learner launches
 * it, completes the module, and closes it; the cmi values are checked; the
 * package is relaunched in a fresh browser with only what the LMS kept,
 * and resumes.
 */

import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type BrowserContext, type FrameLocator, type Locator, type Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import { buildCourse, type LessonModel, type ModuleModel } from '../../src/course/build-course';
import { presentationOrder } from '../../src/course/ordering';
import { modulePackages, type ScormVersion } from '../../src/course/packages';
import { readCourse } from '../support/read-course';
import { seeItAnyway } from './decide';

const { files } = readCourse();
const built = files && buildCourse(files);
if (!built?.ok) throw new Error('The course must build for these tests.');
const modules = built.course.modules;

const SCORM_AGAIN: Record<ScormVersion, { file: string; global: string; api: string }> = {
	scorm12: { file: 'node_modules/scorm-again/dist/scorm12.min.js', global: 'Scorm12API', api: 'API' },
	scorm2004: { file: 'node_modules/scorm-again/dist/scorm2004.min.js', global: 'Scorm2004API', api: 'API_1484_11' },
};

/** A package's files, read once from its zip in dist/. */
function packageFiles(moduleId: string, version: ScormVersion): Record<string, Uint8Array> {
	const zip = modulePackages(moduleId).find((candidate) => candidate.version === version);
	return unzipSync(readFileSync(`dist${zip?.href}`));
}

const TYPES: Record<string, string> = { html: 'text/html', js: 'text/javascript', css: 'text/css', svg: 'image/svg+xml', xml: 'application/xml' };

/**
 * Serves a package under /lms/<name>/ and a bare harness page at
 * /lms/<name>/harness.html, from memory. Anything the package asks for
 * that it does not hold is a 404, as it would be on an LMS.
 */
async function servePackage(context: BrowserContext, name: string, contents: Record<string, Uint8Array>, misses: string[]): Promise<void> {
	await context.route(`**/lms/${name}/**`, async (route) => {
		const path = decodeURIComponent(new URL(route.request().url()).pathname.slice(`/lms/${name}/`.length));
		if (path === 'harness.html') {
			await route.fulfill({ contentType: 'text/html', body: '<!doctype html><html lang="en"><title>LMS</title><body><iframe name="sco" title="Module" style="width:100%;height:95vh"></iframe></body></html>' });
			return;
		}
		const file = contents[path.replace(/^package\//, '')];
		if (!path.startsWith('package/') || !file) {
			misses.push(path);
			await route.fulfill({ status: 404, body: 'not in the package' });
			return;
		}
		await route.fulfill({ contentType: TYPES[path.split('.').pop() ?? ''] ?? 'application/octet-stream', body: Buffer.from(file) });
	});
}

/** Opens the harness with scorm-again as the LMS (loaded with what an LMS kept, if given) and launches the package in its frame. */
async function launch(page: Page, name: string, version: ScormVersion, kept?: Record<string, unknown>): Promise<FrameLocator> {
	await page.goto(`/lms/${name}/harness.html`);
	await page.addScriptTag({ path: SCORM_AGAIN[version].file });
	await page.evaluate(
		({ runtime, kept }) => {
			const Api = (window as unknown as Record<string, new (settings: object) => { loadFromJSON(json: object): void }>)[runtime.global];
			if (!Api) throw new Error(`scorm-again did not define ${runtime.global}`);
			const api = new Api({ autocommit: false, logLevel: 5 });
			if (kept) api.loadFromJSON(kept);
			(window as unknown as Record<string, unknown>)[runtime.api] = api;
		},
		{ runtime: SCORM_AGAIN[version], kept },
	);
	await page.evaluate((url) => ((document.querySelector('iframe') as HTMLIFrameElement).src = url), `/lms/${name}/package/index.html`);
	return page.frameLocator('iframe[name="sco"]').frameLocator('iframe');
}

/** The runtime's data model, as scorm-again holds it. */
const cmiOf = (page: Page, version: ScormVersion) =>
	page.evaluate((api) => ((window as unknown as Record<string, { renderCMIToJSONObject(): { cmi: Record<string, unknown> } }>)[api]?.renderCMIToJSONObject().cmi ?? {}), SCORM_AGAIN[version].api);

async function hydrated(island: Locator): Promise<void> {
	await island.scrollIntoViewIfNeeded();
	await expect(island).not.toHaveAttribute('data-state', 'loading');
}

/** Completes a lesson the way a learner does: the scenario along the real path, every checkpoint right, every reflection written. */
async function completeLesson(content: FrameLocator, lesson: LessonModel): Promise<void> {
	if (lesson.scenario) {
		const scenario = lesson.scenario;
		const decide = content.locator(`[data-scenario="${scenario.id}"]`).first();
		await hydrated(decide);
		for (const choiceId of scenario.historicalPath) {
			const node = scenario.nodes.find((candidate) => candidate.kind === 'decision' && candidate.choices.some((choice) => choice.id === choiceId));
			const choice = node?.kind === 'decision' ? node.choices.find((candidate) => candidate.id === choiceId) : undefined;
			if (!choice) throw new Error(`no decision offers ${choiceId}`);
			const form = decide.locator('form');
			await form.getByRole('radio', { name: choice.text, exact: true }).check();
			await form.getByRole('textbox').fill(`Because ${choiceId}`);
			await form.getByRole('radio', { name: 'Certain', exact: true }).check();
			await form.getByRole('button', { name: 'Commit to this choice' }).click();
		}
		await expect(decide).toHaveAttribute('data-state', 'ended');
		// Knowing the outcome, the learner would choose the opening's last option: kept for the class debrief.
		const second = decide.getByRole('group', { name: /would you make the same first call/ });
		await second.getByRole('radio').last().check();
		await second.getByRole('button', { name: 'Save my second thought' }).click();
		await expect(second.getByRole('status')).toContainText('Saved');
	}
	for (const question of lesson.questions) {
		if (question.type === 'reflection') {
			const field = content.locator(`#reflection-${question.id}`);
			await hydrated(content.locator('.reflection', { has: field }));
			await field.fill(`My answer to ${question.id}: act within the hour.`);
			await field.blur();
			continue;
		}
		const island = content.locator(`#checkpoint-${question.id}`);
		await hydrated(island);
		if (question.type === 'ordering') {
			const order = presentationOrder(question.items).map((item) => item.id);
			for (const [target, item] of question.items.entries()) {
				for (let at = order.indexOf(item.id); at > target; at -= 1) {
					await island.getByRole('button', { name: `Move up: ${item.text}`, exact: true }).click();
					order.splice(at, 1);
					order.splice(at - 1, 0, item.id);
				}
			}
		} else {
			for (const option of question.options.filter((candidate) => candidate.correct)) await island.getByRole(question.type === 'single' ? 'radio' : 'checkbox', { name: option.text, exact: true }).check();
		}
		await island.getByRole('button', { name: 'Check' }).click();
		await expect(island).toHaveAttribute('data-state', 'right');
	}
	await content.locator('.tracker').scrollIntoViewIfNeeded();
	await expect(content.getByText('Lesson completed.')).toBeVisible();
}

/** What the module should report once completed with every answer right. */
function expectedAtEnd(module: ModuleModel, version: ScormVersion): Record<string, unknown> {
	const scored = module.lessons.some((lesson) => lesson.questions.some((question) => question.type !== 'reflection'));
	if (version === 'scorm12') return { lesson_status: scored ? 'passed' : 'completed', ...(scored && { score: { raw: '100', min: '0', max: '100' } }) };
	return { completion_status: 'completed', success_status: scored ? 'passed' : 'unknown', ...(scored && { score: { raw: '100', min: '0', max: '100', scaled: '1' } }) };
}

async function freshPage(browser: Browser, name: string, contents: Record<string, Uint8Array>, misses: string[], baseURL: string | undefined) {
	const context = await browser.newContext(baseURL ? { baseURL } : {});
	await servePackage(context, name, contents, misses);
	return { context, page: await context.newPage() };
}

for (const module of modules) {
	for (const version of ['scorm2004', 'scorm12'] as const) {
		test(`${module.id} as ${version}: completes in scorm-again, reports to it, and resumes from what it kept`, async ({ browser, baseURL }) => {
			// Every lesson of the module, whole, then a relaunch: the time grows with the module.
			test.setTimeout(45_000 * (module.lessons.length + 1));
			const name = `${module.id}-${version}`;
			const contents = packageFiles(module.id, version);
			const misses: string[] = [];
			const first = await freshPage(browser, name, contents, misses, baseURL);
			const content = await launch(first.page, name, version);
			await expect(first.page.frameLocator('iframe[name="sco"]').getByRole('status')).toHaveText(/saved to your course/);

			// The module page opens first; each lesson is reached by its links, as a learner would.
			await content.getByRole('link', { name: module.lessons[0]?.title ?? '', exact: true }).click();
			for (const [index, lesson] of module.lessons.entries()) {
				await expect(content.locator(`[data-lesson="${lesson.id}"]`)).toBeVisible();
				await completeLesson(content, lesson);
				const next = module.lessons[index + 1];
				if (next) await content.getByRole('link', { name: `Next ${next.title}` }).click();
			}
			const last = module.lessons.at(-1) as LessonModel;
			const expected = expectedAtEnd(module, version);
			await expect.poll(async () => cmiOf(first.page, version).then((cmi) => (version === 'scorm12' ? cmi['core'] : cmi)), { timeout: 10_000 }).toMatchObject(
				version === 'scorm12' ? { ...expected, lesson_location: last.id, exit: 'suspend' } : { ...expected, location: last.id, exit: 'suspend' },
			);

			// Closing the package ends the session: scorm-again is terminated, with a session time in the version's format.
			await first.page.evaluate(() => ((document.querySelector('iframe') as HTMLIFrameElement).src = 'about:blank'));
			const api = SCORM_AGAIN[version].api;
			await expect.poll(() => first.page.evaluate((name) => (window as unknown as Record<string, { isTerminated(): boolean }>)[name]?.isTerminated(), api)).toBe(true);
			const cmi = await cmiOf(first.page, version);
			const core = (version === 'scorm12' ? cmi['core'] : cmi) as Record<string, unknown>;
			expect(core['session_time']).toMatch(version === 'scorm12' ? /^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/ : /^PT(\d+H)?(\d+M)?(\d+(\.\d{1,2})?S)$/);
			const suspendData = String(cmi['suspend_data'] ?? '');
			expect(suspendData.length).toBeGreaterThan(0);
			if (version === 'scorm12') expect(suspendData.length).toBeLessThanOrEqual(4096);
			await first.context.close();

			// A new browser, nothing in localStorage: only what the LMS kept.
			const kept =
				version === 'scorm12'
					? { suspend_data: suspendData, core: { entry: 'resume', lesson_location: core['lesson_location'], lesson_status: core['lesson_status'] } }
					: { suspend_data: suspendData, entry: 'resume', location: core['location'], completion_status: core['completion_status'], success_status: core['success_status'] };
			const second = await freshPage(browser, name, contents, misses, baseURL);
			const resumed = await launch(second.page, name, version, kept);
			await expect(resumed.locator(`[data-lesson="${last.id}"]`)).toBeVisible();
			await resumed.locator('.tracker').scrollIntoViewIfNeeded();
			await expect(resumed.getByText('Lesson completed.')).toBeVisible();
			for (const question of last.questions) {
				const island = question.type === 'reflection' ? resumed.locator('.reflection', { has: resumed.locator(`#reflection-${question.id}`) }) : resumed.locator(`#checkpoint-${question.id}`);
				await hydrated(island);
				if (question.type === 'reflection') await expect(resumed.locator(`#reflection-${question.id}`)).toHaveValue(`My answer to ${question.id}: act within the hour.`);
				else await expect(island).toHaveAttribute('data-state', 'right');
			}
			if (last.scenario) {
				const decide = resumed.locator(`[data-scenario="${last.scenario.id}"]`).first();
				await hydrated(decide);
				await expect(decide).toHaveAttribute('data-state', 'ended');
				// How sure the learner was at each step, and their second thought, came back from the LMS too.
				await expect(decide.locator('.scenario__compare li')).toHaveCount(last.scenario.historicalPath.length);
				for (const row of await decide.locator('.scenario__compare li').all()) await expect(row).toContainText('Certain');
				const second = decide.getByRole('group', { name: /would you make the same first call/ });
				await expect(second.getByRole('radio').last()).toBeChecked();
				await expect(second.getByRole('status')).toContainText('Saved');
			}
			await second.context.close();
			expect(misses, 'files the package asked for but does not hold').toEqual([]);
		});
	}
}

test.describe('opened with no LMS', () => {
	for (const version of ['scorm2004', 'scorm12'] as const) {
		test(`a ${version} package works on local progress, from a plain web server`, async ({ browser, baseURL }) => {
			const module = modules[0] as ModuleModel;
			const lesson = module.lessons[0] as LessonModel;
			const question = lesson.questions.find((candidate) => candidate.type === 'single');
			if (question?.type !== 'single') throw new Error('the first lesson needs a single-choice question');
			const name = `${module.id}-${version}-alone`;
			const misses: string[] = [];
			const { context, page } = await freshPage(browser, name, packageFiles(module.id, version), misses, baseURL);
			await page.goto(`/lms/${name}/package/index.html`);
			await expect(page.getByRole('status').first()).toHaveText(/No LMS found/);
			const launchPage = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']).exclude('iframe').analyze();
			expect(launchPage.violations.map((violation) => violation.id)).toEqual([]);
			const content = page.frameLocator('iframe');
			await content.getByRole('link', { name: lesson.title, exact: true }).click();
			await seeItAnyway(content);
			const island = content.locator(`#checkpoint-${question.id}`);
			await hydrated(island);
			await island.getByRole('radio', { name: question.options.find((option) => option.correct)?.text ?? '', exact: true }).check();
			await island.getByRole('button', { name: 'Check' }).click();
			await expect(island).toHaveAttribute('data-state', 'right');

			// Launched again, it opens the lesson the learner was in, with the answer kept in this browser.
			await page.reload();
			await hydrated(island);
			await expect(island).toHaveAttribute('data-state', 'right');
			await context.close();
			expect(misses).toEqual([]);
		});
	}
});

/** Every URL an element of a packaged page names, with the tag and attribute, read by the browser's own HTML parser. */
function urlsInPages(page: Page, pages: Record<string, string>) {
	return page.evaluate((pages) => {
		const found: { file: string; tag: string; attribute: string; value: string; target: string | null }[] = [];
		for (const [file, html] of Object.entries(pages)) {
			const doc = new DOMParser().parseFromString(html, 'text/html');
			for (const element of doc.querySelectorAll('*')) {
				for (const attribute of ['href', 'src', 'action', 'component-url', 'renderer-url', 'before-hydration-url']) {
					const value = element.getAttribute(attribute);
					if (value !== null) found.push({ file, tag: element.localName, attribute, value, target: element.getAttribute('target') });
				}
			}
		}
		return found;
	}, pages);
}

for (const module of modules) {
	for (const version of ['scorm2004', 'scorm12'] as const) {
		test(`${module.id} as ${version}: its manifest is a valid ${version} manifest listing exactly the files of the zip, and every URL inside is relative and held`, async ({ page }) => {
			const contents = packageFiles(module.id, version);
			const names = Object.keys(contents).filter((file) => !file.endsWith('/'));
			const text = (file: string) => new TextDecoder().decode(contents[file]);
			const holds = (file: string) => names.includes(file);
			const resolve = (from: string, url: string) => decodeURIComponent(new URL(url, `http://package.invalid/${from}`).pathname.slice(1));

			const manifest = await page.evaluate(
				({ xml, version }) => {
					const doc = new DOMParser().parseFromString(xml, 'application/xml');
					if (doc.querySelector('parsererror')) return { error: doc.querySelector('parsererror')?.textContent ?? 'not well-formed' };
					const cp = version === 'scorm12' ? 'http://www.imsproject.org/xsd/imscp_rootv1p1p2' : 'http://www.imsglobal.org/xsd/imscp_v1p1';
					const adlcp = version === 'scorm12' ? 'http://www.adlnet.org/xsd/adlcp_rootv1p2' : 'http://www.adlnet.org/xsd/adlcp_v1p3';
					const all = (name: string) => [...doc.getElementsByTagNameNS(cp, name)];
					const root = doc.documentElement;
					const organizations = all('organizations')[0];
					const resources = all('resource');
					return {
						root: `${root.namespaceURI} ${root.localName}`,
						schema: all('schema')[0]?.textContent,
						schemaversion: all('schemaversion')[0]?.textContent,
						defaultOrganizationFound: all('organization').some((organization) => organization.getAttribute('identifier') === organizations?.getAttribute('default')),
						itemsPointAtResources: all('item').every((item) => resources.some((resource) => resource.getAttribute('identifier') === item.getAttribute('identifierref'))),
						items: all('item').length,
						scoTypes: resources.map((resource) => resource.getAttributeNS(adlcp, version === 'scorm12' ? 'scormtype' : 'scormType')),
						launch: resources.map((resource) => resource.getAttribute('href')),
						files: all('file').map((file) => file.getAttribute('href') ?? ''),
						identifiers: [...doc.querySelectorAll('[identifier]')].map((element) => element.getAttribute('identifier')),
					};
				},
				{ xml: text('imsmanifest.xml'), version },
			);
			expect(manifest).not.toHaveProperty('error');
			const cpNamespace = version === 'scorm12' ? 'http://www.imsproject.org/xsd/imscp_rootv1p1p2' : 'http://www.imsglobal.org/xsd/imscp_v1p1';
			expect(manifest).toMatchObject({
				root: `${cpNamespace} manifest`,
				schema: 'ADL SCORM',
				schemaversion: version === 'scorm12' ? '1.2' : '2004 4th Edition',
				defaultOrganizationFound: true,
				itemsPointAtResources: true,
				items: 1,
				scoTypes: ['sco'],
				launch: ['index.html'],
			});
			const identifiers = 'identifiers' in manifest ? manifest.identifiers : [];
			expect(new Set(identifiers).size, 'identifiers are unique').toBe(identifiers.length);
			expect(['imsmanifest.xml', ...('files' in manifest ? manifest.files : [])].sort()).toEqual([...names].sort());
			expect(names, 'the teaching note, with its answer key, stays out').not.toContain(`modules/${module.id}/teaching-note/index.html`);
			expect(names).toEqual(expect.arrayContaining([`modules/${module.id}/index.html`, ...module.lessons.map((lesson) => `modules/${module.id}/${lesson.id}/index.html`)]));

			const problems: string[] = [];
			const pages = Object.fromEntries(names.filter((file) => file.endsWith('.html')).map((file) => [file, text(file)]));
			for (const url of await urlsInPages(page, pages)) {
				const where = `${url.file}: <${url.tag} ${url.attribute}="${url.value}">`;
				if (url.value.startsWith('#') || url.value.startsWith('data:')) continue;
				if (/^https?:/.test(url.value)) {
					if (url.tag !== 'a' || url.target !== '_blank') problems.push(`${where} leads off the package without a new tab`);
				} else if (url.value.startsWith('/') || /^[a-z]+:/i.test(url.value)) problems.push(`${where} is not relative`);
				else if (!holds(resolve(url.file, url.value))) problems.push(`${where} names a file the zip does not hold`);
			}
			for (const file of names.filter((name) => name.endsWith('.css'))) {
				for (const [, url] of text(file).matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) {
					if (url && !url.startsWith('data:') && !holds(resolve(file, url))) problems.push(`${file}: url(${url}) is not in the zip`);
				}
			}
			for (const file of names.filter((name) => name.endsWith('.js'))) {
				for (const [, url] of text(file).matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["'`]([^"'`]+\.js)["'`]/g)) {
					if (url && !holds(resolve(file, url))) problems.push(`${file}: imports ${url}, which is not in the zip`);
				}
			}
			expect(problems).toEqual([]);
		});
	}
}
