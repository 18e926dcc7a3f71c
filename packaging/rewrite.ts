/**
 * Making built pages work inside a package: Astro writes site-absolute URLs
 * ("/_astro/x.js", "/modules/m/"), which inside an LMS would point at the
 * LMS's own root. Here they become relative file URLs, and links to pages
 * the package does not hold lead to the public site or nowhere. Pure text
 * work on Astro's own output: tags are found with a tokenizer that respects
 * quoted attribute values, which is all that output needs.
 */

import { posix } from 'node:path';

/**
 * Pages arrive here one character per byte (package-module.ts says why), so
 * whitespace is HTML's own, the ASCII five: `\s` would also take the byte
 * 0xA0, which is part of many a UTF-8 letter.
 */

/** Attributes that hold a URL in what Astro writes (islands name their scripts in the last three). */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'component-url', 'renderer-url', 'before-hydration-url']);
const TAG = /<([a-zA-Z][\w-]*)((?:[\t\n\f\r ]+[^\t\n\f\r "'=<>`/]+(?:[\t\n\f\r ]*=[\t\n\f\r ]*(?:"[^"]*"|'[^']*'|[^\t\n\f\r "'=<>`]+))?)*)([\t\n\f\r ]*\/?)>/g;
const ATTRIBUTE = /[\t\n\f\r ]+([^\t\n\f\r "'=<>`/]+)(?:[\t\n\f\r ]*=[\t\n\f\r ]*(?:"([^"]*)"|'([^']*)'|([^\t\n\f\r "'=<>`]+)))?/g;
const CSS_URL = /url\(\s*(["']?)([^"')]+)\1\s*\)/g;
const JS_IMPORT = /(\bfrom\s*|\bimport\s*\(?\s*)(["'`])(\.\.?\/[^"'`]+)\2/g;
/** Whether a tag's attributes could hold a URL at all: most tags (<p class>, <span>) cannot, and are passed by without parsing. */
const MAY_HOLD_URL = /(?:href|src|action|-url)[\t\n\f\r ]*=/i;

/** The dist/ file a site path names: "/modules/m/" → "modules/m/index.html". */
export function fileOfPath(pathname: string): string {
	const clean = decodeURIComponent(pathname).replace(/^\/+/, '');
	return clean === '' || clean.endsWith('/') ? `${clean}index.html` : clean;
}

/** A URL from one file of the package to another, relative, as a static file server needs it. */
export function relativeUrl(fromFile: string, toFile: string): string {
	return posix.relative(posix.dirname(fromFile), toFile) || posix.basename(toFile);
}

const isExternal = (url: string) => /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(url);
const isSitePath = (url: string) => url.startsWith('/') && !url.startsWith('//');

function splitHash(url: string): { path: string; suffix: string } {
	const at = url.search(/[?#]/);
	return at < 0 ? { path: url, suffix: '' } : { path: url.slice(0, at), suffix: url.slice(at) };
}

interface Attribute {
	name: string;
	value?: string;
}

function parseAttributes(text: string): Attribute[] {
	return [...text.matchAll(ATTRIBUTE)].map((match) => {
		const value = match[2] ?? match[3] ?? match[4];
		return value === undefined ? { name: match[1] as string } : { name: match[1] as string, value };
	});
}

function printAttributes(attributes: Attribute[]): string {
	return attributes.map(({ name, value }) => (value === undefined ? ` ${name}` : ` ${name}="${value.replaceAll('"', '&quot;')}"`)).join('');
}

/** Links a page loads as it renders, as opposed to links a learner follows or that only describe the site. */
const LOADED_LINKS = new Set(['stylesheet', 'icon', 'modulepreload', 'preload', 'manifest']);

/** Every file a page loads from a site path (scripts, styles, islands, icons), as dist/ files; not the pages it links to. */
export function htmlReferences(html: string): string[] {
	const files: string[] = [];
	for (const match of html.matchAll(TAG)) {
		if (!MAY_HOLD_URL.test(match[2] ?? '')) continue;
		const tag = (match[1] as string).toLowerCase();
		const attributes = parseAttributes(match[2] ?? '');
		const rel = attributes.find((attribute) => attribute.name === 'rel')?.value ?? '';
		if (tag === 'a' || tag === 'form' || (tag === 'link' && !rel.split(/[\t\n\f\r ]+/).some((word) => LOADED_LINKS.has(word)))) continue;
		for (const { name, value } of attributes) {
			if (value !== undefined && URL_ATTRIBUTES.has(name) && isSitePath(value)) files.push(fileOfPath(splitHash(value).path));
		}
	}
	return files;
}

/** The files a script or stylesheet imports, relative to it, as dist/ files. */
export function assetReferences(file: string, text: string): string[] {
	const found = file.endsWith('.css') ? [...text.matchAll(CSS_URL)].map((match) => match[2] as string) : [...text.matchAll(JS_IMPORT)].map((match) => match[3] as string);
	return found.filter((url) => !isExternal(url) && !url.startsWith('#')).map((url) => (isSitePath(url) ? fileOfPath(splitHash(url).path) : posix.normalize(posix.join(posix.dirname(file), splitHash(url).path))));
}

export interface RewriteContext {
	/** The page's own path in the package: "modules/m/l/index.html". */
	file: string;
	/** Whether the package holds a file. */
	holds: (file: string) => boolean;
	/** The public site's origin, if the build named one. */
	site?: string | undefined;
}

/**
 * Rewrites one page for the package: site paths the package holds become
 * relative; a link to a page it does not hold goes to the public site in a
 * new tab, or loses its href when there is no site to send it to; a
 * <link> to anything outside (the sitemap) is dropped; links to other sites
 * open in a new tab, so the LMS's frame never leaves the course.
 */
export function rewriteHtml(html: string, context: RewriteContext): string {
	return html.replace(TAG, (whole, tag: string, attributeText: string, end: string) => {
		if (!MAY_HOLD_URL.test(attributeText)) return whole;
		const attributes = parseAttributes(attributeText);
		let changed = false;
		let drop = false;
		let external = false;
		const kept = attributes.flatMap((attribute): Attribute[] => {
			const { name, value } = attribute;
			if (value === undefined || !URL_ATTRIBUTES.has(name)) return [attribute];
			if (isExternal(value)) {
				external ||= tag === 'a' && /^https?:|^\/\//i.test(value);
				return [attribute];
			}
			if (!isSitePath(value)) return [attribute];
			changed = true;
			const { path, suffix } = splitHash(value);
			const target = fileOfPath(path);
			if (context.holds(target)) return [{ name, value: relativeUrl(context.file, target) + suffix }];
			if (tag === 'link') drop = true;
			if (tag === 'a' && context.site) {
				external = true;
				return [{ name, value: new URL(value, context.site).href }];
			}
			return [];
		});
		if (drop) return '';
		if (external && !kept.some((attribute) => attribute.name === 'target')) {
			changed = true;
			kept.push({ name: 'target', value: '_blank' });
			if (!kept.some((attribute) => attribute.name === 'rel')) kept.push({ name: 'rel', value: 'noopener' });
		}
		return changed ? `<${tag}${printAttributes(kept)}${end}>` : whole;
	});
}

/** Rewrites a stylesheet's site paths to relative ones; scripts need nothing, Rolldown already writes "./x.js". */
export function rewriteCss(css: string, file: string): string {
	return css.replace(CSS_URL, (whole, quote: string, url: string) => (isSitePath(url) ? `url(${quote}${relativeUrl(file, fileOfPath(splitHash(url).path))}${splitHash(url).suffix}${quote})` : whole));
}
