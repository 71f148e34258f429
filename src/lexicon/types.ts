/**
 * A lexicon as plain data, the shape of the JSON files in `lexicons/`. Pass it to
 * {@link defineLexicon} to validate it, or straight to `createAnalyzer({ lexicons })`.
 */
export interface LexiconData {
  /** Identifies the lexicon in evidence (`source`) and in error messages. */
  name: string;
  version?: string;
  /** BCP 47 language tag; cxtone's rules are written for `en`. */
  language?: string;
  /** Where the entries came from. */
  source?: string;
  license?: string;
  /** The range the entry values are written in; mapped to cxtone's -1..1. Default `[-4, 4]` (VADER's). */
  scale?: readonly [number, number];
  /**
   * Words, phrases, emoji and emoticons with their valence on `scale`. Keys are matched case-insensitively
   * on the surface form and the lemma; multi-word keys match as phrases and win over single words. In a
   * phrase after its first word, `#` stands for a number in digits or words ("took # day" matches "took 5 days").
   * A key is split as text is: "dont" or "cant" (no apostrophe) is the phrase "do not", "can not", and matches
   * "dont", "don't" and "do not" alike. A value of `0` claims the words without scoring them ("kind regards", "kill the process");
   * `null` removes the entry from lexicons loaded earlier.
   */
  entries?: Readonly<Record<string, number | null>>;
  /**
   * Words that strengthen (positive) or weaken (negative) the sentiment word after them, as a fraction
   * of its weight: `0.3` makes it 30 % stronger, `-0.5` halves it. `null` removes an earlier entry.
   */
  intensifiers?: Readonly<Record<string, number | null>>;
  /** Words that are jargon, not emotion, when they stand next to technical terms ("kill", "abort"). */
  technical?: readonly string[];
  /**
   * Entries that rate how urgent or severe something is ("urgent", "critical", "blocker"): denied ("not urgent", "no
   * emergency", "not a blocker") they are calm triage, and weigh nothing rather than turning into praise.
   */
  severity?: readonly string[];
  /**
   * Sarcastic formulas ("thanks for nothing", "love waiting") with their literal, positive valence on
   * `scale`. They match as phrases; the `sarcasm` rule inverts them. `null` removes an earlier formula.
   */
  sarcasm?: Readonly<Record<string, number | null>>;
  /**
   * Words that read as sarcastic praise in scare quotes (the 'fix', our "support"), with the literal
   * valence they carry there; positive lexicon words in scare quotes count too. `null` removes one.
   */
  scareQuoted?: Readonly<Record<string, number | null>>;
  /**
   * Emotion words and phrases, grouped by emotion: `{ frustration: { 'fed up': 0.9 } }`. Values are
   * intensities 0..1; `null` removes a term from that emotion. Any lower-case emotion name may be used;
   * the built-in ones are listed in {@link EMOTIONS}.
   */
  emotions?: Readonly<Record<string, Readonly<Record<string, number | null>>>>;
  /**
   * Intent patterns, grouped by intent: `{ churn: ['cancel [our|my] (contract|subscription)'] }`.
   * Patterns are written in cxtone's pattern syntax (see `lexicons/README.md`); a later lexicon adds to
   * an intent's patterns, and `null` removes the intent entirely.
   */
  intents?: Readonly<Record<string, readonly string[] | null>>;
  /**
   * Risk factors: named groups of patterns that raise escalation or churn risk by `weight` (0..1) when
   * one of them matches. A later lexicon replaces a factor of the same name; `null` removes it.
   */
  riskFactors?: Readonly<Record<string, RiskFactorData | null>>;
  /**
   * The aspect taxonomy: category → patterns naming it (`{ billing: ['invoice*', 'charged us'] }`). A noun
   * phrase a pattern matches gets the category; a match outside any noun phrase ("you charged us twice")
   * is a mention of the category by itself. Later lexicons add patterns; `null` drops a category.
   */
  aspects?: Readonly<Record<string, readonly string[] | null>>;
  /**
   * Quantities whose movement is good or bad news: `{ "sync lag": "lower-is-better", "uptime": "higher-is-better" }`.
   * A metric that a direction word moves ("costs doubled", "we cut our handle time", "fewer errors") scores the
   * direction times the metric's polarity. Matched on the words and their lemmas; `null` removes one.
   */
  metrics?: Readonly<Record<string, MetricPolarity | null>>;
  /**
   * Words that move or rank a quantity: `{ "double": "up", "plummet": "down", "fewer": "down" }`. `"up sharply"`
   * and `"down sharply"` mark a large change by themselves ("skyrocket", "halve"). `null` removes one.
   */
  directions?: Readonly<Record<string, MovementDirection | null>>;
  /**
   * Negative situations: bad things that happen, written as patterns in cxtone's pattern syntax, with their
   * (negative) valence on `scale`: `{ "(be|being|put|kept) on hold": -1.5, "break* ... login": -1 }`. A match is weak
   * negative evidence, and praise in the same clause is sarcasm ("love being on hold"). `null` removes one.
   */
  situations?: Readonly<Record<string, number | null>>;
  /**
   * Entries that report a problem (something broken, failing, missing, wrong) rather than a feeling, with the problem's
   * severity 0..1: `{ "crash": 0.8, "issue": 0.3 }`. Each key must be an entry of some lexicon of the analyzer. Such a
   * word feeds `problem` in the result, and in a sentence that shows no feeling about it, it weighs little as sentiment
   * (the `calm` rule). `null` removes one.
   */
  problems?: Readonly<Record<string, number | null>>;
}

