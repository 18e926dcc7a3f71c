/**
 * A scenario map's SVG, as a string. Written out by hand rather than by an
 * Astro template because the map is in every lesson's HTML, and Astro closes
 * every SVG element with an end tag: self-closed, the largest map is a tenth
 * smaller.
 */

import { MAP, type MapEdge, type MapNode, type ScenarioMap } from '../../course/scenario-map';

const LETTER = { strong: 'S', mixed: 'M', weak: 'W' } as const;
const DECISION_SIZE = MAP.radius * 2 - 2;

const escape = (text: string) => text.replace(/[&<>"]/g, (character) => `&#${character.charCodeAt(0)};`);
const attributes = (pairs: Record<string, string | number | undefined>) =>
	Object.entries(pairs)
		.filter((pair): pair is [string, string | number] => pair[1] !== undefined)
		.map(([name, value]) => ` ${name}="${escape(String(value))}"`)
		.join('');
const real = (on: boolean) => (on ? 'true' : undefined);

function edgeMarkup(edge: MapEdge): string {
	const line = `<path${attributes({ d: edge.d, 'data-choice': edge.id, 'data-real': real(edge.real), 'stroke-width': edge.width })}/>`;
	return edge.countAt ? `${line}<text class="scenario-map__count"${attributes(edge.countAt)}>${edge.count}</text>` : line;
}

/**
 * A node's label is one text: an ending's starts with its letter, centred on
 * the marker, and its title follows at the label's x, where it anchors on its
 * own; later lines of a wrapped title are tspans below.
 */
function nodeMarkup(node: MapNode, edgesInto: readonly MapEdge[]): string {
	const labelX = node.x + MAP.radius + MAP.gap;
	const [first = '', ...rest] = node.lines.map(escape);
	const more = rest.map((line) => `<tspan x="${labelX}" dy="${MAP.lineHeight}">${line}</tspan>`).join('');
	const marker = node.rating
		? `<circle cx="${node.x}" cy="${node.y}" r="${MAP.radius}"/><text x="${node.x}" y="${node.y + 4}">${LETTER[node.rating]}<tspan x="${labelX}">${first}</tspan>${more}</text>`
		: `<rect x="${node.x - DECISION_SIZE / 2}" y="${node.y - DECISION_SIZE / 2}" width="${DECISION_SIZE}" height="${DECISION_SIZE}"/><text x="${labelX}" y="${node.y + 4}">${first}${more}</text>`;
	const title = node.fullTitle ? `<title>${escape(node.fullTitle)}</title>` : '';
	return `<g${attributes({ 'data-node': node.id, 'data-real': real(node.real), 'data-rating': node.rating })}>${title}${edgesInto.map(edgeMarkup).join('')}${marker}</g>`;
}

/**
 * The map as inline SVG, an image with a name and a description elsewhere on
 * the page. Each node is drawn with the lines that lead to it, so that
 * markLearnerPath finds the node a choice reaches without the markup naming
 * it twice. Lines from one decision share its trunk, and what is drawn later
 * lies on top: so the path really taken is drawn last, after the start (to
 * which no line leads), and within a node its real line comes last.
 */
export function scenarioMapSvg(map: ScenarioMap, image: { label: string; describedBy: string }): string {
	const into = Map.groupBy(map.edges, (edge) => edge.to);
	const drawnLast = (node: MapNode) => node.real && into.has(node.id);
	const nodes = [...map.nodes.filter((node) => !drawnLast(node)), ...map.nodes.filter(drawnLast)];
	const body = nodes.map((node) => nodeMarkup(node, (into.get(node.id) ?? []).toSorted((a, b) => Number(a.real) - Number(b.real)))).join('');
	const svg = attributes({ role: 'img', 'aria-label': image.label, 'aria-describedby': image.describedBy, viewBox: `0 0 ${map.width} ${map.height}`, width: map.width });
	return `<svg${svg}>${body}</svg>`;
}
