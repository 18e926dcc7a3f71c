/**
 * A scenario drawn as a map: where each decision and ending sits, and the
 * lines between them. Pure geometry in SVG user units; ScenarioMap.astro
 * draws it.
 *
 * The map is an outline read top to bottom, one row per node, indented by
 * layer (the longest walk from the start). A scenario's last layer holds up
 * to a dozen endings with titles of forty characters or more; laid side by
 * side, as a layered graph usually is, they would not fit a 320 px phone.
 * One row each, every title has the width of the screen.
 */

import type { Scenario } from '../schemas/scenario';
import { followPath, graphOf } from './scenario-graph';

export type Rating = 'strong' | 'mixed' | 'weak';

export interface MapNode {
	id: string;
	/** Steps from the start along the longest walk: every choice leads to a higher layer. */
	layer: number;
	/** The centre of its marker. */
	x: number;
	y: number;
	/** The label, wrapped: "Decision 2", or an ending's title. */
	lines: string[];
	/** The whole title, when the lines had to cut it short. */
	fullTitle?: string;
	/** Set on endings only. */
	rating?: Rating;
	/** On the path that was really taken. */
	real: boolean;
	/** The area its marker and label cover. */
	box: Box;
}

export interface MapEdge {
	/** The choice this edge draws. */
	id: string;
	from: string;
	to: string;
	real: boolean;
	/** SVG path data: down from the parent's marker, then across to the child's. */
	d: string;
	/** Only when counts were given: the line's width, and how many took this choice. */
	width?: number;
	count?: number;
	/** Where the count is written (its text starts here, just past the bend), when counts were given. */
	countAt?: { x: number; y: number };
}

export interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}

export interface ScenarioMap {
	width: number;
	height: number;
	/** Top to bottom. */
	nodes: MapNode[];
	/** In the scenario's order of decisions and choices. */
	edges: MapEdge[];
}

export interface MapOptions {
	/** How many learners took each choice, by choice id: lines then vary in width and carry the number. */
	counts?: Readonly<Record<string, number>>;
}

/** Sizes in SVG user units, which are CSS pixels when the map is drawn at its own size. */
export const MAP = {
	/** Wide enough for a 320 px phone, inside the page's margins and the card's padding. */
	maxWidth: 254,
	pad: 4,
	/** Radius of a node's marker. */
	radius: 8,
	/** How far each layer sits to the right of the one before. */
	indent: 18,
	/** With counts, the gap before each marker holds a number. */
	indentWithCounts: 34,
	/** Gap between a marker and its label. */
	gap: 6,
	fontSize: 13,
	lineHeight: 15,
	/** Height of a row with one line of label. */
	row: 24,
	maxLines: 3,
	/** Line widths when counts are given: the fewest takers to the most. */
	thinnest: 1.5,
	thickest: 7,
} as const;

