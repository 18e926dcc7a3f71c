import { describe, expect, it } from 'vitest';
import { allPaths, findGraphProblems, followPath, type GraphNode } from '../../src/course/scenario-graph';

const diamond: GraphNode[] = [
	{ id: 'start', choices: [{ id: 'a', next: 'middle' }, { id: 'b', next: 'end-one' }] },
	{ id: 'middle', choices: [{ id: 'c', next: 'end-one' }, { id: 'd', next: 'end-two' }] },
	{ id: 'end-one' },
	{ id: 'end-two' },
];

describe('findGraphProblems', () => {
	it('finds none in a graph whose every path ends', () => {
		expect(findGraphProblems('start', diamond)).toEqual([]);
	});

	it('reports a loop with the nodes around it', () => {
		const looped = diamond.map((node) => (node.id === 'middle' ? { ...node, choices: [{ id: 'c', next: 'start' }, { id: 'd', next: 'end-two' }] } : node));
		expect(findGraphProblems('start', looped)).toContainEqual({ path: ['nodes'], message: 'a path never ends: it loops start → middle → start' });
	});

	it('reports a node nobody can reach', () => {
		expect(findGraphProblems('start', [...diamond, { id: 'island' }])).toEqual([{ path: ['nodes', 4], message: 'node "island" cannot be reached from the start' }]);
	});

	it('reports a duplicate node id', () => {
		expect(findGraphProblems('start', [...diamond, { id: 'end-two' }])).toContainEqual({ path: ['nodes', 4, 'id'], message: 'duplicate node id "end-two"' });
	});
});

describe('allPaths', () => {
	it('lists every path from start to an ending as choice ids', () => {
		expect(allPaths('start', diamond)).toEqual([['a', 'c'], ['a', 'd'], ['b']]);
	});
});

describe('followPath', () => {
	it('returns the nodes a valid path visits', () => {
		expect(followPath('start', diamond, ['a', 'd'])).toEqual({ ok: true, visited: ['start', 'middle', 'end-two'] });
	});

	it('says where a path leaves the graph', () => {
		expect(followPath('start', diamond, ['a', 'b'])).toEqual({ ok: false, index: 1, message: '"b" is not a choice at node "middle"' });
	});
});
