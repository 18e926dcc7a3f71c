/**
 * The one script every page runs, so every byte here is paid on every page:
 * the reading settings, and the offline worker with its update prompt.
 */

const root = document.documentElement;

for (const select of document.querySelectorAll<HTMLSelectElement>('[data-setting]')) {
	const setting = select.dataset['setting'];
	const fallback = select.options[0]?.value;
	select.value = root.getAttribute(`data-${setting}`) ?? fallback ?? '';
	select.onchange = () => {
		const choice = select.value;
		const key = `casebook:${setting}`;
		try {
			if (choice === fallback) localStorage.removeItem(key);
			else localStorage.setItem(key, choice);
		} catch {
			// Storage blocked: the choice holds for this page only.
		}
		if (choice === fallback) root.removeAttribute(`data-${setting}`);
		else root.setAttribute(`data-${setting}`, choice);
	};
}

// The worker never takes over by itself: a page built against one version
// keeps that version's files until the learner chooses to reload.
const workers = navigator.serviceWorker;
if (import.meta.env.PROD && workers) {
	let reloading = false;
	workers.oncontrollerchange = () => reloading && location.reload();
	// A browser that blocks workers may resolve with no registration at all.
	workers.register('/sw.js').then((registration: ServiceWorkerRegistration | undefined) => {
		if (!registration) return;
		const offer = () => {
			const waiting = registration.waiting;
			const prompt = document.querySelector<HTMLElement>('[data-update]');
			if (!waiting || !workers.controller || !prompt) return;
			prompt.hidden = false;
			prompt.querySelector('button')!.onclick = () => {
				reloading = true;
				waiting.postMessage('SKIP_WAITING');
			};
		};
		offer();
		registration.onupdatefound = () => registration.installing?.addEventListener('statechange', offer);
	}, () => {});
}
