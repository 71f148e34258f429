import { describeValue, LexiconError } from '../errors.js';
import { normalizeEmoji } from '../doc/token.js';
import { checkPatternSyntax, PatternSyntaxError } from '../patterns/pattern.js';
import { type CompactLexiconData, expandGroups, expandLexicon, forEachGrouped, type ValueGroups } from './compact.js';
import type { Lexicon, LexiconData, RiskFactorData } from './types.js';

const DEFAULT_SCALE: readonly [number, number] = [-4, 4];
const KNOWN_KEYS = new Set([
  'name',
  'version',
  'language',
  'source',
  'license',
  'scale',
  'entries',
  'intensifiers',
  'technical',
  'severity',
  'sarcasm',
  'scareQuoted',
  'emotions',
  'intents',
  'riskFactors',
  'aspects',
  'metrics',
  'directions',
  'situations',
  'problems',
]);
const METRIC_POLARITIES: readonly string[] = ['higher-is-better', 'lower-is-better'];
const DIRECTIONS: readonly string[] = ['up', 'down', 'up sharply', 'down sharply'];
const NAME = /^[a-z][a-z0-9_]*$/;
const RISKS = ['escalation', 'churn'];
// Intensifier values are fractions of the modified word's weight; past these bounds they invert or explode it.
const MIN_INTENSIFIER = -1;
const MAX_INTENSIFIER = 2;

const validated = new WeakSet<Lexicon>();

/** Lower case, single spaces, emoji modifiers stripped: the form every lexicon key is stored in. */
export function normalizeTerm(term: string): string {
  return normalizeEmoji(term.trim().toLowerCase().replace(/\s+/g, ' '));
}

/**
 * Validates lexicon data and returns a normalised, frozen copy. Throws a {@link LexiconError} that
 * names the lexicon and the offending entry.
 *
 * @example
 * ```ts
 * const acme = defineLexicon({
 *   name: 'acme',
 *   entries: { 'sso outage': -3, 'acme pulse': 0, sick: null },
 * });
 * const analyzer = createAnalyzer({ lexicons: [acme] });
 * ```
 */
export function defineLexicon(data: LexiconData): Lexicon {
  if (validated.has(data as Lexicon)) return data as Lexicon;
  return makeLexicon(data, true);
}

/**
 * The lexicons bundled with cxtone: the same frozen lexicon {@link defineLexicon} makes, without checking or normalising
 * every entry and pattern again at each start, which cost tens of milliseconds of every cold start. The test suite
 * checks that each bundled file is valid and already in normal form, so that both give the same lexicon. It takes
 * `data` over: its records become the lexicon's, without a prototype, and frozen.
 */
export function bundledLexicon(data: LexiconData): Lexicon {
  return makeLexicon(data, false);
}

/** The entries of bundled lexicons shipped compact (see compact.ts), as value groups, by lexicon. */
const groupedEntries = new WeakMap<Lexicon, ValueGroups>();

/**
 * A bundled lexicon shipped compact, as {@link bundledLexicon} makes it, except that its entries stay value groups until
 * something reads `entries`: an analyzer compiles them from the groups ({@link forEachEntry}), and building an object of
 * 7,500 terms first (and freezing it) took about 10 ms of every cold start.
 */
export function bundledCompactLexicon({ terms, values, ...rest }: CompactLexiconData): Lexicon {
  const groups: ValueGroups = { terms: terms ?? [], values: values ?? [] };
  const lexicon = makeLexicon(expandLexicon(rest), false, groups);
  groupedEntries.set(lexicon, groups);
  return lexicon;
}

/** Calls `visit` with each entry of a lexicon and its value (null: the term is dropped). */
export function forEachEntry(lexicon: Lexicon, visit: (term: string, value: number | null) => void): void {
  const groups = groupedEntries.get(lexicon);
  if (groups) {
    forEachGrouped(groups, visit);
    return;
  }
  const { entries } = lexicon;
  for (const term in entries) visit(term, entries[term] ?? null);
}

/** A list of terms (`technical`, `severity`): an array of non-empty strings. */
function termList(value: unknown, field: string, fail: (message: string) => never): readonly string[] {
  const list = value ?? [];
  if (!Array.isArray(list)) fail(`"${field}" must be an array of words, received ${describeValue(list)}.`);
  for (const word of list as unknown[]) {
    if (typeof word !== 'string' || word.trim() === '') fail(`"${field}" must hold non-empty strings, found ${describeValue(word)}.`);
  }
  return list as readonly string[];
}

