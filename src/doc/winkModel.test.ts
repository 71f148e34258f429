import packagedModel from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import { expect, test } from 'vitest';
import { winkModel } from './winkModel.js';

const packaged = packagedModel as unknown as Record<string, unknown> & { addons: Record<string, unknown> };

test("the parts cxtone runs are the package's own model's", () => {
  for (const part of ['sbd', 'pos', 'featureFn'] as const) expect(winkModel[part]).toBe(packaged[part]);
  expect(winkModel.addons.lemmatize).toBe(packaged.addons.lemmatize);
});

// Comparing two copies of the whole model takes about 2 s alone and more beside other test files: a check of
// equality, not of speed, so it is given time.
const WHOLE_MODEL_TIMEOUT_MS = 30_000;

test(
  "the core model is read as the package's loader reads it",
  () => {
    expect(winkModel.core()).toEqual((packaged.core as () => unknown)());
  },
  WHOLE_MODEL_TIMEOUT_MS,
);

test('each instance gets its own word lists, which wink-nlp extends as it meets new words', () => {
  type Feature = { list: unknown[]; hash: Record<string, number>; index: number };
  const first = winkModel.core() as { features: Record<string, Feature> };
  const second = winkModel.core() as { features: Record<string, Feature> };
  const { lexeme } = first.features;
  lexeme!.hash.qxzvbjw = lexeme!.list.push('qxzvbjw') - 1;
  lexeme!.index += 1;
  expect(second.features.lexeme!.hash.qxzvbjw).toBeUndefined();
  expect(second.features.lexeme!.list).not.toContain('qxzvbjw');
  expect(second.features.lexeme!.index).toBe(lexeme!.index - 1);
  for (const name of Object.keys(first.features)) {
    expect(second.features[name]).not.toBe(first.features[name]);
    expect(second.features[name]!.list).not.toBe(first.features[name]!.list);
  }
});

test("the model reads text as the package's whole model does: tokens, types, sentences, POS and lemmas", () => {
  const texts = [
    "Great, now our entire production environment is down!!! Can't log in since 9:30am :( see https://x.io/a?b=1",
    'Mr. Smith paid $1,200.50 on 3rd March for 2fa at support@acme.com. It was refunded. #fail @acme',
    'We were running v2.3.1 — the U.K. team said "it works", but LogWorker::svc() throws NullPointerException.',
  ];
  const read = (model: unknown) => {
    const nlp = winkNLP(model as Parameters<typeof winkNLP>[0], ['sbd', 'pos']);
    const { its } = nlp;
    return texts.map((text) => {
      const doc = nlp.readDoc(text);
      return {
        tokens: doc.tokens().out(its.value),
        types: doc.tokens().out(its.type),
        pos: doc.tokens().out(its.pos),
        lemmas: doc.tokens().out(its.lemma as never),
        sentences: doc.sentences().out(),
      };
    });
  };
  expect(read(winkModel)).toEqual(read(packaged));
});
