import { describe, expect, it } from 'vitest';
import { buildCourse } from '../../src/course/build-course';
import { courseOutline } from '../../src/course/outline';
import { readOutline } from '../../src/stores/outline';
import { readCourse } from '../support/read-course';

const { files } = readCourse();
const built = files && buildCourse(files);
if (!built?.ok) throw new Error('The course does not build.');
const file = { version: built.course.version, modules: courseOutline(built.course) };

describe('readOutline', () => {
	it('reads back exactly what /outline.json holds for the real course', () => {
		expect(readOutline(JSON.parse(JSON.stringify(file)))).toEqual(file);
	});

	it('refuses what an old cache or a broken deploy could serve instead', () => {
		const first = file.modules[0];
		if (!first) throw new Error('The course has no modules.');
		const broken: unknown[] = [
			undefined,
			'<!doctype html><p>Not found</p>',
			{ version: file.version },
			{ ...file, modules: [{ ...first, id: '<img src=x onerror=alert(1)>' }] },
			{ ...file, modules: [{ ...first, href: 'javascript:alert(1)' }] },
			{ ...file, modules: [{ ...first, passMark: 70 }] },
			{ ...file, modules: [{ ...first, lessons: [{ ...first.lessons[0], scored: [{ id: 'q', points: -1 }] }] }] },
		];
		for (const data of broken) expect(readOutline(data)).toBeUndefined();
	});
});