/**
 * `checked`: entries are checked and their keys normalised; when false, they are taken as they are. `groups`: the
 * entries as value groups, expanded into `entries` when that is first read.
 */
function makeLexicon(data: LexiconData, checked: boolean, groups?: ValueGroups): Lexicon {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new LexiconError(`expected a lexicon object, received ${describeValue(data)}.`);
  }
  const { name } = data;
  if (typeof name !== 'string' || name.trim() === '') {
    throw new LexiconError(`a lexicon needs a non-empty string "name", received ${describeValue(name)}.`);
  }
  const fail = (message: string, entry?: string): never => {
    throw new LexiconError(`lexicon "${name}": ${message}`, entry === undefined ? { lexicon: name } : { lexicon: name, entry });
  };
  for (const key of Object.keys(data)) {
    if (!KNOWN_KEYS.has(key)) fail(`unknown field "${key}"; expected one of ${[...KNOWN_KEYS].join(', ')}.`);
  }
  for (const key of ['version', 'language', 'source', 'license'] as const) {
    if (data[key] !== undefined && typeof data[key] !== 'string') fail(`"${key}" must be a string, received ${describeValue(data[key])}.`);
  }
  const scale = data.scale ?? DEFAULT_SCALE;
  if (!Array.isArray(scale) || scale.length !== 2 || !scale.every(Number.isFinite) || !(scale[0]! < 0 && scale[1]! > 0)) {
    fail(`"scale" must be [min, max] with min < 0 < max, received ${JSON.stringify(scale)}.`);
  }
  const [min, max] = scale;

  const withinScale = (kind: string) => (term: string, value: unknown) => {
    if (value !== null && (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max)) {
      fail(`${kind} "${term}" must be a number within the scale [${min}, ${max}] or null, received ${describeValue(value)}.`, term);
    }
  };
  let entries = groups ? undefined : Object.freeze(normalizeRecord(data.entries, 'entries', fail, withinScale('entry'), checked));
  const sarcasm = normalizeRecord(data.sarcasm, 'sarcasm', fail, withinScale('sarcasm formula'), checked);
  const scareQuoted = normalizeRecord(data.scareQuoted, 'scareQuoted', fail, withinScale('scare-quoted word'), checked);
  const intensifiers = normalizeRecord(
    data.intensifiers,
    'intensifiers',
    fail,
    (term, value) => {
      if (value !== null && (typeof value !== 'number' || !Number.isFinite(value) || value <= MIN_INTENSIFIER || value > MAX_INTENSIFIER)) {
        fail(
          `intensifier "${term}" must be a number above ${MIN_INTENSIFIER} and at most ${MAX_INTENSIFIER}, or null, ` +
            `received ${describeValue(value)}.`,
          term,
        );
      }
    },
    checked,
  );
  const technical = termList(data.technical, 'technical', fail);
  const severity = termList(data.severity, 'severity', fail);

  const emotions = normalizeEmotions(data.emotions, fail, checked);
  const intents = normalizeNamedPatterns(data.intents, 'intents', 'intent', fail, checked);
  const aspects = normalizeNamedPatterns(data.aspects, 'aspects', 'aspect category', fail, checked);
  const riskFactors = normalizeRiskFactors(data.riskFactors, fail, checked);
  const metrics = normalizeChoices(data.metrics, 'metrics', 'metric', METRIC_POLARITIES, fail, checked) as Lexicon['metrics'];
  const directions = normalizeChoices(data.directions, 'directions', 'direction', DIRECTIONS, fail, checked) as Lexicon['directions'];
  const situations = normalizeRecord(
    data.situations,
    'situations',
    fail,
    (pattern, value) => {
      withinScale('situation')(pattern, value);
      checkPatterns([pattern], 'situation', fail, true);
    },
    checked,
  );
  const problems = normalizeRecord(
    data.problems,
    'problems',
    fail,
    (term, value) => {
      if (value !== null && (typeof value !== 'number' || !(value > 0 && value <= 1))) {
        fail(`problem "${term}" must be a severity above 0 and at most 1, or null, received ${describeValue(value)}.`, term);
      }
    },
    checked,
  );

  const lexicon: Lexicon = {
    name,
    version: data.version,
    language: data.language ?? 'en',
    source: data.source,
    license: data.license,
    scale: Object.freeze([min, max] as const),
    entries: entries!,
    intensifiers: Object.freeze(intensifiers),
    technical: Object.freeze(technical.map(normalizeTerm)),
    severity: Object.freeze(severity.map(normalizeTerm)),
    sarcasm: Object.freeze(sarcasm),
    scareQuoted: Object.freeze(scareQuoted),
    emotions,
    intents,
    riskFactors,
    aspects,
    metrics,
    directions,
    situations: Object.freeze(situations),
    problems: Object.freeze(problems),
  };
  if (groups) {
    Object.defineProperty(lexicon, 'entries', {
      enumerable: true,
      get: () => (entries ??= Object.freeze(Object.setPrototypeOf(expandGroups(groups), null))),
    });
  }
  Object.freeze(lexicon);
  validated.add(lexicon);
  return lexicon;
}

