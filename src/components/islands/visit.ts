import { visitLesson } from '../../stores/progress';

let visited = false;

/**
 * Records a visit to the lesson this page shows, once, from whichever of its
 * islands wakes first: a learner who lands mid-page (a link to a checkpoint,
 * a reload) has still opened the lesson.
 */
export function visitThisLesson(): void {
	if (visited) return;
	visited = true;
	const id = document.querySelector<HTMLElement>('[data-lesson]')?.dataset['lesson'];
	if (id) visitLesson(id);
}
