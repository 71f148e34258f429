export { fit } from './fit.js';
export type { FitOptions } from './options.js';
export type { Example, RatingScale } from './examples.js';
