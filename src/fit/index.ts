export { fit } from './fit.js';
export type { FitOptions } from './options.js';
export type { Learner } from '../model/types.js';
export type { Example, RatingScale } from './examples.js';
export { pickForLabelling } from './sample.js';
export type { Candidate } from './sample.js';
export { topFeatures } from './inspect.js';
export type { FeatureWeight } from './inspect.js';
