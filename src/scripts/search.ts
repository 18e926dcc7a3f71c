/**
 * The search page, over Pagefind's index (built by src/integrations/search-index.ts).
 * Pagefind's own script is loaded on the first search, not with the page.
 */

interface Result {
	url: string;
	excerpt: string;
	meta: { title?: string };
}
interface Pagefind {
	debouncedSearch(query: string, options?: object, wait?: number): Promise<{ results: { data(): Promise<Result>; }[] } | null>;
}

const form = document.querySelector<HTMLFormElement>('[data-search]')!;
const input = form.querySelector('input')!;
const summary = document.querySelector<HTMLElement>('[data-search-summary]')!;
const list = document.querySelector<HTMLOListElement>('[data-search-results]')!;
let engine: Promise<Pagefind> | undefined;

/** Pagefind's excerpts are HTML with <mark>: keep the marks, and only the text of anything else. */
function excerpt(html: string): Node[] {
	const parsed = new DOMParser().parseFromString(html, 'text/html').body.childNodes;
	return [...parsed].map((node) => {
		if (node.nodeName !== 'MARK') return document.createTextNode(node.textContent ?? '');
		const mark = document.createElement('mark');
		mark.textContent = node.textContent;
		return mark;
	});
}

async function run(query: string) {
	if (!query.trim()) {
		list.replaceChildren();
		summary.textContent = '';
		return;
	}
	// A variable path, so that the bundler leaves Pagefind's file to the browser.
	const path = '/pagefind/pagefind.js';
	engine ??= import(/* @vite-ignore */ path);
	const search = await (await engine).debouncedSearch(query, {}, 200);
	if (!search) return;
	const results = await Promise.all(search.results.slice(0, 20).map((result) => result.data()));
	list.replaceChildren(
		...results.map((result) => {
			const item = document.createElement('li');
			const link = document.createElement('a');
			link.href = result.url;
			link.textContent = result.meta.title ?? result.url;
			const text = document.createElement('p');
			text.append(...excerpt(result.excerpt));
			item.append(link, text);
			return item;
		}),
	);
	const count = search.results.length;
	summary.textContent = `${count === 0 ? 'No' : count} ${count === 1 ? 'result' : 'results'} for “${query}”${count > results.length ? `; the first ${results.length} are shown` : ''}.`;
}

form.onsubmit = (event) => {
	event.preventDefault();
	history.replaceState(null, '', `?q=${encodeURIComponent(input.value)}`);
	void run(input.value);
};
input.oninput = () => void run(input.value);
input.value = new URLSearchParams(location.search).get('q') ?? '';
void run(input.value);
