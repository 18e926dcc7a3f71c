import { describe, expect, it } from 'vitest';
import { findYamlComments } from '../../src/data/yaml-comments';

describe('findYamlComments', () => {
	it.each([
		['a comment at the start of a line', '# about this file\ntitle: A\n', [1]],
		['an indented comment on a line of its own', 'terms:\n  # the next one\n  - a\n', [2]],
		['a comment after a value', 'title: Keep #Cairo, swap the joke\n', [1]],
		['a comment after a tab', 'title: Keep\t#Cairo\n', [1]],
		['a comment after a quoted value', 'title: "A" # note\n', [1]],
		['a comment as a list item, which leaves the item empty', 'answers:\n  - #Cairo fails all three\n', [2]],
		['a comment after a key, before its value', 'title: # note\n  A\n', [1]],
		['a comment after a block scalar indicator', 'summary: >- # note\n  A\n', [1]],
		['a comment inside a flow sequence', 'ids: [a, #b\n  c]\n', [1]],
		['a comment below a block scalar, less indented than its text', 'summary: |\n  A\n# note\n', [3]],
		['every comment, on its own line, in order', 'a: 1 # one\nb: 2\nc: 3 # three\n', [1, 3]],
		['a comment on a line ending in CRLF', 'a: 1\r\nb: 2 # two\r\n', [2]],
	])('finds %s', (_, text, lines) => {
		expect(findYamlComments(text)).toEqual(lines.map((line) => ({ line })));
	});

	it.each([
		['a # inside double quotes', 'title: "Keep #Cairo, swap the joke"\n'],
		['a # inside single quotes', "title: 'Kenneth Cole''s #Cairo tweet'\n"],
		['a # on the second line of a quoted value', 'title: "Keep\n  #Cairo"\n'],
		['a # inside a folded block scalar', 'summary: >-\n  Keep #Cairo\n  # and this line\n'],
		['a # inside a literal block scalar', 'summary: |\n  # a heading\n  text # more\n'],
		['a # not after a space', 'title: C# for a#b\n'],
		['a URL with a fragment', 'url: https://example.org/page#fragment\n'],
		['no YAML at all', ''],
	])('finds nothing in %s', (_, text) => {
		expect(findYamlComments(text)).toEqual([]);
	});
});