/** Which way a metric is good news. */
export type MetricPolarity = 'higher-is-better' | 'lower-is-better';

/** Which way a direction word moves a quantity, and whether it says the change is large. */
export type MovementDirection = 'up' | 'down' | 'up sharply' | 'down sharply';

/** One risk factor of {@link LexiconData.riskFactors}. */
export interface RiskFactorData {
  risk: 'escalation' | 'churn';
  /** How much one match raises the risk, 0..1. Factors combine as independent evidence. */
  weight: number;
  /** Patterns in cxtone's pattern syntax. */
  patterns: readonly string[];
  /**
   * Feelings the situation carries, emotion → intensity 0..1: being made to wait again is frustration
   * (`{ "frustration": 0.5 }`), production down is urgency. A match counts as that emotion's evidence.
   */
  emotions?: Readonly<Record<string, number>>;
  /**
   * The factor raises the stakes of trouble rather than being trouble: it counts only in a text that reports a problem
   * or has a negative sentence. "Our launch is Friday" beside "the export fails" is business impact; "Can you help with
   * the migration plan?" is no risk.
   */
  amplifies?: boolean;
}

/** A validated, normalised, frozen lexicon, as returned by {@link defineLexicon}. */
export interface Lexicon {
  readonly name: string;
  readonly version: string | undefined;
  readonly language: string;
  readonly source: string | undefined;
  readonly license: string | undefined;
  readonly scale: readonly [number, number];
  readonly entries: Readonly<Record<string, number | null>>;
  readonly intensifiers: Readonly<Record<string, number | null>>;
  readonly technical: readonly string[];
  readonly severity: readonly string[];
  readonly sarcasm: Readonly<Record<string, number | null>>;
  readonly scareQuoted: Readonly<Record<string, number | null>>;
  readonly emotions: Readonly<Record<string, Readonly<Record<string, number | null>>>>;
  readonly intents: Readonly<Record<string, readonly string[] | null>>;
  readonly riskFactors: Readonly<Record<string, Readonly<RiskFactorData> | null>>;
  readonly aspects: Readonly<Record<string, readonly string[] | null>>;
  readonly metrics: Readonly<Record<string, MetricPolarity | null>>;
  readonly directions: Readonly<Record<string, MovementDirection | null>>;
  readonly situations: Readonly<Record<string, number | null>>;
  readonly problems: Readonly<Record<string, number | null>>;
}
