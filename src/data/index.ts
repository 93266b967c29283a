/** `belarus-timeline/data`: the built-in dataset, its types and `localize`, with no side effect. */
export * from './types.js';
export { belarusStory } from './article-2022-10.js';
export { localize } from './localize.js';
