/**
 * A package's launch page: a bar that says where progress goes, and the
 * module's pages in a frame below it. The bridge script (src/scorm/launch.ts,
 * bundled beside it) owns the LMS session. It carries its own CSP: scripts
 * and styles from the package only, and a frame of the package's own pages.
 */

import { LAUNCH_DATA_ID, type LaunchData } from '../src/scorm/launch-data';

export const BRIDGE_SCRIPT = 'casebook-scorm.js';
export const LAUNCH_STYLES = 'casebook-scorm.css';

const CSP = [
	"default-src 'self'",
	"script-src 'self'",
	"style-src 'self'",
	"img-src 'self' data:",
	"frame-src 'self'",
	"object-src 'none'",
	"base-uri 'self'",
	"form-action 'self'",
].join('; ');

const escape = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/** JSON that cannot close the <script> block it sits in. */
const inScript = (value: unknown) => JSON.stringify(value).replaceAll('<', '\\u003c');

export function launchPage(title: string, data: LaunchData): string {
	return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="content-security-policy" content="${CSP}">
<title>${escape(title)} · Casebook</title>
<link rel="stylesheet" href="${LAUNCH_STYLES}">
<script type="application/json" id="${LAUNCH_DATA_ID}">${inScript(data)}</script>
<script src="${BRIDGE_SCRIPT}" defer></script>
</head>
<body>
<header class="lms-bar">
<p class="lms-bar__title">Casebook · ${escape(title)}</p>
<p class="lms-bar__status" id="lms-status" role="status">Starting…</p>
</header>
<main class="lms-frame">
<iframe title="${escape(title)}"></iframe>
<noscript><p>This module needs JavaScript to record your progress. <a href="${escape(data.modulePage)}">Read the module without it</a>.</p></noscript>
</main>
</body>
</html>
`;
}

export const launchStyles = `html, body { height: 100%; margin: 0; }
body { display: flex; flex-direction: column; font-family: system-ui, sans-serif; color: #1d1d1f; background: #fff; }
.lms-bar { display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; align-items: baseline; padding: 0.4rem 1rem; border-bottom: 1px solid #c8c8cc; font-size: 0.875rem; }
.lms-bar p { margin: 0; }
.lms-bar__title { font-weight: 700; }
.lms-frame { flex: 1; display: flex; min-height: 0; }
.lms-frame iframe { flex: 1; width: 100%; border: 0; }
@media (prefers-color-scheme: dark) { body { color: #f2f2f4; background: #17171a; } .lms-bar { border-color: #3a3a40; } }
`;
