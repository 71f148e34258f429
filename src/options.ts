import { describeValue, InvalidOptionsError, ModelError } from './errors.js';
import { defineLexicon } from './lexicon/defineLexicon.js';
import type { Lexicon, LexiconData } from './lexicon/types.js';
import { defaultLexicons } from './lexicons.js';
import { indexPatterns, type PatternIndex } from './patterns/matcher.js';
import { tokenizeTerm } from './doc/nlp.js';
import { parsePattern, PatternSyntaxError } from './patterns/pattern.js';
import { createSarcasmRule, defaultRules, type SarcasmOptions } from './rules/index.js';
import { hasMark, type Rule } from './rules/rule.js';
import type { LabelThresholds } from './scorers/label.js';
import { type CompiledModel, compileModel } from './model/compiled.js';
import type { FittedModel } from './model/types.js';
import { readModel } from './model/validate.js';

/** Options of {@link createAnalyzer}. Every field is optional. */
export interface AnalyzerOptions {
  /**
   * Lexicons to add after the built-in ones (base, emoji, b2b-support). Later lexicons override earlier
   * ones entry by entry; an entry set to `null` removes the term.
   */
  lexicons?: readonly (Lexicon | LexiconData)[];
  /** Start from the built-in lexicons. Default `true`; `false` uses only `lexicons`. */
  defaultLexicons?: boolean;
  /** The rules to run, in order. Default {@link defaultRules}; spread it to add your own. */
  rules?: readonly Rule[];
  /** Scores closer to 0 than this are `neutral`. Default 0.125 (tuned on the development sets). */
  neutralBand?: number;
  /** Longest text accepted, in UTF-16 code units. Default 5,000,000. */
  maxLength?: number;
  /**
   * `false` drops the `sarcasm` rule; an object replaces it with `createSarcasmRule(options)`, e.g.
   * `{ strength: 0.5 }` to invert sarcastic praise at half strength. Default: the rule as it is in `rules`.
   */
  sarcasm?: boolean | SarcasmOptions;
  /**
   * Read every reported problem as negative sentiment at full weight, as review and social-media sets label them
   * ("my bag is missing" is negative). By default sentiment is the writer's attitude: a problem stated calmly keeps
   * 60 % of its weight, 15 % in a technical report, and counts fully only beside a feeling, force, persistence or praise
   * (the `calm` rule). Either way the problem itself is in `result.problem`. Default `false`.
   */
  problemsAreNegative?: boolean;
  /** Score emotions (`result.emotions`). Default `true`. */
  emotions?: boolean;
  /** Detect intents (`result.intents`). Default `true`. */
  intents?: boolean;
  /** Compute escalation and churn risk (`result.signals`). Default `true`. */
  signals?: boolean;
  /** Find aspects and their sentiment (`result.aspects`, `result.aspectSummary`). Default `false`. */
  aspects?: boolean;
  /**
   * What the texts are about, for reviews of one product or tickets about one service: patterns in the
   * taxonomy's syntax (`['acme', 'acme app', 'product']`). A noun phrase a pattern ends on, "Acme" or
   * "the new Acme app", is the subject, not an aspect of it ("Acme dashboards" stays an aspect: its head is
   * "dashboards"). The subject still takes the opinion words of its clause, so they do not pass to other
   * aspects, but it is left out of `aspects` and `aspectSummary`; what is said of it is still reported by its
   * category ("this product keeps crashing" is `reliability`). The document's sentiment is the verdict on the
   * subject. Default: none; every noun phrase may be an aspect.
   */
  subject?: readonly string[];
  /**
   * Fitted models (from `fit()` or `cxtone fit`, parsed JSON): at most one sentiment model, whose verdicts replace the
   * lexicon's; at most one sarcasm model, which turns the praise of a text it finds sarcastic into its opposite; and any
   * number of intent models, whose intents join `result.intents`. Each is checked now; a bad one throws a `ModelError`
   * naming the field.
   */
  models?: readonly FittedModel[];
  /**
   * How texts are written: `text`, `html` (an e-mail or help-desk body, read as a mail client shows it, with
   * quoted history and signatures left out; evidence offsets still point into the HTML), or `auto`: HTML when the
   * text clearly is (it opens with a doctype or a known element, and another known tag follows). Default `auto`.
   */
  format?: TextFormat;
  /**
   * Tell the language of each text and leave paragraphs in another language than English unscored (`excluded`,
   * reason `language`; `result.language`). Default `true`; turn it off when your own lexicons cover other languages.
   */
  detectLanguage?: boolean;
}

/** How a text is written; `auto` reads it as HTML when it clearly is HTML. */
export type TextFormat = 'text' | 'html' | 'auto';

/** Which optional scorers run; pass to `analyze(text, scorers)` to override the analyzer's choice for one call. */
export interface ScorerOptions {
  emotions?: boolean;
  intents?: boolean;
  signals?: boolean;
  aspects?: boolean;
}

/** Options of one `analyze(text, options)` call: scorer switches, and the format of this text. */
export interface CallOptions extends ScorerOptions {
  format?: TextFormat;
}

