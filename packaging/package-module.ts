/**
 * One module as SCORM packages: its module page and lessons from dist/
 * (never the teaching note: it holds the answer key), every script, style
 * and icon they load, followed through imports, with URLs made relative;
 * then, per version, the launch page, the bridge and the manifest, zipped.
 */

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CourseModel, ModuleModel } from '../src/course/build-course';
import { lessonHref, moduleHref } from '../src/course/navigation';
import type { ScormVersion } from '../src/course/packages';
import { resumePlan } from '../src/course/suspend-data';
import type { LaunchData } from '../src/scorm/launch-data';
import { BRIDGE_SCRIPT, LAUNCH_STYLES, launchPage, launchStyles } from './launch-page';
import { imsManifest, LAUNCH_PAGE } from './manifest';
import { assetReferences, fileOfPath, htmlReferences, rewriteCss, rewriteHtml } from './rewrite';
import { type Deflater, zipFiles } from './zip';

/** A module's pages and assets, ready to zip; the same for both versions. */
export interface ModuleContent {
	module: ModuleModel;
	files: Map<string, Uint8Array>;
	modulePage: string;
	lessonPages: Record<string, string>;
}

const encoder = new TextEncoder();

/** Collects and rewrites a module's files from a built site. */
export function collectModule(dist: string, module: ModuleModel, site: string | undefined): ModuleContent {
	const modulePage = fileOfPath(moduleHref(module.id));
	const lessonPages = Object.fromEntries(module.lessons.map((lesson) => [lesson.id, fileOfPath(lessonHref(lesson))]));
	const pages = [modulePage, ...Object.values(lessonPages)];
	const read = (file: string) => {
		const path = join(dist, file);
		if (!existsSync(path)) throw new Error(`Packaging ${module.id}: ${file} is referenced but not in ${dist}.`);
		return readFileSync(path);
	};
	const html = new Map(pages.map((page) => [page, read(page).toString('utf8')]));
	const assets = new Set<string>();
	const queue = [...html.values()].flatMap(htmlReferences);
	for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
		if (assets.has(file)) continue;
		assets.add(file);
		if (/\.(js|css)$/.test(file)) queue.push(...assetReferences(file, read(file).toString('utf8')));
	}
	const holds = (file: string) => html.has(file) || assets.has(file);
	const files = new Map<string, Uint8Array>();
	for (const [page, text] of html) files.set(page, encoder.encode(rewriteHtml(text, { file: page, holds, site })));
	for (const asset of assets) files.set(asset, asset.endsWith('.css') ? encoder.encode(rewriteCss(read(asset).toString('utf8'), asset)) : read(asset));
	return { module, files, modulePage, lessonPages };
}

/** One version's zip of a module; the deflater shares work between packages that hold the same files. */
export function packageZip(course: CourseModel, content: ModuleContent, version: ScormVersion, bridge: string, site: string | undefined, deflater: Deflater): Promise<Uint8Array> {
	const { module } = content;
	const plan = resumePlan(module);
	const data: LaunchData = { version, plan, modulePage: content.modulePage, lessonPages: content.lessonPages, ...(site && { site }) };
	const files = new Map(content.files);
	files.set(LAUNCH_PAGE, encoder.encode(launchPage(module.title, data)));
	files.set(BRIDGE_SCRIPT, encoder.encode(bridge));
	files.set(LAUNCH_STYLES, encoder.encode(launchStyles));
	const scored = plan.module.lessons.some((lesson) => lesson.scored.length > 0);
	const manifest = imsManifest(version, { moduleId: module.id, title: module.title, courseVersion: course.version, passMark: scored ? module.passMark : undefined, files: [...files.keys()] });
	const entries = [...files.keys()].sort().map((file): [string, Uint8Array] => [file, files.get(file) as Uint8Array]);
	return zipFiles([['imsmanifest.xml', encoder.encode(manifest)], ...entries], deflater);
}