/** A record of term → one of `choices` (or null), normalised like entries. */
function normalizeChoices(
  record: unknown,
  field: string,
  kind: string,
  choices: readonly string[],
  fail: Fail,
  checked: boolean,
): Readonly<Record<string, string | null>> {
  const listed = choices.map((choice) => `"${choice}"`);
  const out = normalizeRecord<string>(
    record as Readonly<Record<string, unknown>> | undefined,
    field,
    fail,
    (term, value) => {
      if (value !== null && (typeof value !== 'string' || !choices.includes(value)))
        fail(`${kind} "${term}" must be one of ${listed.join(', ')} or null, received ${describeValue(value)}.`, term);
    },
    checked,
    `term → ${listed.join(' | ')}`,
  );
  return Object.freeze(out);
}

/**
 * Keys normalised (lower case, single spaces), each value checked; an empty or duplicated key after normalising fails.
 * Unchecked (bundled data), the record itself, given no prototype, as a checked record has.
 */
function normalizeRecord<T = number>(
  record: Readonly<Record<string, unknown>> | undefined,
  field: string,
  fail: (message: string, entry?: string) => never,
  check: (term: string, value: unknown) => void,
  checked: boolean,
  shape = 'term → number',
): Record<string, T | null> {
  if (record === undefined) return {};
  // Bundled data is cxtone's own and read once: it becomes the record itself, as a copy of 10,000 entries costs
  // milliseconds of every cold start.
  if (!checked) return Object.setPrototypeOf(record, null) as Record<string, T | null>;
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    fail(`"${field}" must be an object of ${shape}, received ${describeValue(record)}.`);
  }
  const out: Record<string, T | null> = Object.create(null);
  const originals = new Map<string, string>();
  for (const [raw, value] of Object.entries(record)) {
    const term = normalizeTerm(raw);
    if (term === '') fail(`${field} has an empty key.`, raw);
    check(raw, value);
    const earlier = originals.get(term);
    if (earlier !== undefined) fail(`${field} "${earlier}" and "${raw}" are the same term once normalised.`, raw);
    originals.set(term, raw);
    out[term] = value as T | null;
  }
  return out;
}

type Fail = (message: string, entry?: string) => never;

function expectObject(value: unknown, field: string, shape: string, fail: Fail): asserts value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    fail(`"${field}" must be an object of ${shape}, received ${describeValue(value)}.`);
}

function checkName(name: string, field: string, fail: Fail): void {
  if (!NAME.test(name)) fail(`${field} name "${name}" must be lower case letters, digits and underscores, starting with a letter.`, name);
}

function normalizeEmotions(emotions: unknown, fail: Fail, checked: boolean): Lexicon['emotions'] {
  if (emotions === undefined) return Object.freeze({});
  expectObject(emotions, 'emotions', 'emotion name → { term: intensity }', fail);
  const out: Record<string, Readonly<Record<string, number | null>>> = Object.create(null);
  for (const [emotion, terms] of Object.entries(emotions)) {
    checkName(emotion, 'emotion', fail);
    out[emotion] = Object.freeze(
      normalizeRecord(
        terms as Record<string, unknown>,
        `emotions.${emotion}`,
        fail,
        (term, value) => {
          // 0 claims the term's words for no emotion ("good luck" is not the satisfaction of "good"); null removes a term.
          if (value !== null && (typeof value !== 'number' || !(value >= 0 && value <= 1))) {
            const intensity = `an intensity from 0 to 1, or null, received ${describeValue(value)}`;
            fail(`emotion "${emotion}" term "${term}" must have ${intensity}.`, term);
          }
        },
        checked,
      ),
    );
  }
  return Object.freeze(out);
}

