/**
 * Everything a lesson's MDX may use, in one place. The lesson page passes
 * these to the body, so lessons need no import lines.
 */

export { default as Situation } from './lesson/Situation.astro';
export { default as Exhibits } from './lesson/Exhibits.astro';
export { default as Decide } from './lesson/Decide.astro';
export { default as Reveal } from './lesson/Reveal.astro';
export { default as Held } from './lesson/Held.astro';
export { default as Checkpoints } from './lesson/Checkpoints.astro';
export { default as Checkpoint } from './lesson/Checkpoint.astro';
export { default as Reflect } from './lesson/Reflect.astro';
export { default as Takeaways } from './lesson/Takeaways.astro';

export { default as Timeline } from './exhibits/Timeline.astro';
export { default as Event } from './exhibits/Event.astro';
export { default as PostCard } from './exhibits/PostCard.astro';
export { default as Stat } from './exhibits/Stat.astro';
export { default as Figure } from './exhibits/Figure.astro';
export { default as Pullquote } from './exhibits/Pullquote.astro';

export { default as Term } from './Term.astro';
export { default as table } from './Table.astro';
