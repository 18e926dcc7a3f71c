import { describe, expect, it } from 'vitest';
import { buildCourse, formatProblems, type CourseFiles } from '../../src/course/build-course';
import { FIXTURE_DIR } from '../support/fixture';
import { readCourse } from '../support/read-course';

function fixture(): CourseFiles {
	const { files, failures } = readCourse(FIXTURE_DIR);
	if (!files || failures.length > 0) throw new Error(`fixture does not parse: ${JSON.stringify(failures)}`);
	return structuredClone(files);
}

function problemsAfter(edit: (files: CourseFiles) => void): string[] {
	const files = fixture();
	edit(files);
	const result = buildCourse(files);
	return result.ok ? [] : result.problems.map((problem) => `${problem.file} → ${problem.field}: ${problem.message}`);
}

const MODULE = `${FIXTURE_DIR}/demo-module/module.yaml`;
const LESSON = `${FIXTURE_DIR}/demo-module/01-demo-lesson.mdx`;
const COURSE = `${FIXTURE_DIR}/course.yaml`;

describe('buildCourse', () => {
	it('assembles the fixture: modules in order, lessons in order, items indexed by id', () => {
		const result = buildCourse(fixture());
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.course.modules.map((module) => module.id)).toEqual(['demo-module']);
		expect(result.course.lessons.map((lesson) => [lesson.id, lesson.moduleId])).toEqual([['demo-lesson', 'demo-module']]);
		expect(result.course.modules[0]?.minutes).toBe(5);
		expect([...result.course.questions.keys()]).toEqual(['demo-single', 'demo-multiple', 'demo-ordering', 'demo-reflection']);
		expect(result.course.scenarios.get('demo-scenario')?.lesson.id).toBe('demo-lesson');
		expect(result.course.glossary.map((term) => [term.id, term.usedIn.map((lesson) => lesson.id)])).toEqual([['demo-term', ['demo-lesson']]]);
	});

	const broken: [string, (files: CourseFiles) => void, string][] = [
		['a lesson that links a term the glossary lacks', (f) => (f.lessons[0]!.body += '<Term id="ghost-term">x</Term>'), `${LESSON} → body: <Term id="ghost-term"> names no term of the glossary`],
		['a glossary term that sees also a term it lacks', (f) => f.glossary.data.terms[0]!.seeAlso.push('ghost-term'), `${FIXTURE_DIR}/glossary.yaml → terms[0].seeAlso[0]: "ghost-term" is not a term of the glossary`],
		['a module that lists a lesson that does not exist', (f) => f.modules[0]!.data.lessons.push('ghost'), `${MODULE} → lessons[1]: lesson "ghost" does not exist`],
		['a course that lists a module that does not exist', (f) => f.course.data.modules.push('ghost-module'), `${COURSE} → modules[1]: module "ghost-module" does not exist`],
		['a module that the course does not list', (f) => (f.course.data.modules = []), `${MODULE} → id: module "demo-module" is not listed in the course's modules`],
		['a lesson that no module lists', (f) => (f.modules[0]!.data.lessons = []), `${LESSON} → id: lesson "demo-lesson" is not listed by any module`],
		['a lesson listed twice', (f) => f.modules[0]!.data.lessons.push('demo-lesson'), `${MODULE} → lessons[1]: lesson "demo-lesson" is already listed by module "demo-module"`],
		['two lessons with one id', (f) => f.lessons.push({ ...structuredClone(f.lessons[0]!), file: `${FIXTURE_DIR}/demo-module/02-demo-lesson.mdx` }), `${FIXTURE_DIR}/demo-module/02-demo-lesson.mdx → id: id "demo-lesson" is already used by ${LESSON}`],
		['a question id used in two lessons', (f) => {
			const copy = structuredClone(f.lessons[0]!);
			copy.file = `${FIXTURE_DIR}/demo-module/02-other-lesson.mdx`;
			copy.data.id = 'other-lesson';
			copy.data.scenario = undefined;
			copy.body = copy.body?.replace(/<Decide[^>]*>/, '').replace(/<Reveal[^>]*>[\s\S]*?<\/Reveal>/, '');
			f.lessons.push(copy);
			f.modules[0]!.data.lessons.push('other-lesson');
		}, `${FIXTURE_DIR}/demo-module/02-other-lesson.mdx → questions[0].id: id "demo-single" is already used in ${LESSON}`],
		['a scenario id that a question already uses', (f) => (f.lessons[0]!.data.scenario!.id = 'demo-single'), `${LESSON} → scenario.id: id "demo-single" is already used in ${LESSON}`],
		['a lesson file whose name does not match its id', (f) => (f.lessons[0]!.file = `${FIXTURE_DIR}/demo-module/01-misnamed.mdx`), `${FIXTURE_DIR}/demo-module/01-misnamed.mdx → id: the file of lesson "demo-lesson" must be named NN-demo-lesson.mdx`],
		['a module in a folder of another name', (f) => (f.modules[0]!.file = `${FIXTURE_DIR}/elsewhere/module.yaml`), `${FIXTURE_DIR}/elsewhere/module.yaml → id: module "demo-module" must live in a folder named "demo-module", not "elsewhere"`],
		['a teaching-note objective assessed by an unknown question', (f) => f.modules[0]!.data.teachingNote.objectives[0]!.assessedBy.push('ghost-question'), `${MODULE} → teachingNote.objectives[0].assessedBy[1]: "ghost-question" is not a question of this module`],
		['a declared question the body never places', (f) => (f.lessons[0]!.body = f.lessons[0]!.body!.replace('<Checkpoint id="demo-multiple" />', '')), `${LESSON} → body: question "demo-multiple" is declared but never placed`],
	];

	it.each(broken)('reports %s with its file and field', (_, edit, expected) => {
		const problems = problemsAfter(edit);
		expect(problems.some((problem) => problem.startsWith(expected)), `expected a problem starting "${expected}", got:\n${problems.join('\n')}`).toBe(true);
	});
});

describe('formatProblems', () => {
	it('puts one problem on a line, file first, and counts them', () => {
		const text = formatProblems([
			{ file: 'lessons/a/module.yaml', field: 'lessons[0]', message: 'lesson "x" does not exist' },
			{ file: 'lessons/a/01-y.mdx', field: 'id', message: 'lesson "y" is not listed by any module' },
		]);
		expect(text).toBe(
			'The course content has 2 problems:\n  lessons/a/module.yaml → lessons[0]: lesson "x" does not exist\n  lessons/a/01-y.mdx → id: lesson "y" is not listed by any module',
		);
	});
});
