/**
 * Where a lesson's body places its declared parts. Lessons put the anatomy's
 * sections in MDX as components; this reads the body as text (before MDX
 * compiles it) to check that every declared question and scenario is placed
 * exactly once, in the anatomy's order.
 */

import type { Lesson } from '../schemas/lesson';

/** The anatomy of a lesson, in order (PRODUCT.md). */
export const SECTION_ORDER = ['Situation', 'Exhibits', 'Decide', 'Reveal', 'Checkpoints', 'Reflect', 'Takeaways'] as const;
export type SectionName = (typeof SECTION_ORDER)[number];

export interface PlacedTag {
	name: SectionName | 'Checkpoint';
	/** The id or scenario attribute, where the tag has one. */
	ref: string | undefined;
	/** Whether the tag stands inside <Checkpoints>…</Checkpoints>. */
	insideCheckpoints: boolean;
}

const TAG = /<(\/?)(Situation|Exhibits|Decide|Reveal|Checkpoints|Checkpoint|Reflect|Takeaways)\b([^>]*)>/g;
const REF = /\b(?:id|scenario)="([^"]*)"/;

/** The anatomy tags of a body, in the order they stand. */
export function readPlacement(body: string): PlacedTag[] {
	const tags: PlacedTag[] = [];
	let depth = 0;
	for (const match of body.matchAll(TAG)) {
		const [, closing, name, attributes = ''] = match;
		if (name === 'Checkpoints') {
			depth += closing ? -1 : attributes.trimEnd().endsWith('/') ? 0 : 1;
			if (closing) continue;
		} else if (closing) {
			continue;
		}
		tags.push({
			name: name as PlacedTag['name'],
			ref: REF.exec(attributes)?.[1],
			insideCheckpoints: name === 'Checkpoint' && depth > 0,
		});
	}
	return tags;
}

/** The sections a body shows, in order: for the page's table of contents. */
export function sectionsOf(body: string): SectionName[] {
	const names = readPlacement(body).map((tag) => tag.name);
	return SECTION_ORDER.filter((section) => names.includes(section));
}

/** What is wrong with how a body places the lesson's parts; empty when nothing is. */
export function findPlacementProblems(body: string, lesson: Pick<Lesson, 'questions' | 'scenario'>): string[] {
	const problems: string[] = [];
	const tags = readPlacement(body);

	let lastRank = -1;
	const seenSections = new Set<string>();
	for (const tag of tags) {
		if (tag.name === 'Checkpoint') continue;
		const rank = SECTION_ORDER.indexOf(tag.name);
		if (rank < lastRank) {
			problems.push(`<${tag.name}> stands after <${SECTION_ORDER[lastRank]}>; the anatomy's order is ${SECTION_ORDER.join(', ')}`);
		}
		if (seenSections.has(tag.name) && tag.name !== 'Reflect') problems.push(`<${tag.name}> is used more than once`);
		seenSections.add(tag.name);
		lastRank = Math.max(lastRank, rank);
	}
	if (!seenSections.has('Situation')) problems.push('the body has no <Situation>');

	const placedCount = new Map<string, number>();
	for (const tag of tags) {
		if (tag.name === 'Checkpoint' || tag.name === 'Reflect') {
			const question = lesson.questions.find((candidate) => candidate.id === tag.ref);
			const wanted = tag.name === 'Reflect' ? 'reflection' : 'a scored question';
			if (!tag.ref) problems.push(`<${tag.name}> has no id`);
			else if (!question) problems.push(`<${tag.name} id="${tag.ref}"> names no question of this lesson`);
			else if ((question.type === 'reflection') !== (tag.name === 'Reflect')) {
				problems.push(`<${tag.name} id="${tag.ref}"> must name ${wanted}; "${tag.ref}" is ${question.type}`);
			}
			if (tag.name === 'Checkpoint' && !tag.insideCheckpoints) problems.push(`<Checkpoint id="${tag.ref ?? ''}"> stands outside <Checkpoints>`);
			if (tag.ref) placedCount.set(tag.ref, (placedCount.get(tag.ref) ?? 0) + 1);
		}
		if ((tag.name === 'Decide' || tag.name === 'Reveal') && tag.ref !== lesson.scenario?.id) {
			problems.push(`<${tag.name} scenario="${tag.ref ?? ''}"> names no scenario of this lesson`);
		}
	}
	for (const question of lesson.questions) {
		const count = placedCount.get(question.id) ?? 0;
		const tag = question.type === 'reflection' ? 'Reflect' : 'Checkpoint';
		if (count === 0) problems.push(`question "${question.id}" is declared but never placed: add <${tag} id="${question.id}" />`);
		if (count > 1) problems.push(`question "${question.id}" is placed ${count} times`);
	}
	if (lesson.scenario) {
		for (const section of ['Decide', 'Reveal'] as const) {
			if (!seenSections.has(section)) problems.push(`scenario "${lesson.scenario.id}" needs <${section} scenario="${lesson.scenario.id}">`);
		}
	}
	return problems;
}
