import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCourse, type ModuleModel } from '../../src/course/build-course';
import { moduleStatus } from '../../src/course/module-status';
import { emptyProgress, lessonStatus, markVisited, recordAttempt, recordChoice, recordSecondThought, revealAnswer, revealBeforeDeciding, saveReflection, replayScenario } from '../../src/course/progress';
import { SUSPEND_DATA_LIMIT } from '../../src/course/scorm-cmi';
import { answerKey, score } from '../../src/course/score';
import { decodeSuspendData, encodeSuspendData, resumePlan, SHORTENED_NOTE, type ResumePlan } from '../../src/course/suspend-data';
import type { Progress, StoredAnswer } from '../../src/schemas/progress';
import { readCourse } from '../support/read-course';

const { files } = readCourse();
const built = files && buildCourse(files);
if (!built?.ok) throw new Error('The course must build for these tests.');
const modules = built.course.modules;

/** Whole seconds, as suspend data keeps them, so that round trips compare equal. */
const at = (second: number) => new Date(Date.UTC(2026, 0, 5, 9) + second * 1000).toISOString();

/** Text that compresses about as badly as prose can: random letters and spaces. */
function noise(length: number, seed: number): string {
	let state = seed;
	let text = '';
	for (let i = 0; i < length; i += 1) {
		state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
		// The high bits: an LCG's low bits repeat every few steps, which deflate would spot.
		text += 'abcdefghijklmnopqrstuvwxyz ,.ÄéΩ'.charAt((state >>> 16) % 32);
	}
	return text;
}

/** A learner who did everything in the module, with every text at its limit and many scenario runs. */
function everything(module: ModuleModel, texts: (length: number, seed: number) => string, runs: number): Progress {
	let progress = emptyProgress();
	let second = 0;
	const tick = () => at((second += 7));
	for (const lesson of module.lessons) {
		progress = markVisited(progress, lesson.id, tick());
		for (const question of lesson.questions) {
			if (question.type === 'reflection') {
				progress = saveReflection(progress, question.id, texts(20_000, second), tick());
				continue;
			}
			const answer = answerKey(question);
			// The stored shape holds plain arrays; the answer key's are read-only.
			const key: StoredAnswer = answer.type === 'single' ? answer : answer.type === 'multiple' ? { type: 'multiple', optionIds: [...answer.optionIds] } : { type: 'ordering', order: [...answer.order] };
			const result = score(question, key);
			if (result.kind !== 'points') throw new Error('an answer key must score');
			progress = recordAttempt(progress, question.id, key, { earned: 0, total: result.total }, tick());
			progress = revealAnswer(progress, question.id, tick());
			progress = recordAttempt(progress, question.id, key, result, tick());
		}
		const scenario = lesson.scenario;
		if (!scenario) continue;
		// The fullest record: the first run revealed before deciding, every step with its confidence, and a second thought.
		progress = revealBeforeDeciding(progress, scenario.id, tick());
		for (let run = 0; run < runs; run += 1) {
			if (run > 0) progress = replayScenario(progress, scenario.id, tick());
			scenario.historicalPath.forEach((choice, step) => {
				progress = recordChoice(progress, scenario.id, { choice, rationale: texts(1000, run * 10 + step), confidence: 1 + ((run + step) % 4) }, step === scenario.historicalPath.length - 1, tick());
			});
		}
		const opening = scenario.nodes.find((node) => node.id === scenario.start);
		if (opening?.kind === 'decision') progress = recordSecondThought(progress, scenario.id, opening.choices.at(-1)?.id ?? '', tick());
	}
	return progress;
}

const biggest = [...modules].sort((a, b) => JSON.stringify(everything(b, noise, 3)).length - JSON.stringify(everything(a, noise, 3)).length)[0] as ModuleModel;

