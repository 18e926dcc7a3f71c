/**
 * How far below the screen a lesson's exercises start to wake: one screen
 * ahead, so that a checkpoint, the reflection or the decision is answerable
 * by the time a learner scrolling through the lesson reaches it (hydrating
 * one takes up to about 100 ms on a slow phone).
 */
export const AHEAD = '100% 0px';
