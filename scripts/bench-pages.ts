/** The page types the benchmark and Lighthouse measure: one of each kind. Add a row to measure another. */
export const BENCH_PAGES = [
	{ type: 'home', path: '/' },
	{ type: 'module', path: '/modules/owning-a-mistake/' },
	{ type: 'lesson', path: '/modules/owning-a-mistake/kutcher-paterno-tweet/' },
	{ type: 'progress', path: '/progress/' },
	{ type: 'instructor', path: '/instructors/' },
	{ type: 'search', path: '/search/' },
] as const;

export type BenchPage = (typeof BENCH_PAGES)[number];