/** Character widths in ems, from DejaVu Sans, the widest of the fonts system-ui resolves to (Linux); the rest take 0.61. */
const EMS: [RegExp, number][] = [
	[/[ijl.,:;'’‘!|]/, 0.28],
	[/\s/, 0.32],
	[/[frt()\-“”"]/, 0.42],
	[/[sz?]/, 0.53],
	[/[0-9$]/, 0.64],
	[/[mMW@%…—]/, 1],
	[/w/, 0.82],
	[/[A-Z]/, 0.76],
];
const BOLD = 1.16;

/**
 * A label's width, guessed without a browser from the widest font the map
 * may meet, so that a label stays inside the width it was wrapped for.
 */
export function labelWidth(text: string, bold = false): number {
	let ems = 0;
	for (const character of text) ems += EMS.find(([pattern]) => pattern.test(character))?.[1] ?? 0.61;
	return ems * MAP.fontSize * (bold ? BOLD : 1);
}

/** Words in lines no wider than width; at most maxLines, the last cut short with "…" if the words run over. */
export function wrapLabel(text: string, width: number, bold = false, maxLines: number = MAP.maxLines): { lines: string[]; cut: boolean } {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const longer = line ? `${line} ${word}` : word;
		if (!line || labelWidth(longer, bold) <= width) line = longer;
		else {
			lines.push(line);
			line = word;
		}
	}
	if (line) lines.push(line);
	if (lines.length <= maxLines && lines.every((candidate) => labelWidth(candidate, bold) <= width)) return { lines, cut: false };
	const kept = lines.slice(0, maxLines);
	let last = kept.pop() ?? '';
	while (last && labelWidth(`${last}…`, bold) > width) last = last.slice(0, -1).trimEnd();
	return { lines: [...kept, `${last}…`], cut: true };
}

/** Each node's layer: the longest walk to it from the start, so that every choice leads to a higher layer. */
function layersOf(scenario: Pick<Scenario, 'start' | 'nodes'>): Map<string, number> {
	const layers = new Map<string, number>();
	const byId = new Map(scenario.nodes.map((node) => [node.id, node]));
	const visit = (id: string, layer: number) => {
		if ((layers.get(id) ?? -1) >= layer) return;
		layers.set(id, layer);
		const node = byId.get(id);
		if (node?.kind === 'decision') for (const choice of node.choices) visit(choice.next, layer + 1);
	};
	visit(scenario.start, 0);
	return layers;
}

/**
 * Node ids top to bottom: depth first in the author's order of choices, so
 * each decision's branches sit together below it and lines do not cross; a
 * node two decisions lead to waits until both are placed, so every line runs
 * downwards.
 */
function rowsOf(scenario: Pick<Scenario, 'start' | 'nodes'>): string[] {
	const byId = new Map(scenario.nodes.map((node) => [node.id, node]));
	const waiting = new Map<string, number>();
	for (const node of scenario.nodes) {
		if (node.kind === 'decision') for (const choice of node.choices) waiting.set(choice.next, (waiting.get(choice.next) ?? 0) + 1);
	}
	const rows: string[] = [];
	const place = (id: string) => {
		rows.push(id);
		const node = byId.get(id);
		if (node?.kind !== 'decision') return;
		for (const choice of node.choices) {
			const left = (waiting.get(choice.next) ?? 1) - 1;
			waiting.set(choice.next, left);
			if (left === 0) place(choice.next);
		}
	};
	place(scenario.start);
	return rows;
}

/** The map of a scenario (one the schema accepted: every node reachable, no loops). */
export function layOutScenario(scenario: Pick<Scenario, 'start' | 'nodes' | 'historicalPath'>, options: MapOptions = {}): ScenarioMap {
	const { counts } = options;
	const indent = counts ? MAP.indentWithCounts : MAP.indent;
	const byId = new Map(scenario.nodes.map((node) => [node.id, node]));
	const layers = layersOf(scenario);
	const followed = followPath(scenario.start, graphOf(scenario.nodes), scenario.historicalPath);
	const realNodes = new Set(followed.ok ? followed.visited : []);
	const realChoices = new Set(scenario.historicalPath);

	let top = MAP.pad;
	let decisions = 0;
	const nodes: MapNode[] = [];
	for (const id of rowsOf(scenario)) {
		const node = byId.get(id);
		if (!node) continue;
		const layer = layers.get(id) ?? 0;
		const x = MAP.pad + MAP.radius + layer * indent;
		const labelX = x + MAP.radius + MAP.gap;
		const label = node.kind === 'decision' ? `Decision ${++decisions}` : node.title;
		const real = realNodes.has(id);
		const { lines, cut } = wrapLabel(label, MAP.maxWidth - MAP.pad - labelX, real);
		const height = MAP.row + (lines.length - 1) * MAP.lineHeight;
		const textWidth = Math.max(...lines.map((line) => labelWidth(line, real)));
		nodes.push({
			id,
			layer,
			x,
			y: top + MAP.row / 2,
			lines,
			...(cut && { fullTitle: label }),
			...(node.kind === 'outcome' && { rating: node.rating }),
			real,
			box: { x: x - MAP.radius, y: top, width: labelX + textWidth - (x - MAP.radius), height },
		});
		top += height;
	}

	const placed = new Map(nodes.map((node) => [node.id, node]));
	const most = Math.max(1, ...Object.values(counts ?? {}));
	const edges: MapEdge[] = scenario.nodes.flatMap((node) =>
		node.kind !== 'decision'
			? []
			: node.choices.flatMap((choice): MapEdge[] => {
					const from = placed.get(node.id);
					const to = placed.get(choice.next);
					if (!from || !to) return [];
					const edge: MapEdge = {
						id: choice.id,
						from: from.id,
						to: to.id,
						real: realChoices.has(choice.id),
						d: `M${from.x} ${from.y + MAP.radius}V${to.y}H${to.x - MAP.radius}`,
					};
					if (!counts) return [edge];
					const count = counts[choice.id] ?? 0;
					const width = round(MAP.thinnest + ((MAP.thickest - MAP.thinnest) * count) / most);
					return [{ ...edge, count, width, countAt: { x: round(from.x + width / 2 + 3), y: round(to.y - width / 2 - 3) } }];
				}),
	);

	const right = Math.max(...nodes.map((node) => node.box.x + node.box.width));
	return { width: Math.ceil(Math.min(MAP.maxWidth, right + MAP.pad)), height: Math.ceil(top + MAP.pad), nodes, edges };
}

const round = (value: number) => Math.round(value * 10) / 10;
