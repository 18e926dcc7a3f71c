import { describe, expect, it } from 'vitest';
import { lessonSchema } from '../../src/schemas/lesson';
import { validLessonData, type RawData } from '../support/fixture';

/** The issues a schema finds, as "path: message" lines. */
function issuesOf(data: unknown): string[] {
	const result = lessonSchema.safeParse(data);
	return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

type Edit = (lesson: RawData) => void;
const scenarioNode = (lesson: RawData, id: string) => lesson['scenario'].nodes.find((node: { id: string }) => node.id === id);

describe('lessonSchema', () => {
	it('accepts the fixture lesson', () => {
		expect(issuesOf(validLessonData())).toEqual([]);
	});

	it('normalises dates to ISO strings, whether YAML gave a date or a string', () => {
		const lesson = validLessonData();
		lesson['case'].date = new Date('2011-11-09T00:00:00Z');
		const parsed = lessonSchema.parse(lesson);
		expect(parsed.case.date).toBe('2011-11-09');
		expect(parsed.sources[0]?.date).toBe('2011-11');
	});

	it('fills defaults: points of 1, options not correct unless marked', () => {
		const parsed = lessonSchema.parse(validLessonData());
		const single = parsed.questions.find((question) => question.id === 'demo-single');
		expect(single).toMatchObject({ points: 1, options: [{ correct: true }, { correct: false }] });
	});

	const broken: [string, Edit, string][] = [
		['a single-choice question with two correct options', (l) => (l['questions'][0].options[1].correct = true), 'questions.0.options: a single-choice question needs exactly one correct option; this one has 2'],
		['a single-choice question with no correct option', (l) => (l['questions'][0].options[0].correct = false), 'questions.0.options: a single-choice question needs exactly one correct option; this one has 0'],
		['an option without feedback', (l) => delete l['questions'][0].options[1].feedback, 'questions.0.options.1.feedback:'],
		['an option with empty feedback', (l) => (l['questions'][1].options[2].feedback = '  '), 'questions.1.options.2.feedback: must not be empty'],
		['an ordering item without feedback', (l) => delete l['questions'][2].items[0].feedback, 'questions.2.items.0.feedback:'],
		['a multiple-select question with no correct option', (l) => l['questions'][1].options.forEach((o: { correct: boolean }) => (o.correct = false)), 'questions.1.options: a multiple-select question needs at least one correct option'],
		['two options with one id', (l) => (l['questions'][0].options[1].id = 'right'), 'questions.0.options.1.id: duplicate id "right"'],
		['two questions with one id', (l) => (l['questions'][1].id = 'demo-single'), 'questions.1.id: duplicate id "demo-single"'],
		['an unknown question type', (l) => (l['questions'][0].type = 'essay'), 'questions.0.type:'],
		['an id that is not kebab-case', (l) => (l['id'] = 'Demo Lesson'), 'id: must be lowercase words joined by hyphens'],
		['a source without a title', (l) => delete l['sources'][0].title, 'sources.0.title:'],
		['a source with a URL that is not http(s)', (l) => (l['sources'][0].url = 'javascript:alert(1)'), 'sources.0.url: must be an http(s) URL'],
		['a source with a malformed date', (l) => (l['sources'][0].date = '9 Nov 2011'), 'sources.0.date:'],
		['no sources', (l) => (l['sources'] = []), 'sources: a lesson needs its sources'],
		['a choice that leads nowhere', (l) => (scenarioNode(l, 'begin').choices[1].next = 'nowhere'), 'scenario.nodes.0.choices.1.next: choice "go-right" leads to node "nowhere", which does not exist'],
		['an unreachable scenario node', (l) => l['scenario'].nodes.push({ id: 'island', kind: 'outcome', title: 'Alone', debrief: 'Nobody gets here.', rating: 'weak' }), 'scenario.nodes.5: node "island" cannot be reached from the start'],
		['a path that never ends', (l) => (scenarioNode(l, 'left').choices[1].next = 'begin'), 'scenario.nodes: a path never ends: it loops begin → left → begin'],
		['a start node that does not exist', (l) => (l['scenario'].start = 'nowhere'), 'scenario.start: start names node "nowhere", which does not exist'],
		['a historical path that strays from the graph', (l) => (l['scenario'].historicalPath = ['go-left', 'go-right']), 'scenario.historicalPath.1: "go-right" is not a choice at node "left"'],
		['a historical path that stops short of an outcome', (l) => (l['scenario'].historicalPath = ['go-left']), 'scenario.historicalPath: the historical path must end at an outcome'],
		['a decision with one choice', (l) => scenarioNode(l, 'left').choices.pop(), 'scenario.nodes.1.choices: a decision needs at least two choices'],
		['two choices with one id', (l) => (scenarioNode(l, 'left').choices[0].id = 'go-left'), 'scenario.nodes.1.choices.0.id: duplicate choice id "go-left"'],
		['an outcome without a rating', (l) => delete scenarioNode(l, 'bad-end').rating, 'scenario.nodes.3.rating:'],
		['the reserved id teaching-note', (l) => (l['id'] = 'teaching-note'), 'id: the id "teaching-note" is taken'],
		['a question id that plain objects already answer to', (l) => (l['questions'][0].id = 'constructor'), 'questions.0.id: the id "constructor" is reserved'],
	];

	it.each(broken)('refuses %s, naming the field', (_, edit, expected) => {
		const lesson = validLessonData();
		edit(lesson);
		const issues = issuesOf(lesson);
		expect(issues.some((issue) => issue.startsWith(expected)), `expected an issue starting "${expected}", got:\n${issues.join('\n')}`).toBe(true);
	});
});
