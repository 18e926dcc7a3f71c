/**
 * The bridge between a packaged module and the LMS, run by the package's
 * launch page (index.html) and nowhere on the public site. The launch page
 * owns the one SCORM session, because a 2004 runtime refuses to start a
 * second after Terminate; the module's pages, unchanged from the site, run
 * in a frame below it and keep progress in localStorage as they always do.
 *
 * On launch: suspend data from the LMS is merged into local progress before
 * the frame loads, so the pages resume. Then every change the pages store
 * (a `storage` event reaches this window when the frame writes) is sent on
 * as the module's status, score and suspend data. With no LMS, the frame
 * just loads and progress stays local.
 */

import { moduleStatus } from '../course/module-status';
import { hash } from '../course/ordering';
import { decodeProgress } from '../course/progress-codec';
import { mergeProgress } from '../course/progress-merge';
import { cmiValues, SUSPEND_DATA_LIMIT } from '../course/scorm-cmi';
import { decodeSuspendData, encodeSuspendData } from '../course/suspend-data';
import { BACKUP_PREFIX, LAUNCH_DATA_ID, PROGRESS_KEY, type LaunchData } from './launch-data';
import { connect, type Lms } from './lms';

/** How long to gather changes before sending them: a reflection is saved as it is typed. */
const SEND_DELAY = 1000;

const data = JSON.parse(document.getElementById(LAUNCH_DATA_ID)?.textContent ?? '{}') as LaunchData;
const frame = document.querySelector('iframe') as HTMLIFrameElement;
const statusLine = document.getElementById('lms-status');
const started = Date.now();
const suspendElement = 'cmi.suspend_data';
const locationElement = data.version === 'scorm12' ? 'cmi.core.lesson_location' : 'cmi.location';

function read(key: string): string | null {
	try {
		return localStorage.getItem(key);
	} catch {
		return null;
	}
}

function write(key: string, value: string): void {
	try {
		localStorage.setItem(key, value);
	} catch {
		// Storage blocked or full: the module's pages tell the learner so themselves.
	}
}

/** Unreadable local progress is kept aside exactly as the site's store does, before anything writes over it. */
function keepAside(raw: string, reason: string): void {
	const key = `${BACKUP_PREFIX}${hash(raw).toString(36)}-${raw.length}`;
	if (read(key) === null) write(key, JSON.stringify({ reason, at: new Date().toISOString(), raw }));
}

/** Merges the LMS's suspend data into local progress, newer record winning item by item. */
function restore(lms: Lms): void {
	const restored = decodeSuspendData(lms.get(suspendElement), data.plan);
	if (!restored) return;
	const raw = read(PROGRESS_KEY);
	const local = decodeProgress(raw);
	if (local.kind === 'unreadable' && raw !== null) keepAside(raw, local.reason);
	const { progress, summary } = mergeProgress(local.progress, restored);
	if (summary.added.length + summary.updated.length > 0 || local.kind === 'unreadable') write(PROGRESS_KEY, JSON.stringify(progress));
}

/** The page to open: the lesson the LMS or local progress says the learner was in, else the module page. */
function startPage(lms: Lms | undefined): string {
	const candidates = [lms?.get(locationElement), decodeProgress(read(PROGRESS_KEY)).progress.last?.lessonId];
	const lesson = candidates.find((id): id is string => id !== undefined && Object.hasOwn(data.lessonPages, id));
	return lesson ? (data.lessonPages[lesson] as string) : data.modulePage;
}

/** The lesson the frame shows, if it shows one. */
function currentLesson(): string | undefined {
	try {
		const path = frame.contentWindow?.location.pathname ?? '';
		return Object.entries(data.lessonPages).find(([, page]) => path.endsWith(`/${page}`))?.[0];
	} catch {
		return undefined;
	}
}

let lms = connect(data.version);
let timer: ReturnType<typeof setTimeout> | undefined;

/** Sends the module's standing to the LMS and commits. Unreadable local progress is never sent over what the LMS has. */
function send(): void {
	clearTimeout(timer);
	timer = undefined;
	if (!lms) return;
	const decoded = decodeProgress(read(PROGRESS_KEY));
	if (decoded.kind === 'unreadable') return;
	const progress = decoded.progress;
	const location = currentLesson();
	const values = cmiValues(data.version, {
		status: moduleStatus(progress, data.plan.module),
		...(location !== undefined && { location }),
		elapsed: Date.now() - started,
		suspendData: encodeSuspendData(progress, data.plan, SUSPEND_DATA_LIMIT[data.version]),
	});
	for (const [element, value] of values) lms.set(element, value);
	lms.commit();
}

const sendSoon = () => {
	clearTimeout(timer);
	timer = setTimeout(send, SEND_DELAY);
};

function finish(): void {
	if (!lms) return;
	send();
	lms.finish();
	lms = undefined;
}

/**
 * Links that lead out of the package (the site's other pages, drawn by an
 * island at run time) open the public site in a new tab, or nothing when
 * the build named no site: the frame must not wander off to a page the LMS
 * does not have.
 */
function keepLinksInside(): void {
	const doc = frame.contentDocument;
	if (!doc) return;
	const root = new URL('.', location.href).href;
	doc.addEventListener(
		'click',
		(event) => {
			const target = event.target as { closest?: (selector: string) => HTMLAnchorElement | null } | null;
			const link = target?.closest?.('a[href]');
			if (!link || link.target === '_blank') return;
			const url = new URL(link.href);
			if (url.origin !== location.origin || url.href.startsWith(root)) return;
			event.preventDefault();
			if (data.site) window.open(new URL(url.pathname + url.hash, data.site).href, '_blank', 'noopener');
		},
		true,
	);
}

if (lms) restore(lms);
if (statusLine) {
	statusLine.textContent = lms
		? 'Your progress is saved to your course as you work.'
		: 'No LMS found: your progress is kept in this browser only.';
}
frame.addEventListener('load', () => {
	frame.title = frame.contentDocument?.title || frame.title;
	keepLinksInside();
	sendSoon();
});
frame.src = startPage(lms);

window.addEventListener('storage', (event) => {
	if (event.key === PROGRESS_KEY || event.key === null) sendSoon();
});
document.addEventListener('visibilitychange', () => {
	if (document.visibilityState === 'hidden') send();
});
window.addEventListener('pagehide', finish);
