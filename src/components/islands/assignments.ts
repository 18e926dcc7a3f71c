/** Saved assignments as islands show them: read against the course, each with its parts. */

import { assignedUnits, decodeAssignment, type Assignment } from '../../course/assignment';
import type { ModuleOutline } from '../../course/outline';
import type { SavedAssignments } from '../../stores/assignments';

export interface Held {
	fragment: string;
	assignment: Assignment;
	units: ModuleOutline[];
}

/** Saved assignments that still read against this course, soonest due first, and how many no longer do. */
export function heldAssignments(saved: SavedAssignments, course: ModuleOutline[]): { held: Held[]; unreadable: number } {
	const held = saved.items
		.flatMap((item): Held[] => {
			const read = decodeAssignment(item.fragment, course);
			return read.ok ? [{ fragment: item.fragment, assignment: read.assignment, units: assignedUnits(read.assignment, course) }] : [];
		})
		.sort((a, b) => Date.parse(a.assignment.due) - Date.parse(b.assignment.due));
	return { held, unreadable: saved.items.length - held.length };
}
