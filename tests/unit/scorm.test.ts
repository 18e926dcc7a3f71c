import { describe, expect, it } from 'vitest';
import type { ModuleStatus } from '../../src/course/module-status';
import { modulePackages, packageFileName } from '../../src/course/packages';
import { cmiValues, duration2004, lessonStatus12, percentScore, successStatus2004, timespan12 } from '../../src/course/scorm-cmi';
import { BACKUP_PREFIX as BRIDGE_BACKUP_PREFIX, PROGRESS_KEY as BRIDGE_PROGRESS_KEY } from '../../src/scorm/launch-data';
import { BACKUP_PREFIX, PROGRESS_KEY } from '../../src/stores/progress';

const status = (over: Partial<ModuleStatus>): ModuleStatus => ({
	lessonsDone: 1,
	lessonsTotal: 2,
	earned: 3,
	available: 4,
	passed: true,
	started: true,
	completed: false,
	...over,
});

describe('what the LMS is told', () => {
	it.each([
		['in progress, above the pass mark', status({}), 'incomplete', 'passed'],
		['in progress, below it', status({ passed: false, earned: 1 }), 'incomplete', 'unknown'],
		['completed, passed', status({ completed: true, lessonsDone: 2 }), 'passed', 'passed'],
		['completed, below the pass mark', status({ completed: true, lessonsDone: 2, passed: false, earned: 1 }), 'failed', 'failed'],
		['completed, nothing scored', status({ completed: true, lessonsDone: 2, passed: false, earned: 0, available: 0 }), 'completed', 'unknown'],
	])('%s: 1.2 says %s, 2004 success says %s', (_name, given, status12, success) => {
		expect(lessonStatus12(given)).toBe(status12);
		expect(successStatus2004(given)).toBe(success);
	});

	it('scores as a percentage of the points, two decimals, and sends no score when nothing is scored', () => {
		expect(percentScore(status({ earned: 2, available: 3 }))).toBe(66.67);
		expect(percentScore(status({ earned: 0, available: 0 }))).toBeUndefined();
		expect(cmiValues('scorm12', { status: status({ earned: 0, available: 0 }), elapsed: 0, suspendData: '' }).map(([element]) => element)).not.toContain('cmi.core.score.raw');
	});

	it('sends raw, min, max and scaled for 2004', () => {
		const values = Object.fromEntries(cmiValues('scorm2004', { status: status({ earned: 3, available: 4 }), location: 'a-lesson', elapsed: 61_500, suspendData: 'x' }));
		expect(values).toMatchObject({ 'cmi.score.raw': '75', 'cmi.score.min': '0', 'cmi.score.max': '100', 'cmi.score.scaled': '0.75', 'cmi.location': 'a-lesson', 'cmi.session_time': 'PT1M1.5S', 'cmi.exit': 'suspend', 'cmi.suspend_data': 'x' });
	});

	it.each([
		[0, '0000:00:00.00', 'PT0S'],
		[1234, '0000:00:01.23', 'PT1.23S'],
		[3_723_450, '0001:02:03.45', 'PT1H2M3.45S'],
		[36_000_000_000, '9999:00:00.00', 'PT10000H0S'],
	])('writes %i ms as %s (1.2) and %s (2004)', (ms, twelve, iso) => {
		expect(timespan12(ms)).toBe(twelve);
		expect(duration2004(ms)).toBe(iso);
	});
});

describe('package names', () => {
	it('names both zips of a module and where the site serves them', () => {
		expect(packageFileName('owning-a-mistake', 'scorm12')).toBe('owning-a-mistake-scorm12.zip');
		expect(modulePackages('whose-voice').map((entry) => entry.href)).toEqual(['/packages/whose-voice-scorm12.zip', '/packages/whose-voice-scorm2004.zip']);
	});
});

describe('the bridge', () => {
	it('reads and writes the same storage keys as the site', () => {
		expect([BRIDGE_PROGRESS_KEY, BRIDGE_BACKUP_PREFIX]).toEqual([PROGRESS_KEY, BACKUP_PREFIX]);
	});
});
