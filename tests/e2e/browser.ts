/**
 * Which Chromium the browser tests drive. Playwright's own where it is
 * installed; otherwise Debian's (machines here cannot download Playwright's
 * browsers); and, run as a script by root with neither, Debian's is installed.
 *
 *   node tests/e2e/browser.ts   # ensure a browser, print which one
 */

import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** Flags Debian's Chromium needs here: no sandbox as root, and no calls home on a closed network. */
const DEBIAN_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];

export interface BrowserChoice {
	/** Undefined means Playwright's own browser. */
	executablePath?: string;
	args: string[];
	label: string;
}

export function findBrowser(): BrowserChoice | undefined {
	if (existsSync(chromium.executablePath())) return { args: [], label: "Playwright's Chromium" };
	if (existsSync(DEBIAN_CHROMIUM)) return { executablePath: DEBIAN_CHROMIUM, args: DEBIAN_ARGS, label: `Debian's Chromium (${DEBIAN_CHROMIUM})` };
	return undefined;
}

function ensureBrowser(): BrowserChoice {
	const found = findBrowser();
	if (found) return found;
	if (process.getuid?.() !== 0) {
		throw new Error(
			'No Chromium for the browser tests. Install one: `npx playwright install chromium`, or `sudo apt-get install -y chromium` on Debian.',
		);
	}
	console.log("No Chromium found; installing Debian's chromium package (running as root)…");
	const apt = (...args: string[]) => execFileSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
	apt('update');
	apt('install', '-y', '--no-install-recommends', 'chromium');
	const installed = findBrowser();
	if (!installed) throw new Error(`apt-get installed chromium, but ${DEBIAN_CHROMIUM} is still missing.`);
	return installed;
}

if (import.meta.url === `file://${process.argv[1]}`) {
	console.log(`Browser tests use ${ensureBrowser().label}.`);
}