/** Options after validation, with defaults filled in. */
export interface ResolvedOptions {
  lexicons: readonly Lexicon[];
  rules: readonly Rule[];
  thresholds: LabelThresholds;
  maxLength: number;
  scorers: Required<ScorerOptions>;
  /** The `subject` patterns, indexed; `undefined` when none were given. */
  subject: PatternIndex | undefined;
  models: readonly CompiledModel[];
  format: TextFormat;
  detectLanguage: boolean;
}

// Tuned on the development sets in ../shared/eval (see benchmarks/RESULTS.md); mixed needs a strong
// word on each side, the weaker at least 60 % of the stronger.
export const DEFAULT_NEUTRAL_BAND = 0.125;
const MIXED_MINIMUM = 0.5;
const MIXED_BALANCE = 0.6;
/** The label thresholds of an analyzer created without `neutralBand`. */
export const DEFAULT_THRESHOLDS: Readonly<LabelThresholds> = Object.freeze({
  neutralBand: DEFAULT_NEUTRAL_BAND,
  mixedMinimum: MIXED_MINIMUM,
  mixedBalance: MIXED_BALANCE,
});
const DEFAULT_MAX_LENGTH = 5_000_000;
const SCORERS = ['emotions', 'intents', 'signals', 'aspects'] as const;
const FORMATS: readonly TextFormat[] = ['text', 'html', 'auto'];
const KNOWN_OPTIONS = [
  'lexicons',
  'defaultLexicons',
  'rules',
  'neutralBand',
  'maxLength',
  'sarcasm',
  'problemsAreNegative',
  ...SCORERS,
  'subject',
  'models',
  'format',
  'detectLanguage',
];

/** Checks every option and fills in defaults; throws {@link InvalidOptionsError} naming the bad one. */
export function resolveOptions(options: AnalyzerOptions | undefined): ResolvedOptions {
  if (options === undefined) options = {};
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new InvalidOptionsError(`expected options to be an object, received ${describeValue(options)}.`);
  }
  for (const key of Object.keys(options)) {
    if (!KNOWN_OPTIONS.includes(key))
      throw new InvalidOptionsError(`unknown option "${key}"; expected one of ${KNOWN_OPTIONS.join(', ')}.`);
  }
  const {
    lexicons = [],
    defaultLexicons: useDefaults = true,
    rules = defaultRules,
    neutralBand = DEFAULT_NEUTRAL_BAND,
    maxLength = DEFAULT_MAX_LENGTH,
    sarcasm = true,
    problemsAreNegative = false,
    detectLanguage = true,
  } = options;
  if (!Array.isArray(lexicons))
    throw new InvalidOptionsError(`"lexicons" must be an array of lexicons, received ${describeValue(lexicons)}.`);
  if (typeof useDefaults !== 'boolean')
    throw new InvalidOptionsError(`"defaultLexicons" must be a boolean, received ${describeValue(useDefaults)}.`);
  if (typeof neutralBand !== 'number' || !(neutralBand >= 0 && neutralBand < 1)) {
    throw new InvalidOptionsError(`"neutralBand" must be a number from 0 up to (not including) 1, received ${describeValue(neutralBand)}.`);
  }
  if (typeof maxLength !== 'number' || !Number.isInteger(maxLength) || maxLength < 1) {
    throw new InvalidOptionsError(`"maxLength" must be a positive integer, received ${describeValue(maxLength)}.`);
  }
  if (typeof problemsAreNegative !== 'boolean')
    throw new InvalidOptionsError(`"problemsAreNegative" must be a boolean, received ${describeValue(problemsAreNegative)}.`);
  if (typeof detectLanguage !== 'boolean')
    throw new InvalidOptionsError(`"detectLanguage" must be a boolean, received ${describeValue(detectLanguage)}.`);
  return {
    lexicons: [...(useDefaults ? defaultLexicons : []), ...lexicons.map(defineLexicon)],
    rules: withoutCalm(configureSarcasm(validateRules(rules), sarcasm), problemsAreNegative),
    thresholds: { ...DEFAULT_THRESHOLDS, neutralBand },
    maxLength,
    scorers: resolveScorers(options, { emotions: true, intents: true, signals: true, aspects: false }, 'options'),
    subject: options.subject === undefined ? undefined : indexSubject(options.subject),
    models: options.models === undefined ? [] : readModels(options.models),
    format: resolveFormat(options.format, 'auto', 'options'),
    detectLanguage,
  };
}

