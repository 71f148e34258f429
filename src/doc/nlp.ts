import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

// The only place wink-nlp is loaded. Sentence boundaries and POS (for lemmas) are all we use;
// wink's own negation and sentiment pipes are left out because cxtone's rules replace them.
let instance: ReturnType<typeof winkNLP> | undefined;

/** The shared wink-nlp instance, created on first use so that importing cxtone stays cheap. */
export function nlp(): ReturnType<typeof winkNLP> {
  instance ??= winkNLP(model, ['sbd', 'pos']);
  return instance;
}

const tokenizerCache = new Map<string, string[]>();

/** Normalised tokens of a lexicon term, tokenised exactly as input text is, so phrases match. */
export function tokenizeTerm(term: string): string[] {
  if (/^[a-z0-9]+$/.test(term)) return [term];
  let tokens = tokenizerCache.get(term);
  if (!tokens) {
    const winkInstance = nlp();
    tokens = winkInstance
      .readDoc(term)
      .tokens()
      .out(winkInstance.its.normal)
      .filter((token) => token.trim() !== '')
      .map(normalizeEmoji);
    tokenizerCache.set(term, tokens);
  }
  return tokens;
}

// Emoji presentation selectors and skin tones don't change sentiment; strip them before lookup.
const EMOJI_MODIFIERS = /[\uFE0E\uFE0F]|\uD83C[\uDFFB-\uDFFF]|\u200D[\u2640\u2642]/g;

export function normalizeEmoji(token: string): string {
  return token.replace(EMOJI_MODIFIERS, '');
}
