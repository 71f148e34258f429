// Words that negate what follows them: shared by the negation rule and by the reading of pattern matches, so
// "not" means the same to sentiment and to intents.

// VADER's N_SCALAR (Hutto & Gilbert 2014): a negated word keeps about three quarters of its strength,
// reversed ("not good" is bad, but less bad than "bad").
export const NEGATION_SCALAR = -0.74;

// VADER looks three tokens back from a word for a negator, never across a clause break; so does every reader of
// negation here (the rule, fitted models' negated words, pattern matches, which add an auxiliary's token).
export const NEGATION_WINDOW = 3;

// wink-nlp normalises "n't" to "not" and splits "cannot", so "not" covers the contractions.
const NEGATORS = new Set([
  'not',
  'never',
  'no',
  'without',
  'nobody',
  'none',
  'nothing',
  'neither',
  'nor',
  'hardly',
  'barely',
  'scarcely',
  'rarely',
  'seldom',
  'nowhere',
  'least',
]);
// A negator followed by one of these is not negating what comes after: "not only", "nothing but", "at least".
const RELEASED_BY_NEXT = new Set(['only', 'but', 'just', 'doubt']);

// "Nothing short of amazing", "nothing less than stellar": the quality reached in full, not denied.
const SHORT_OF: ReadonlyMap<string, string> = new Map([
  ['short', 'of'],
  ['less', 'than'],
]);

export function isNothingShortOf(tokens: readonly { normal: string }[], index: number): boolean {
  if (tokens[index]?.normal !== 'nothing') return false;
  const after = SHORT_OF.get(tokens[index + 1]?.normal ?? '');
  return after !== undefined && tokens[index + 2]?.normal === after;
}

/** Whether `tokens[index]` negates what follows ("not", "never", "less than"), not counting "not only", "at least". */
export function isNegator(tokens: readonly { normal: string; type: string }[], index: number, floor: number): boolean {
  const word = tokens[index]!.normal;
  // "zero" negates as a determiner only: "zero downtime" denies the downtime; "my knowledge is zero :(" denies nothing.
  if (word === 'zero') return tokens[index + 1]?.type === 'word';
  // "less than ideal", "less than helpful": faint praise that means its opposite; not "nothing less than stellar".
  if (word === 'than') return index > floor && tokens[index - 1]!.normal === 'less' && !isNothingShortOf(tokens, index - 2);
  // "Far from perfect", "far from the best": a distance from the quality denies it.
  if (word === 'from') return index > floor && tokens[index - 1]!.normal === 'far';
  if (!NEGATORS.has(word) || isNothingShortOf(tokens, index)) return false;
  if (RELEASED_BY_NEXT.has(tokens[index + 1]?.normal ?? '')) return false;
  // "at least" concedes, it does not negate.
  return !(word === 'least' && index > floor && tokens[index - 1]!.normal === 'at');
}

// Words of reluctance: denied before an infinitive, they leave a will to act ("not afraid to escalate", "won't
// hesitate to cancel").
const RELUCTANCE = new Set(['afraid', 'scared', 'hesitant', 'reluctant', 'shy', 'frightened', 'hesitate']);

/** A reluctance word at `at` whose infinitive's verb is at `verb`: "afraid to escalate", "hesitant to cancel". */
export function isDeniedReluctance(tokens: readonly { normal: string }[], at: number, verb: number): boolean {
  return at >= 0 && at + 2 === verb && RELUCTANCE.has(tokens[at]!.normal) && tokens[at + 1]!.normal === 'to';
}

// "I'd rather not", "we would prefer not to": a preference against, not a denial. What it prefers against is still in
// view ("I'd rather not have to escalate this, but …" weighs escalating), as a wish against it is.
const PREFERRING = new Set(['rather', 'prefer', 'prefers', 'preferred', 'sooner']);

/** Whether the negator at `index` states a preference against what follows ("rather not", "prefer not to"). */
export function isDispreference(tokens: readonly { normal: string }[], index: number, floor: number): boolean {
  return index > floor && tokens[index]!.normal === 'not' && PREFERRING.has(tokens[index - 1]!.normal);
}
