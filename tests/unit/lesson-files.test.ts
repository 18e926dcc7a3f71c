import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readLessonFile, splitFrontmatter } from '../../src/data/lesson-files';
import { FIXTURE_LESSON } from '../support/fixture';

const fixture = readFileSync(FIXTURE_LESSON, 'utf8');

describe('readLessonFile', () => {
	it('reads the fixture lesson: its checked frontmatter and its MDX body', () => {
		const read = readLessonFile(fixture);
		if (!read.ok) throw new Error(JSON.stringify(read.issues));
		expect(read.data.id).toBe('demo-lesson');
		expect(read.data.questions.length).toBeGreaterThan(0);
		expect(read.body).toBe(fixture.slice(fixture.indexOf('\n---', 3) + '\n---\n'.length));
		expect(read.body).not.toContain('questions:');
	});

	it('reads a file with Windows line endings the same way', () => {
		const read = readLessonFile(fixture.replaceAll('\n', '\r\n'));
		expect(read.ok && read.data.id).toBe('demo-lesson');
	});

	it('names the field and what is wrong with it when the schema refuses the frontmatter', () => {
		const read = readLessonFile(fixture.replace('        feedback: No, because it is not.\n', ''));
		expect(read).toEqual({ ok: false, issues: [expect.objectContaining({ field: 'questions.0.options.1.feedback' })] });
	});

	it('says the frontmatter is not YAML, and where, instead of throwing', () => {
		const read = readLessonFile(fixture.replace(/^title: .*$/m, 'title: [unclosed'));
		expect(read.ok).toBe(false);
		if (read.ok) return;
		expect(read.issues).toEqual([{ field: 'frontmatter', message: expect.stringMatching(/^the frontmatter is not valid YAML: .*\(\d+:\d+\)/s) }]);
	});

	it('asks for frontmatter when a file has none', () => {
		expect(readLessonFile('# Just prose\n')).toEqual({ ok: false, issues: [{ field: 'frontmatter', message: 'a lesson starts with its frontmatter between two --- lines' }] });
	});

	it('refuses frontmatter that is not a mapping, naming no field', () => {
		const read = readLessonFile('---\n- a list\n---\nbody\n');
		expect(read.ok).toBe(false);
		if (!read.ok) expect(read.issues[0]).toMatchObject({ field: '(frontmatter)' });
	});

	it('refuses a YAML comment in the frontmatter, naming its line in the file', () => {
		const read = readLessonFile(fixture.replace(/^title: .*$/m, 'title: A #hashtag'));
		expect(read).toEqual({ ok: false, issues: [{ line: 3, message: expect.stringContaining('Quote the text') }] });
	});

	it('reads a quoted # as text', () => {
		const read = readLessonFile(fixture.replace(/^title: .*$/m, 'title: "A #hashtag"'));
		expect(read.ok && read.data.title).toBe('A #hashtag');
	});
});

describe('splitFrontmatter', () => {
	it('leaves a file without frontmatter whole, as its body', () => {
		expect(splitFrontmatter('no frontmatter\n---\nhere\n')).toEqual({ data: undefined, body: 'no frontmatter\n---\nhere\n' });
	});
});
