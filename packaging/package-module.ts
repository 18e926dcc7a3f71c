/**
 * One module as SCORM packages: its module page and lessons from dist/
 * (never the teaching note: it holds the answer key), every script, style
 * and icon they load, followed through imports, with URLs made relative;
 * then, per version, the launch page, the bridge and the manifest, zipped.
 */

import { Buffer } from 'node:buffer';
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
const launchStylesBytes = encoder.encode(launchStyles);

/**
 * The built site's files, each read once however many packages hold it:
 * every module's package carries the same scripts, styles and icons, so
 * each is read, followed through its imports and (a stylesheet) rewritten
 * once per build, and every package shares the same bytes, which the
 * deflater then recognizes without hashing them again.
 */
export class BuiltSite {
	readonly #assets = new Map<string, { bytes: Uint8Array; references: string[] }>();

	constructor(readonly dist: string) {}

	#read(file: string, reader: string): Buffer {
		const path = join(this.dist, file);
		if (!existsSync(path)) throw new Error(`Packaging ${reader}: ${file} is referenced but not in ${this.dist}.`);
		return readFileSync(path);
	}

	/**
	 * A page's text, one character per byte (latin1). Rewriting touches only
	 * ASCII (tags, attribute names, site paths), so the page's other bytes
	 * pass through untouched, and neither decoding nor encoding UTF-8 is paid
	 * for, on pages that are mostly prose.
	 */
	page(file: string, reader: string): string {
		return this.#read(file, reader).toString('latin1');
	}

	/** A script, stylesheet or icon as a package holds it, with the files it imports. */
	asset(file: string, reader: string): { bytes: Uint8Array; references: string[] } {
		let found = this.#assets.get(file);
		if (!found) {
			const bytes = this.#read(file, reader);
			const isCode = /\.(js|css)$/.test(file);
			const text = isCode ? bytes.toString('utf8') : '';
			found = {
				bytes: file.endsWith('.css') ? encoder.encode(rewriteCss(text, file)) : bytes,
				references: isCode ? assetReferences(file, text) : [],
			};
			this.#assets.set(file, found);
		}
		return found;
	}
}

/** Collects and rewrites a module's files from a built site. */
export function collectModule(built: BuiltSite, module: ModuleModel, site: string | undefined): ModuleContent {
	const modulePage = fileOfPath(moduleHref(module.id));
	const lessonPages = Object.fromEntries(module.lessons.map((lesson) => [lesson.id, fileOfPath(lessonHref(lesson))]));
	const pages = [modulePage, ...Object.values(lessonPages)];
	const html = new Map(pages.map((page) => [page, built.page(page, module.id)]));
	const assets = new Map<string, Uint8Array>();
	const queue = [...html.values()].flatMap(htmlReferences);
	for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
		if (assets.has(file)) continue;
		const { bytes, references } = built.asset(file, module.id);
		assets.set(file, bytes);
		queue.push(...references);
	}
	const holds = (file: string) => html.has(file) || assets.has(file);
	const files = new Map<string, Uint8Array>();
	for (const [page, text] of html) files.set(page, Buffer.from(rewriteHtml(text, { file: page, holds, site }), 'latin1'));
	for (const [asset, bytes] of assets) files.set(asset, bytes);
	return { module, files, modulePage, lessonPages };
}

/** One version's zip of a module; the deflater shares work between packages that hold the same files. */
export function packageZip(course: CourseModel, content: ModuleContent, version: ScormVersion, bridge: Uint8Array, site: string | undefined, deflater: Deflater): Promise<Uint8Array> {
	const { module } = content;
	const plan = resumePlan(module);
	const data: LaunchData = { version, plan, modulePage: content.modulePage, lessonPages: content.lessonPages, ...(site && { site }) };
	const files = new Map(content.files);
	files.set(LAUNCH_PAGE, encoder.encode(launchPage(module.title, data)));
	files.set(BRIDGE_SCRIPT, bridge);
	files.set(LAUNCH_STYLES, launchStylesBytes);
	const scored = plan.module.lessons.some((lesson) => lesson.scored.length > 0);
	const manifest = imsManifest(version, { moduleId: module.id, title: module.title, courseVersion: course.version, passMark: scored ? module.passMark : undefined, files: [...files.keys()] });
	const entries = [...files.keys()].sort().map((file): [string, Uint8Array] => [file, files.get(file) as Uint8Array]);
	return zipFiles([['imsmanifest.xml', encoder.encode(manifest)], ...entries], deflater);
}
