import { readFileSync } from 'node:fs';
import { type FittedModel, readModel } from '../index.js';

/** Model files named on the command line, parsed and checked; a message naming the file and the fault otherwise. */
export function loadModels(paths: readonly string[]): FittedModel[] | string {
  const models: FittedModel[] = [];
  for (const path of paths) {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      return `cxtone: cannot read the model ${path}: ${(error as Error).message}`;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return `cxtone: ${path} is not JSON, so not a model (cxtone fit writes models)`;
    }
    try {
      models.push(readModel(parsed));
    } catch (error) {
      return `${(error as Error).message} (in ${path})`;
    }
  }
  return models;
}

/** A model as JSON with one feature per line: readable, and a refit shows as a line diff. */
export function modelJson(model: FittedModel): string {
  const { weights, ...rest } = model;
  const head = JSON.stringify(rest, null, 2).replace(/\n}$/, '');
  const lines = Object.entries(weights).map(([feature, pairs]) => `    ${JSON.stringify(feature)}: ${JSON.stringify(pairs)}`);
  return `${head},\n  "weights": {\n${lines.join(',\n')}\n  }\n}\n`;
}
