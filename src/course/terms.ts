/**
 * Where a lesson's body links glossary terms. A lesson links a term once,
 * where it first uses it; read from the body as text, like placement.
 */

const TERM = /<Term\b([^>]*)>/g;
const ID = /\bid="([^"]*)"/;

/** The term ids a body links, in the order they stand. */
export function readTerms(body: string): string[] {
	return [...body.matchAll(TERM)].map((match) => ID.exec(match[1] ?? '')?.[1] ?? '');
}

/** What is wrong with a body's term links; empty when nothing is. */
export function findTermProblems(body: string, known: ReadonlySet<string>): string[] {
	const problems: string[] = [];
	const seen = new Set<string>();
	for (const id of readTerms(body)) {
		if (!id) problems.push('<Term> has no id');
		else if (!known.has(id)) problems.push(`<Term id="${id}"> names no term of the glossary`);
		else if (seen.has(id)) problems.push(`<Term id="${id}"> links the term again; link it only where it first appears`);
		seen.add(id);
	}
	return problems;
}
