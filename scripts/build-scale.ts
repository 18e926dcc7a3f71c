/**
 * Does the build scale? Copies the course, adds N synthetic lessons (copies
 * of real ones, ~1,500 words with exhibits, checkpoints, a reflection and a
 * scenario, every id made unique) in modules of ten, builds each copy into a
 * scratch folder with its own cache, and prints wall time, the CPU time of
 * the build and every process it started (on 2 cores, at most twice the wall
 * time: the build's floor), peak memory and the HTML size of the same lesson, module and home page for each N.
 * Exits non-zero when 1,000 lessons take over 25 s or 2,000 over 50 s.
 *
 *   npm run bench:scale               # N = 0 (the real course), 1000, 2000
 *   npm run bench:scale -- 200 500    # other sizes
 */

import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';

const LIMITS: Record<number, number> = { 1000: 25, 2000: 50 };
const SOURCE_MODULE = 'owning-a-mistake';
const PER_MODULE = 10;
const sizes = process.argv.slice(2).map(Number);
const counts = sizes.length > 0 ? sizes : [0, 1000, 2000];

const moduleText = readFileSync(`lessons/${SOURCE_MODULE}/module.yaml`, 'utf8');
const lessonFiles = (parse(moduleText) as { lessons: string[] }).lessons.map((id, index) => {
	const file = `lessons/${SOURCE_MODULE}/${String(index + 1).padStart(2, '0')}-${id}.mdx`;
	const text = readFileSync(file, 'utf8');
	const front = parse(text.split(/^---$/m)[1] ?? '') as { id: string; questions: { id: string }[]; scenario?: { id: string } };
	return { id, text, ids: [front.id, ...front.questions.map((question) => question.id), ...(front.scenario ? [front.scenario.id] : [])] };
});
const allIds = lessonFiles.flatMap((lesson) => lesson.ids).sort((a, b) => b.length - a.length);
const idPattern = new RegExp(`(?<![\\w-])(${allIds.map((id) => id.replace(/[-]/g, '\\-')).join('|')})(?![\\w-])`, 'g');

/** Every course-wide id in a text, suffixed so that a copy collides with nothing. */
const rename = (text: string, suffix: string) => text.replace(idPattern, (id) => `${id}-${suffix}`);

function generate(root: string, count: number): void {
	const modules: string[] = [];
	for (let made = 0, m = 0; made < count; m += 1) {
		const moduleId = `synthetic-${m}`;
		const dir = join(root, moduleId);
		mkdirSync(dir);
		const lessons: string[] = [];
		for (let slot = 0; slot < PER_MODULE && made < count; slot += 1, made += 1) {
			const source = lessonFiles[slot % lessonFiles.length];
			if (!source) throw new Error('The source module has no lessons.');
			// Both lessons of one copy of the source module share a suffix, so the teaching note's ids can follow them.
			const suffix = `m${m}p${Math.floor(slot / lessonFiles.length)}`;
			lessons.push(`${source.id}-${suffix}`);
			writeFileSync(join(dir, `${String(slot + 1).padStart(2, '0')}-${source.id}-${suffix}.mdx`), rename(source.text, suffix));
		}
		// The teaching note names the first copy of each source lesson, which every synthetic module holds.
		const note = rename(moduleText, `m${m}p0`).replace(/^id: .*$/m, `id: ${moduleId}`).replace(/^lessons:\n(?: {2}- .*\n)+/m, `lessons:\n${lessons.map((id) => `  - ${id}\n`).join('')}`);
		writeFileSync(join(dir, 'module.yaml'), note);
		modules.push(moduleId);
	}
	const course = readFileSync(join(root, 'course.yaml'), 'utf8').replace(/^modules:\n((?: {2}- .*\n)+)/m, (_, listed: string) => `modules:\n${listed}${modules.map((id) => `  - ${id}\n`).join('')}`);
	writeFileSync(join(root, 'course.yaml'), course);
}

function htmlSize(dist: string, path: string): number {
	try {
		return statSync(join(dist, path, 'index.html')).size;
	} catch {
		return NaN;
	}
}

const rows: string[][] = [];
const broken: string[] = [];
for (const count of counts) {
	const scratch = mkdtempSync(join(tmpdir(), `casebook-scale-${count}-`));
	try {
		const lessons = join(scratch, 'lessons');
		cpSync('lessons', lessons, { recursive: true });
		generate(lessons, count);
		const dist = join(scratch, 'dist');
		// GNU time reports the peak resident memory and CPU time of the build and every process it starts.
		const run = spawnSync('/usr/bin/time', ['-f', '%e %M %U %S', 'npx', 'astro', 'build', '--outDir', dist], {
			encoding: 'utf8',
			env: { ...process.env, CASEBOOK_LESSONS: lessons, CASEBOOK_CACHE_DIR: join(scratch, 'cache'), ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' },
			maxBuffer: 256 * 1024 * 1024,
		});
		const last = run.stderr.trim().split('\n').at(-1) ?? '';
		const [seconds = NaN, peakKb = NaN, user = NaN, system = NaN] = last.split(' ').map(Number);
		if (run.status !== 0) {
			console.error(run.stdout.slice(-3000), run.stderr.slice(-3000));
			broken.push(`${count} lessons: the build failed`);
			continue;
		}
		const limit = LIMITS[count];
		if (limit !== undefined && seconds > limit) broken.push(`${count} lessons: built in ${seconds} s > ${limit} s`);
		rows.push([
			String(count),
			`${seconds.toFixed(1)} s`,
			`${(user + system).toFixed(0)} s`,
			`${Math.round(peakKb / 1024)} MiB`,
			String(htmlSize(dist, `modules/${SOURCE_MODULE}/kutcher-paterno-tweet`)),
			String(htmlSize(dist, `modules/${SOURCE_MODULE}`)),
			String(htmlSize(dist, '')),
		]);
		console.log(`  ${count} synthetic lessons: ${seconds} s (CPU ${(user + system).toFixed(0)} s), ${Math.round(peakKb / 1024)} MiB`);
	} finally {
		rmSync(scratch, { recursive: true, force: true });
	}
}

const header = ['synthetic lessons', 'build time', 'CPU time', 'peak memory', 'lesson HTML bytes', 'module HTML bytes', 'home HTML bytes'];
const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
console.log(`\nThe real course plus N synthetic lessons (copies of ${SOURCE_MODULE}'s ${lessonFiles.length}), ${PER_MODULE} to a module; on this machine, with whatever else it is running.\n`);
for (const row of [header, ...rows]) console.log(row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  '));
if (broken.length > 0) {
	console.log(`\nBroken:\n${broken.map((problem) => `  ✗ ${problem}`).join('\n')}`);
	process.exitCode = 1;
}