describe('suspend data for SCORM 1.2', () => {
	it.each(modules.map((module) => [module.id, module] as const))('fits 4,096 characters for %s with every text at its limit', (_id, module) => {
		const encoded = encodeSuspendData(everything(module, noise, 12), resumePlan(module), SUSPEND_DATA_LIMIT.scorm12);
		expect(encoded.length).toBeGreaterThan(0);
		expect(encoded.length).toBeLessThanOrEqual(4096);
	});

	it(`keeps what resuming needs for the biggest module (${biggest.id}), and says which texts were shortened`, () => {
		const plan = resumePlan(biggest);
		const original = everything(biggest, noise, 12);
		const decoded = decodeSuspendData(encodeSuspendData(original, plan, SUSPEND_DATA_LIMIT.scorm12), plan);
		if (!decoded) throw new Error('suspend data did not decode');
		expect(moduleStatus(decoded, plan.module)).toEqual(moduleStatus(original, plan.module));
		for (const lesson of plan.module.lessons) expect(lessonStatus(decoded, lesson)).toEqual(lessonStatus(original, lesson));
		expect(decoded.questions).toEqual(original.questions);
		expect(decoded.lessons).toEqual(original.lessons);
		expect(decoded.last).toEqual(original.last);
		for (const [id, reflection] of Object.entries(decoded.reflections)) {
			expect(reflection.text.endsWith(SHORTENED_NOTE)).toBe(true);
			expect(original.reflections[id]?.text.startsWith(reflection.text.slice(0, -SHORTENED_NOTE.length))).toBe(true);
		}
		for (const [id, record] of Object.entries(decoded.scenarios)) {
			const runs = original.scenarios[id]?.runs ?? [];
			expect(record.runs.map((run) => run.steps.map((step) => step.choice))).toEqual([runs[0], runs.at(-1)].map((run) => run?.steps.map((step) => step.choice)));
			expect(record.runs.map((run) => run.steps.map((step) => step.confidence))).toEqual([runs[0], runs.at(-1)].map((run) => run?.steps.map((step) => step.confidence)));
			expect(record.runs[0]?.second).toEqual(runs[0]?.second);
			expect(record.runs[0]?.revealedEarlyAt).toEqual(runs[0]?.revealedEarlyAt);
		}
	});
});

describe('suspend data for SCORM 2004', () => {
	it.each(modules.map((module) => [module.id, module] as const))('restores %s exactly when texts are of a usual length', (_id, module) => {
		const plan = resumePlan(module);
		const original = everything(module, (length, seed) => noise(Math.min(length, 600), seed), 1);
		const encoded = encodeSuspendData(original, plan, SUSPEND_DATA_LIMIT.scorm2004);
		expect(decodeSuspendData(encoded, plan)).toEqual(original);
	});

	it('keeps the first finished run and the latest one of a scenario', () => {
		const module = modules[0] as ModuleModel;
		const plan = resumePlan(module);
		const original = everything(module, (length, seed) => noise(Math.min(length, 50), seed), 4);
		const decoded = decodeSuspendData(encodeSuspendData(original, plan, SUSPEND_DATA_LIMIT.scorm2004), plan);
		for (const [id, record] of Object.entries(original.scenarios)) {
			expect(decoded?.scenarios[id]?.runs).toEqual([record.runs[0], record.runs.at(-1)]);
		}
	});
});

describe('reading suspend data back', () => {
	const plan: ResumePlan = resumePlan(modules[0] as ModuleModel);

	it('leaves out progress from other modules', () => {
		const other = modules[1] as ModuleModel;
		const encoded = encodeSuspendData(everything(other, noise, 1), plan, SUSPEND_DATA_LIMIT.scorm12);
		expect(decodeSuspendData(encoded, plan)).toEqual(emptyProgress());
	});

	it.each([
		['nothing', ''],
		['another format', 'viewed=1,2,3|lastviewedslide=3'],
		['broken base64', 'cb1.%%%'],
		['deflate of something else', `cb1.${btoa('not deflate at all')}`],
		['a number', 42],
		['null', null],
	])('gives undefined for %s', (_name, text) => {
		expect(decodeSuspendData(text, plan)).toBeUndefined();
	});

	it('gives undefined for suspend data written for a module with more questions', () => {
		const encoded = encodeSuspendData(everything(biggest, noise, 1), resumePlan(biggest), SUSPEND_DATA_LIMIT.scorm2004);
		const smaller: ResumePlan = { ...resumePlan(biggest), module: { ...resumePlan(biggest).module, lessons: resumePlan(biggest).module.lessons.slice(0, 1) } };
		expect(decodeSuspendData(encoded, smaller)).toBeUndefined();
	});

	it('never throws, whatever the text', () => {
		fc.assert(
			fc.property(fc.string(), (tail) => {
				expect(() => decodeSuspendData(`cb1.${tail}`, plan)).not.toThrow();
			}),
		);
	});
});