function readModels(models: unknown): CompiledModel[] {
  if (!Array.isArray(models))
    throw new InvalidOptionsError(`"models" must be an array of fitted models, received ${describeValue(models)}.`);
  const checked = models.map((model: unknown, index) => {
    try {
      return readModel(model);
    } catch (error) {
      if (error instanceof ModelError)
        throw new ModelError(`models[${index}]: ${error.message.replace(/^cxtone: /, '')}`, `models[${index}].${error.field}`);
      throw error;
    }
  });
  const names = checked.map((model) => model.name);
  const twice = names.find((name, index) => names.indexOf(name) !== index);
  if (twice !== undefined)
    throw new InvalidOptionsError(`two models are named "${twice}"; a model's name is the source of its evidence, so names must differ.`);
  if (checked.filter((model) => model.task === 'sentiment').length > 1) {
    throw new InvalidOptionsError('at most one sentiment model can be attached: each replaces the verdict the other would give.');
  }
  if (checked.filter((model) => model.task === 'sarcasm').length > 1) {
    throw new InvalidOptionsError('at most one sarcasm model can be attached: the second would invert praise the first inverted already.');
  }
  return checked.map(compileModel);
}

function indexSubject(subject: unknown): PatternIndex {
  if (!Array.isArray(subject)) throw new InvalidOptionsError(`"subject" must be an array of patterns, received ${describeValue(subject)}.`);
  return indexPatterns(
    subject.map((source: unknown, index) => {
      try {
        return { name: 'subject', lexicon: 'subject', pattern: parsePattern(source as string, tokenizeTerm) };
      } catch (error) {
        if (error instanceof PatternSyntaxError)
          throw new InvalidOptionsError(`subject[${index}] is not a valid pattern: ${error.message}; received ${describeValue(source)}.`);
        throw error;
      }
    }),
  );
}

/** Fills in scorer switches from `defaults`; each given switch must be a boolean. */
export function resolveScorers(options: ScorerOptions, defaults: Required<ScorerOptions>, where: string): Required<ScorerOptions> {
  const resolved = { ...defaults };
  for (const name of SCORERS) {
    const value = options[name];
    if (value === undefined) continue;
    if (typeof value !== 'boolean')
      throw new InvalidOptionsError(`"${name}" in ${where} must be a boolean, received ${describeValue(value)}.`);
    resolved[name] = value;
  }
  return resolved;
}

function resolveFormat(format: unknown, fallback: TextFormat, where: string): TextFormat {
  if (format === undefined) return fallback;
  if (!FORMATS.includes(format as TextFormat))
    throw new InvalidOptionsError(`"format" in ${where} must be one of ${FORMATS.join(', ')}, received ${describeValue(format)}.`);
  return format as TextFormat;
}

const CALL_OPTIONS: readonly string[] = [...SCORERS, 'format'];

/** Checks the options of one `analyze(text, options)` call and fills them in from the analyzer's. */
export function resolveCallOptions(
  options: unknown,
  defaults: { scorers: Required<ScorerOptions>; format: TextFormat },
): { scorers: Required<ScorerOptions>; format: TextFormat } {
  if (options === undefined) return defaults;
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new InvalidOptionsError(`expected the options of analyze() to be an object, received ${describeValue(options)}.`);
  }
  for (const key of Object.keys(options)) {
    if (!CALL_OPTIONS.includes(key))
      throw new InvalidOptionsError(`unknown option "${key}" of analyze(); expected one of ${CALL_OPTIONS.join(', ')}.`);
  }
  const where = 'the options of analyze()';
  return {
    scorers: resolveScorers(options as ScorerOptions, defaults.scorers, where),
    format: resolveFormat((options as CallOptions).format, defaults.format, where),
  };
}

// Problems read as negative at full weight are what the rules marked `calm` would damp.
function withoutCalm(rules: readonly Rule[], problemsAreNegative: boolean): readonly Rule[] {
  return problemsAreNegative ? Object.freeze(rules.filter((rule) => !hasMark(rule, 'calm'))) : rules;
}

function configureSarcasm(rules: readonly Rule[], sarcasm: unknown): readonly Rule[] {
  if (sarcasm === true) return rules;
  if (sarcasm === false) return Object.freeze(rules.filter((rule) => !hasMark(rule, 'sarcasm')));
  if (typeof sarcasm !== 'object' || sarcasm === null || Array.isArray(sarcasm)) {
    throw new InvalidOptionsError(`"sarcasm" must be a boolean or an object of sarcasm options, received ${describeValue(sarcasm)}.`);
  }
  const replacement = createSarcasmRule(sarcasm as SarcasmOptions);
  return Object.freeze(rules.map((rule) => (hasMark(rule, 'sarcasm') ? replacement : rule)));
}

function validateRules(rules: unknown): readonly Rule[] {
  if (!Array.isArray(rules)) throw new InvalidOptionsError(`"rules" must be an array of rules, received ${describeValue(rules)}.`);
  const names = new Set<string>();
  for (const [index, rule] of rules.entries()) {
    if (typeof rule !== 'object' || rule === null || typeof rule.name !== 'string' || typeof rule.apply !== 'function') {
      throw new InvalidOptionsError(
        `rules[${index}] must be an object with a string "name" and an "apply" function, received ${describeValue(rule)}.`,
      );
    }
    if (names.has(rule.name)) throw new InvalidOptionsError(`two rules are named "${rule.name}"; rule names must be unique.`);
    names.add(rule.name);
  }
  return Object.freeze([...rules]);
}
