import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts', 'tests/build/**/*.test.ts'],
		environment: 'node',
		// Property tests run hundreds of cases; on a busy 2-core machine 5 s is too tight for them.
		testTimeout: 30_000,
	},
});
