// TEMP stub until wip-map merges
export function markLearnerPath(_root: ParentNode, _choiceIds: readonly string[]): void {}
