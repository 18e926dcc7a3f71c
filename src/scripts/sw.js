/* global VERSION, FILES */
// The offline worker. The build (src/integrations/service-worker.ts) puts
// VERSION and FILES, every file of the built site, in front of this.

const CACHE = `casebook-${VERSION}`;

self.addEventListener('install', (event) => {
	// No skipWaiting here: open pages keep the version they were built with
	// until the learner accepts the update (SKIP_WAITING, below).
	event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)));
});

self.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((keys) => Promise.all(keys.filter((key) => key.startsWith('casebook-') && key !== CACHE).map((key) => caches.delete(key))))
			.then(() => self.clients.claim()),
	);
});

self.addEventListener('message', (event) => {
	if (event.data === 'SKIP_WAITING') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
	const request = event.request;
	const url = new URL(request.url);
	if (request.method !== 'GET' || url.origin !== location.origin) return;
	// Hashed assets never change under one name: the cache is the truth.
	if (url.pathname.startsWith('/_astro/')) {
		event.respondWith(caches.match(request).then((cached) => cached ?? fetch(request)));
		return;
	}
	// Pages and everything else: the network when there is one, this version's copy when not.
	event.respondWith(
		fetch(request).catch(() =>
			caches
				.open(CACHE)
				.then((cache) => cache.match(request, { ignoreSearch: true }).then((cached) => cached ?? (request.mode === 'navigate' ? cache.match('/404.html') : undefined)))
				.then((cached) => cached ?? Response.error()),
		),
	);
});
