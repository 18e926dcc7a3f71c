import { describe, expect, it } from 'vitest';
import { findTermProblems, readTerms } from '../../src/course/terms';

const known = new Set(['holding-statement', 'dark-site']);

describe('readTerms', () => {
	it('reads term ids in the order they stand', () => {
		expect(readTerms('A <Term id="dark-site">dark site</Term> and a <Term id="holding-statement">statement</Term>.')).toEqual([
			'dark-site',
			'holding-statement',
		]);
	});
});

describe('findTermProblems', () => {
	it.each([
		['finds nothing wrong with known terms linked once', 'a <Term id="dark-site">x</Term>', []],
		['names a term the glossary lacks', 'a <Term id="spin">x</Term>', ['<Term id="spin"> names no term of the glossary']],
		['refuses a term with no id', 'a <Term>x</Term>', ['<Term> has no id']],
		[
			'refuses a second link to the same term',
			'<Term id="dark-site">x</Term> then <Term id="dark-site">y</Term>',
			['<Term id="dark-site"> links the term again; link it only where it first appears'],
		],
	])('%s', (_title, body, expected) => {
		expect(findTermProblems(body, known)).toEqual(expected);
	});
});
