import { defineConfig, devices } from '@playwright/test';
import { findBrowser } from './tests/e2e/browser';

const browser = findBrowser();
// CASEBOOK_TEST_PORT lets two checkouts run their browser tests side by side.
const port = Number(process.env['CASEBOOK_TEST_PORT'] ?? 4322);

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	forbidOnly: Boolean(process.env['CI']),
	retries: 0,
	workers: 2,
	reporter: process.env['CI'] ? [['list']] : [['list'], ['html', { open: 'never' }]],
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		trace: 'retain-on-failure',
		// Each fresh context would install the offline worker and precache the whole course behind the test's back;
		// offline.spec.ts allows it where the worker is what is tested.
		serviceWorkers: 'block',
	},
	projects: [
		{
			name: 'chromium',
			use: {
				...devices['Desktop Chrome'],
				launchOptions: { ...(browser?.executablePath && { executablePath: browser.executablePath }), args: browser?.args ?? [] },
			},
		},
	],
	// The built site, as a static host serves it: run `npm run build` first (npm test does).
	webServer: {
		command: `node tests/e2e/serve.ts ${port}`,
		url: `http://127.0.0.1:${port}/`,
		reuseExistingServer: !process.env['CI'],
		timeout: 30_000,
	},
});
