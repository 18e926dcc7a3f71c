/**
 * Measures a lesson body the way an editor would: its prose words and its
 * exhibits. The content suite holds every lesson to the course's bars
 * (issue 4: 1,000–2,000 words, at least three exhibits).
 */

/** Words of prose, with MDX tags and their attributes left out. */
export function proseWords(body: string): number {
	const text = body.replace(/<[^>]*>/g, ' ');
	return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

const EXHIBIT = /<(Timeline|PostCard|Figure|Pullquote)\b/g;

/** The exhibit components inside <Exhibits>…</Exhibits>, by name, in order. */
export function exhibitsOf(body: string): string[] {
	const section = /<Exhibits>([\s\S]*?)<\/Exhibits>/.exec(body)?.[1] ?? '';
	return [...section.matchAll(EXHIBIT)].map((match) => match[1] ?? '');
}
