// TEMP stub until wip-hold merges
export function heldUntil(_lesson: { id: string; moduleId: string }, _now: number): string | undefined {
	return undefined;
}
