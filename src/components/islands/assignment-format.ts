/** How assignment islands word dates and states: shared so the builder's preview and the learner's page say it alike. */

import type { DueState } from '../../course/assignment';

/** "Friday 5 December 2026, 23:59" in the given zone (the learner's own when none is given). */
export function when(iso: string, zone?: string): string {
	return new Intl.DateTimeFormat('en-GB', { dateStyle: 'full', timeStyle: 'short', ...(zone && { timeZone: zone }) }).format(Date.parse(iso));
}

export function localZone(): string {
	return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** The due date in the instructor's zone, and in the learner's own when that differs. */
export function dueLine(due: string, zone: string, here: string | undefined): string {
	const set = `${when(due, zone)} (${zone.replaceAll('_', ' ')} time)`;
	return here && here !== zone && when(due, here) !== when(due, zone) ? `${set}, which is ${when(due, here)} where you are` : set;
}

/** What the learner is told of a hold: before it, when the outcome opens and what to do meanwhile (the builder's preview, having no clock, says that too). */
export function holdLine(heldUntil: string, zone: string, here: string | undefined, now?: number): string {
	const until = dueLine(heldUntil, zone, here);
	return now !== undefined && now >= Date.parse(heldUntil)
		? `Your instructor kept what really happened hidden until ${until}; it is open now.`
		: `Your instructor is keeping what really happened hidden until ${until} — decide before then; you’ll see it in class.`;
}

export const DUE_LABEL: Record<DueState, string> = {
	done: 'Done',
	'done-late': 'Done, after the due date',
	overdue: 'Overdue',
	'due-soon': 'Due soon',
	open: 'Open',
};
