/**
 * The lesson page's islands, imported from this one module so that every
 * island on a lesson page names the same file as its component-url: the
 * browser then fetches the shared 'lesson' chunk directly, not a one-line
 * file per island that re-exports it (four requests and about 300 bytes
 * gzipped saved on every lesson).
 */

export { default as Checkpoint } from './Checkpoint.svelte';
export { default as LessonTracker } from './LessonTracker.svelte';
export { default as Reflection } from './Reflection.svelte';
export { default as RevealGate } from './RevealGate.svelte';
export { default as Scenario } from './Scenario.svelte';
