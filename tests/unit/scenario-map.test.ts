import { describe, expect, it } from 'vitest';
import { scenarioMapSvg } from '../../src/components/lesson/scenario-map-svg';
import { followPath, graphOf } from '../../src/course/scenario-graph';
import { labelWidth, layOutScenario, MAP, wrapLabel, type Box, type ScenarioMap } from '../../src/course/scenario-map';
import type { Scenario } from '../../src/schemas/scenario';
import { readCourse } from '../support/read-course';

const { files } = readCourse();
const scenarios = (files?.lessons ?? []).flatMap((lesson) => (lesson.data.scenario ? [lesson.data.scenario] : []));
if (scenarios.length === 0) throw new Error('No lesson has a scenario to map.');

const outcome = (id: string, title = id, rating: 'strong' | 'mixed' | 'weak' = 'mixed') => ({ id, kind: 'outcome' as const, title, debrief: 'd', rating });
const LONG_TITLE = 'A title long enough that it has to be wrapped over more than one line, and then cut short, because three lines are not enough for it';
/** A node two decisions lead to, as in the Kenneth Cole lesson: the map must still draw every line downwards. */
const merging: Scenario = {
	id: 'merging',
	title: 'A merge',
	start: 'first',
	historicalPath: ['direct', 'end-well'],
	nodes: [
		{ id: 'first', kind: 'decision', situation: 's', choices: [{ id: 'direct', text: 't', next: 'shared' }, { id: 'ask', text: 't', next: 'second' }, { id: 'quit', text: 't', next: 'gave-up' }] },
		{ id: 'second', kind: 'decision', situation: 's', choices: [{ id: 'anyway', text: 't', next: 'shared' }, { id: 'drop', text: 't', next: 'dropped' }] },
		{ id: 'shared', kind: 'decision', situation: 's', choices: [{ id: 'end-well', text: 't', next: 'well' }, { id: 'end-badly', text: 't', next: 'badly' }] },
		outcome('gave-up'),
		outcome('dropped'),
		outcome('well', 'It went well', 'strong'),
		outcome('badly', LONG_TITLE, 'weak'),
	],
};

const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const within = (box: Box, map: ScenarioMap) => box.x >= 0 && box.y >= 0 && box.x + box.width <= map.width && box.y + box.height <= map.height;
/** The corners an edge's path data passes: "M12 24V88H40" → (12,24) (12,88) (40,88). */
function cornersOf(d: string): { x: number; y: number }[] {
	const [, x, y, down, across] = /^M([\d.]+) ([\d.]+)V([\d.]+)H([\d.]+)$/.exec(d)?.map(Number) ?? [];
	if (x === undefined || y === undefined || down === undefined || across === undefined) throw new Error(`unexpected path data ${d}`);
	return [{ x, y }, { x, y: down }, { x: across, y: down }];
}

describe.each(scenarios.map((scenario) => [scenario.id, scenario] as const))('the map of %s', (_, scenario) => {
	const map = layOutScenario(scenario);
	const byId = new Map(map.nodes.map((node) => [node.id, node]));
	const choices = scenario.nodes.flatMap((node) => (node.kind === 'decision' ? node.choices.map((choice) => ({ ...choice, from: node.id })) : []));

	it('draws every node once and every choice as an edge between the right nodes', () => {
		expect(map.nodes.map((node) => node.id).toSorted()).toEqual(scenario.nodes.map((node) => node.id).toSorted());
		expect(map.edges.map(({ id, from, to }) => ({ id, from, to })).toSorted((a, b) => a.id.localeCompare(b.id))).toEqual(
			choices.map(({ id, from, next }) => ({ id, from, to: next })).toSorted((a, b) => a.id.localeCompare(b.id)),
		);
	});

	it('keeps every node and edge inside the view box, and the view box narrow enough for a phone', () => {
		expect(map.width).toBeLessThanOrEqual(MAP.maxWidth);
		for (const node of map.nodes) expect(within(node.box, map), node.id).toBe(true);
		for (const edge of map.edges) {
			for (const { x, y } of cornersOf(edge.d)) expect(x >= 0 && x <= map.width && y >= 0 && y <= map.height, edge.id).toBe(true);
		}
	});

	it('lets no two nodes overlap, and runs no edge through a node it does not join', () => {
		for (const [index, node] of map.nodes.entries()) {
			for (const other of map.nodes.slice(index + 1)) expect(overlap(node.box, other.box), `${node.id} and ${other.id}`).toBe(false);
		}
		for (const edge of map.edges) {
			const [top, corner, end] = cornersOf(edge.d);
			if (!top || !corner || !end) throw new Error('an edge has three corners');
			const trunk: Box = { x: top.x, y: top.y, width: 0.01, height: corner.y - top.y };
			const branch: Box = { x: corner.x, y: corner.y, width: end.x - corner.x, height: 0.01 };
			for (const node of map.nodes.filter((candidate) => candidate.id !== edge.from && candidate.id !== edge.to)) {
				expect(overlap(trunk, node.box) || overlap(branch, node.box), `${edge.id} through ${node.id}`).toBe(false);
			}
		}
	});

	it('puts every choice a layer further on, and lower down, than the decision it leaves', () => {
		for (const edge of map.edges) {
			const from = byId.get(edge.from);
			const to = byId.get(edge.to);
			expect(to?.layer ?? -1, edge.id).toBeGreaterThan(from?.layer ?? Infinity);
			expect(to?.y ?? -1, edge.id).toBeGreaterThan(from?.y ?? Infinity);
			expect(to?.x ?? -1, edge.id).toBeGreaterThan(from?.x ?? Infinity);
		}
	});

	it('marks exactly the path that was really taken', () => {
		const followed = followPath(scenario.start, graphOf(scenario.nodes), scenario.historicalPath);
		if (!followed.ok) throw new Error(followed.message);
		expect(map.edges.filter((edge) => edge.real).map((edge) => edge.id).toSorted()).toEqual(scenario.historicalPath.toSorted());
		expect(map.nodes.filter((node) => node.real).map((node) => node.id).toSorted()).toEqual(followed.visited.toSorted());
	});

	it('labels decisions in order from the top, and endings with their title and rating', () => {
		const decisions = map.nodes.filter((node) => !node.rating);
		expect(decisions.map((node) => node.lines.join(' '))).toEqual(decisions.map((_, index) => `Decision ${index + 1}`));
		expect(map.nodes[0]?.id).toBe(scenario.start);
		for (const node of scenario.nodes) {
			if (node.kind !== 'outcome') continue;
			const drawn = byId.get(node.id);
			expect(drawn?.rating).toBe(node.rating);
			expect(drawn?.fullTitle ?? drawn?.lines.join(' ')).toBe(node.title);
		}
	});

	it('writes markup with every choice and node in it, and stays small: the map is in the lesson HTML', () => {
		const svg = scenarioMapSvg(map, { label: 'Map', describedBy: 'path' });
		for (const choice of choices) expect(svg).toContain(`data-choice="${choice.id}"`);
		for (const node of scenario.nodes) expect(svg).toContain(`data-node="${node.id}"`);
		expect(svg.match(/data-real="true"/g)?.length).toBe(scenario.historicalPath.length * 2 + 1);
		expect(new TextEncoder().encode(svg).length).toBeLessThan(3600);
	});
});

