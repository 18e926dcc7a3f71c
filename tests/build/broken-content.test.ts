/**
 * The promise to authors: `astro build` refuses broken content with a message
 * that names the file and the field. Each case copies the fixture course,
 * breaks one thing and runs a real build against it.
 */

import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURE_DIR } from '../support/fixture';

const scratch = mkdtempSync(join(tmpdir(), 'casebook-broken-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Builds a copy of the fixture course with each named file edited; the build must fail. */
function buildBroken(name: string, edits: Record<string, (text: string) => string>): string {
	const lessons = join(scratch, name);
	cpSync(FIXTURE_DIR, lessons, { recursive: true });
	for (const [file, edit] of Object.entries(edits)) {
		const path = join(lessons, file);
		writeFileSync(path, edit(readFileSync(path, 'utf8')));
	}
	const run = spawnSync('npx', ['astro', 'build', '--outDir', join(scratch, `${name}-dist`)], {
		encoding: 'utf8',
		env: { ...process.env, CASEBOOK_LESSONS: lessons, CASEBOOK_CACHE_DIR: join(scratch, `${name}-cache`), ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' },
		timeout: 120_000,
	});
	expect(run.status, `the build of "${name}" should fail`).not.toBe(0);
	return `${run.stdout}\n${run.stderr}`;
}

describe('astro build with broken content', () => {
	it('names the lesson file and the field when an option has no feedback', () => {
		const output = buildBroken('no-feedback', { 'demo-module/01-demo-lesson.mdx': (text) => text.replace('        feedback: No, because it is not.\n', '') });
		expect(output).toContain('01-demo-lesson.mdx');
		expect(output).toMatch(/questions\.0\.options\.1\.feedback/);
	}, 150_000);

	it('names the lesson file when its frontmatter is not YAML at all', () => {
		const output = buildBroken('bad-yaml', { 'demo-module/01-demo-lesson.mdx': (text) => text.replace(/^title: .*$/m, 'title: [unclosed') });
		expect(output).toMatch(/demo-module\/01-demo-lesson\.mdx → frontmatter: the frontmatter is not valid YAML: .*\(\d+:\d+\)/);
	}, 150_000);

	it('names the module file and the field when a module lists a lesson that does not exist', () => {
		const output = buildBroken('ghost-lesson', { 'demo-module/module.yaml': (text) => text.replace('  - demo-lesson\n', '  - demo-lesson\n  - ghost-lesson\n') });
		expect(output).toContain('demo-module/module.yaml → lessons[1]: lesson "ghost-lesson" does not exist');
	}, 150_000);

	it('names the file and the line of a YAML comment, in a lesson and in a module file alike', () => {
		const output = buildBroken('comments', {
			'demo-module/01-demo-lesson.mdx': (text) => text.replace(/^title: .*$/m, 'title: A #hashtag'),
			'demo-module/module.yaml': (text) => text.replace(/^title: .*$/m, 'title: Demo module # for now'),
		});
		expect(output).toMatch(/demo-module\/01-demo-lesson\.mdx:3: a YAML comment: .*Quote the text/);
		expect(output).toMatch(/demo-module\/module\.yaml:2: a YAML comment: .*Quote the text/);
	}, 150_000);
});
