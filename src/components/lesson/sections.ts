/** The heading and anchor of each section of the lesson anatomy. */

import type { SectionName } from '../../course/placement';

export const SECTIONS: Record<SectionName | 'Sources', { id: string; title: string }> = {
	Situation: { id: 'situation', title: 'The situation' },
	Exhibits: { id: 'exhibits', title: 'Exhibits' },
	Decide: { id: 'decide', title: 'Your decision' },
	Reveal: { id: 'reveal', title: 'What really happened' },
	Checkpoints: { id: 'checkpoints', title: 'Checkpoints' },
	Reflect: { id: 'reflect', title: 'Reflect' },
	Takeaways: { id: 'takeaways', title: 'Takeaways' },
	Sources: { id: 'sources', title: 'Sources' },
};