function checkPatterns(patterns: unknown, field: string, fail: Fail, checked: boolean): readonly string[] {
  if (!checked) return Object.freeze([...(patterns as string[])]);
  if (!Array.isArray(patterns) || patterns.length === 0)
    fail(`${field} must be a non-empty array of patterns, received ${describeValue(patterns)}.`);
  for (const pattern of patterns as unknown[]) {
    if (typeof pattern !== 'string') fail(`${field} must hold pattern strings, found ${describeValue(pattern)}.`);
    try {
      checkPatternSyntax(pattern as string);
    } catch (error) {
      if (error instanceof PatternSyntaxError)
        fail(`${field} pattern "${pattern as string}" is invalid: ${error.message}.`, pattern as string);
      throw error;
    }
  }
  return Object.freeze([...(patterns as string[])]);
}

function normalizeNamedPatterns(
  record: unknown,
  field: string,
  kind: string,
  fail: Fail,
  checked: boolean,
): Readonly<Record<string, readonly string[] | null>> {
  if (record === undefined) return Object.freeze({});
  expectObject(record, field, `${kind} name → patterns`, fail);
  const out: Record<string, readonly string[] | null> = Object.create(null);
  for (const [name, patterns] of Object.entries(record)) {
    checkName(name, kind, fail);
    out[name] = patterns === null ? null : checkPatterns(patterns, `${kind} "${name}"`, fail, checked);
  }
  return Object.freeze(out);
}

function checkSituationEmotions(emotions: unknown, factor: string, fail: Fail): Readonly<Record<string, number>> {
  expectObject(emotions, `riskFactors.${factor}.emotions`, 'emotion name → intensity', fail);
  const out: Record<string, number> = Object.create(null);
  for (const [emotion, intensity] of Object.entries(emotions)) {
    checkName(emotion, 'emotion', fail);
    if (typeof intensity !== 'number' || !(intensity > 0 && intensity <= 1))
      fail(
        `risk factor "${factor}" emotion "${emotion}" needs an intensity above 0 and at most 1, received ${describeValue(intensity)}.`,
        factor,
      );
    out[emotion] = intensity as number;
  }
  return Object.freeze(out);
}

function normalizeRiskFactors(factors: unknown, fail: Fail, checked: boolean): Lexicon['riskFactors'] {
  if (factors === undefined) return Object.freeze({});
  expectObject(factors, 'riskFactors', 'factor name → { risk, weight, patterns }', fail);
  const out: Record<string, Readonly<RiskFactorData> | null> = Object.create(null);
  for (const [name, factor] of Object.entries(factors)) {
    checkName(name, 'risk factor', fail);
    if (factor === null) {
      out[name] = null;
      continue;
    }
    expectObject(factor, `riskFactors.${name}`, 'risk, weight and patterns', fail);
    for (const key of Object.keys(factor))
      if (!['risk', 'weight', 'patterns', 'emotions', 'amplifies'].includes(key))
        fail(`risk factor "${name}" has an unknown field "${key}"; expected risk, weight, patterns, emotions, amplifies.`, name);
    const { risk, weight, patterns, emotions, amplifies } = factor as Record<string, unknown>;
    if (typeof risk !== 'string' || !RISKS.includes(risk))
      fail(`risk factor "${name}" needs "risk" set to one of ${RISKS.join(', ')}, received ${describeValue(risk)}.`, name);
    if (typeof weight !== 'number' || !(weight > 0 && weight <= 1))
      fail(`risk factor "${name}" needs a "weight" above 0 and at most 1, received ${describeValue(weight)}.`, name);
    const riskFactor: RiskFactorData = {
      risk: risk as RiskFactorData['risk'],
      weight: weight as number,
      patterns: checkPatterns(patterns, `risk factor "${name}"`, fail, checked),
    };
    if (emotions !== undefined) riskFactor.emotions = checkSituationEmotions(emotions, name, fail);
    if (amplifies !== undefined && typeof amplifies !== 'boolean')
      fail(`risk factor "${name}" has "amplifies" ${describeValue(amplifies)}; it must be true or false.`, name);
    if (amplifies === true) riskFactor.amplifies = true;
    out[name] = Object.freeze(riskFactor);
  }
  return Object.freeze(out);
}