describe('layOutScenario', () => {
	it('places a node two decisions lead to below both, so every line runs downwards', () => {
		const map = layOutScenario(merging);
		expect(map.nodes.map((node) => node.id)).toEqual(['first', 'second', 'shared', 'well', 'badly', 'dropped', 'gave-up']);
		expect(map.nodes.find((node) => node.id === 'shared')?.layer).toBe(2);
	});

	it('wraps a long ending title, cuts it short after three lines and keeps the whole title aside', () => {
		const badly = layOutScenario(merging).nodes.find((node) => node.id === 'badly');
		expect(badly?.lines).toHaveLength(MAP.maxLines);
		expect(badly?.lines.at(-1)).toMatch(/…$/);
		expect(badly?.fullTitle).toBe(LONG_TITLE);
	});

	it('draws no widths or numbers without counts', () => {
		for (const edge of layOutScenario(merging).edges) expect(edge).not.toHaveProperty('width');
	});

	it('draws each edge as wide as its count, thinnest for none and thickest for the most, with the number beside it', () => {
		const map = layOutScenario(merging, { counts: { direct: 12, ask: 3, anyway: 3, 'end-well': 6 } });
		const width = (id: string) => map.edges.find((edge) => edge.id === id)?.width;
		expect(width('direct')).toBe(MAP.thickest);
		expect(width('quit')).toBe(MAP.thinnest);
		expect(width('ask')).toBe(width('anyway'));
		expect(width('ask')).toBeLessThan(width('end-well') ?? 0);
		expect(width('end-well')).toBeLessThan(width('direct') ?? 0);
		expect(map.edges.find((edge) => edge.id === 'quit')?.count).toBe(0);
		for (const edge of map.edges) {
			const at = edge.countAt;
			expect(at && at.x > 0 && at.x < map.width && at.y > 0 && at.y < map.height, edge.id).toBe(true);
		}
		const into = map.edges.filter((edge) => edge.to === 'shared').map((edge) => edge.countAt);
		expect(into[0]).not.toEqual(into[1]);
	});

	it('leaves room for the numbers: the layers sit further apart with counts', () => {
		const plain = layOutScenario(merging).nodes.find((node) => node.id === 'second');
		const counted = layOutScenario(merging, { counts: {} }).nodes.find((node) => node.id === 'second');
		expect((counted?.x ?? 0) - (plain?.x ?? 0)).toBe(MAP.indentWithCounts - MAP.indent);
	});
});

describe('wrapLabel', () => {
	it.each([
		['A quiet launch', 200, ['A quiet launch']],
		['Owned it, then added a check', 120, ['Owned it, then', 'added a check']],
	])('wraps "%s" in %i units as %j', (text, width, lines) => {
		expect(wrapLabel(text, width)).toEqual({ lines, cut: false });
	});

	it('keeps every line within the width, bold lines too', () => {
		for (const bold of [false, true]) {
			const { lines } = wrapLabel('Conceded on the page, answered on the supply chain', 130, bold);
			for (const line of lines) expect(labelWidth(line, bold)).toBeLessThanOrEqual(130);
		}
	});

	it('cuts a word too long for any line', () => {
		expect(wrapLabel('Supercalifragilisticexpialidocious', 60)).toMatchObject({ cut: true, lines: [expect.stringMatching(/^Super.*…$/)] });
	});
});

describe('scenarioMapSvg', () => {
	it('escapes titles, and gives a cut title its whole text as a tooltip', () => {
		const svg = scenarioMapSvg(layOutScenario({ ...merging, nodes: merging.nodes.map((node) => (node.id === 'well' ? outcome('well', 'Fish & <chips>', 'strong') : node)) }), {
			label: 'Map of “A merge”',
			describedBy: 'merge-path',
		});
		expect(svg).toContain('Fish &#38; &#60;chips&#62;');
		expect(svg).toContain('<title>A title long enough');
		expect(svg).toMatch(/^<svg role="img" aria-label="Map of “A merge”" aria-describedby="merge-path" viewBox="0 0 \d+ \d+" width="\d+">/);
	});
});
