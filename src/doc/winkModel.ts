/// <reference path="./wink-model-parts.d.ts" />
import loadPOSModel from 'wink-eng-lite-web-model/dist/load-pos-model.js';
import loadSBDModel from 'wink-eng-lite-web-model/dist/load-sbd-model.js';
import featureFn from 'wink-eng-lite-web-model/dist/feature.js';
import lemmatize from 'wink-eng-lite-web-model/dist/lemmatize.js';
import { loadCoreModel } from './winkCoreModel.js';

// wink-eng-lite-web-model, assembled from the parts cxtone runs: the vocabulary, sentence boundaries, POS and lemmas.
// The package's own `model.js` also pulls in wink's sentiment, named-entity, negation and custom-entity models,
// which cxtone never runs (its rules replace them) but wink-nlp loads whatever it is given: they were 129 KB of the
// default entry's gzipped bundle, and parsing them was part of every cold start. wink-nlp still asks each of them
// for its machines when it starts, so they are stood in for by empty ones (never run: the pipe is sbd and pos only).
// winkModel.test.ts checks the parts against the package's own model.

type Loader = () => unknown;

/** wink-nlp's serialised automaton with one state and no transitions (`fsm().emptyModelJSON()`). */
const EMPTY_MACHINE = '[100,0,{"0":{}},{},{},{}]';
const nothing = (): void => undefined;

/** The model handed to wink-nlp, with its pipe limited to `sbd` and `pos`. */
export const winkModel = {
  core: loadCoreModel,
  sbd: loadSBDModel as Loader,
  pos: loadPOSModel as Loader,
  featureFn: featureFn as (config: unknown) => Record<string, (...args: unknown[]) => unknown>,
  addons: { lemmatize: lemmatize as (value: string, pos: string, cache: unknown) => string },
  ner: () => ({ machines: [], transformers: [] }),
  negation: () => ({ machines: [EMPTY_MACHINE], setter: nothing }),
  sa: () => ({ machines: [EMPTY_MACHINE], setter: nothing }),
  metaCER: () => ({ machines: '[]', transformers: [nothing] }),
};
