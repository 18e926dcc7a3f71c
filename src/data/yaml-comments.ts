/**
 * Course files hold no YAML comments. In YAML, a `#` after a space starts a
 * comment, so `text: Keep #Cairo, swap the joke…` reads as "Keep" and the
 * rest of the line is dropped without a word (issue 14). Every reader of a
 * course file refuses a comment, with its line, so that no text is cut short.
 *
 * js-yaml, which parses the files, drops comments unseen; the `yaml`
 * package's parser keeps them and decides what is one as YAML does: a `#`
 * inside a quoted string or a block scalar, or not after a space (`C#`,
 * `page#fragment`), is text. No Astro imports: it runs in plain Node as well.
 */

import { LineCounter, Parser } from 'yaml';

/** What an author reads beside the line of a comment. */
export const YAML_COMMENT_MESSAGE = 'a YAML comment: YAML drops a # at the start of a line or after a space, and the rest of the line with it. Quote the text ("…") if the # belongs to it, or remove the comment.';

/** The line (from 1) of every comment in a YAML text, in order. */
export function findYamlComments(text: string): { line: number }[] {
	const lines = new LineCounter();
	const offsets: number[] = [];
	for (const token of new Parser(lines.addNewLine).parse(text)) collectComments(token, offsets);
	return offsets.sort((a, b) => a - b).map((offset) => ({ line: lines.linePos(offset).line }));
}

/** An issue for each comment in a YAML text that starts at line `firstLine` of its file, worded for the author. */
export function yamlCommentIssues(text: string, firstLine = 1): { line: number; message: string }[] {
	return findYamlComments(text).map(({ line }) => ({ line: line + firstLine - 1, message: YAML_COMMENT_MESSAGE }));
}

/**
 * Comments sit in many places of the parser's tree (before an item, between a
 * key and its value, after a scalar, at the end of a document); walking all
 * of it finds them wherever they are.
 */
function collectComments(node: unknown, offsets: number[]): void {
	if (Array.isArray(node)) {
		for (const item of node) collectComments(item, offsets);
	} else if (typeof node === 'object' && node !== null) {
		if ('type' in node && node.type === 'comment' && 'offset' in node && typeof node.offset === 'number') offsets.push(node.offset);
		else for (const value of Object.values(node)) collectComments(value, offsets);
	}
}
