import { describe, expect, it } from 'vitest';
import { findPlacementProblems, readPlacement, sectionsOf } from '../../src/course/placement';
import type { Lesson } from '../../src/schemas/lesson';

const lesson: Pick<Lesson, 'questions' | 'scenario'> = {
	questions: [
		{ id: 'q-one', type: 'single', prompt: 'Q', points: 1, options: [] },
		{ id: 'q-two', type: 'ordering', prompt: 'Q', points: 1, items: [] },
		{ id: 'q-think', type: 'reflection', prompt: 'Think', guidance: [] },
	],
	scenario: { id: 'the-night', title: 'T', start: 's', nodes: [], historicalPath: [] },
};

const good = `
<Situation>
Text
</Situation>
<Exhibits>
<PostCard author="A" handle="@a" platform="Twitter" date="2011-11-09">Hi</PostCard>
</Exhibits>
<Decide scenario="the-night" />
<Reveal scenario="the-night">
What happened.
</Reveal>
<Checkpoints>
<Checkpoint id="q-one" />
<Checkpoint id="q-two" />
</Checkpoints>
<Reflect id="q-think" />
<Takeaways>
- One
</Takeaways>
`;

describe('readPlacement', () => {
	it('reads the anatomy tags in order, with their ids, ignoring exhibits', () => {
		expect(readPlacement(good).map((tag) => [tag.name, tag.ref ?? null, tag.insideCheckpoints])).toEqual([
			['Situation', null, false],
			['Exhibits', null, false],
			['Decide', 'the-night', false],
			['Reveal', 'the-night', false],
			['Checkpoints', null, false],
			['Checkpoint', 'q-one', true],
			['Checkpoint', 'q-two', true],
			['Reflect', 'q-think', false],
			['Takeaways', null, false],
		]);
	});

	it('lists the sections a body shows, so empty ones leave the contents', () => {
		expect(sectionsOf('<Situation>x</Situation>\n<Takeaways>y</Takeaways>')).toEqual(['Situation', 'Takeaways']);
	});
});

describe('findPlacementProblems', () => {
	it('finds nothing wrong with a body that places everything once, in order', () => {
		expect(findPlacementProblems(good, lesson)).toEqual([]);
	});

	it.each([
		['sections out of order', good.replace('<Takeaways>\n- One\n</Takeaways>', '').replace('<Situation>', '<Takeaways>- One</Takeaways>\n<Situation>'), '<Situation> stands after <Takeaways>'],
		['a checkpoint placed twice', good.replace('<Checkpoint id="q-two" />', '<Checkpoint id="q-two" /><Checkpoint id="q-one" />'), 'question "q-one" is placed 2 times'],
		['a checkpoint never placed', good.replace('<Checkpoint id="q-two" />', ''), 'question "q-two" is declared but never placed: add <Checkpoint id="q-two" />'],
		['a checkpoint that names no question', good.replace('q-two" />', 'q-two" /><Checkpoint id="ghost" />'), '<Checkpoint id="ghost"> names no question of this lesson'],
		['a reflection placed as a checkpoint', good.replace('<Checkpoint id="q-two" />', '<Checkpoint id="q-two" /><Checkpoint id="q-think" />'), '<Checkpoint id="q-think"> must name a scored question; "q-think" is reflection'],
		['a checkpoint outside <Checkpoints>', good.replace('<Reflect id="q-think" />', '<Reflect id="q-think" />\n<Checkpoint id="q-one" />'), '<Checkpoint id="q-one"> stands outside <Checkpoints>'],
		['a scenario without its reveal', good.replace(/<Reveal[\s\S]*?<\/Reveal>/, ''), 'scenario "the-night" needs <Reveal scenario="the-night">'],
		['a decide naming another scenario', good.replace('<Decide scenario="the-night" />', '<Decide scenario="other" />'), '<Decide scenario="other"> names no scenario of this lesson'],
		['no situation', good.replace(/<Situation>[\s\S]*?<\/Situation>/, ''), 'the body has no <Situation>'],
	])('reports %s', (_, body, expected) => {
		const problems = findPlacementProblems(body, lesson);
		expect(problems.some((problem) => problem.startsWith(expected)), `expected a problem starting "${expected}", got:\n${problems.join('\n')}`).toBe(true);
	});
});
