import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURE_DIR } from '../support/fixture';
import { readCourse } from '../support/read-course';

const scratch = mkdtempSync(join(tmpdir(), 'casebook-read-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('readCourse', () => {
	it('refuses a YAML comment in every kind of course file, naming the file and the line', () => {
		const dir = join(scratch, 'comments');
		cpSync(FIXTURE_DIR, dir, { recursive: true });
		const edit = (file: string, from: RegExp, to: string) => writeFileSync(join(dir, file), readFileSync(join(dir, file), 'utf8').replace(from, to));
		edit('course.yaml', /^tagline: .*$/m, 'tagline: A tiny course #tests');
		edit('glossary.yaml', /^terms:/m, '# The terms.\nterms:');
		edit('demo-module/module.yaml', /^title: .*$/m, 'title: Demo module # for now');
		edit('demo-module/01-demo-lesson.mdx', /^title: .*$/m, 'title: A #hashtag');

		const { failures } = readCourse(dir);

		const at = (file: string, line: number) => ({ file: relative(process.cwd(), join(dir, file)), issues: [expect.stringMatching(new RegExp(`^line ${line}: .*Quote the text`))] });
		expect(failures).toEqual(expect.arrayContaining([at('course.yaml', 2), at('glossary.yaml', 1), at('demo-module/module.yaml', 2), at('demo-module/01-demo-lesson.mdx', 3)]));
	});
});
