/** Overall polarity. `mixed` means strong positive and strong negative content together. */
export type SentimentLabel = 'positive' | 'negative' | 'neutral' | 'mixed';

/**
 * One quote that moved a score: a lexicon match with its weight after every rule.
 * `input.slice(start, end) === text` always holds for the input given to `analyze()`.
 */
export interface Evidence {
  /** The matched words exactly as written. */
  text: string;
  /** Character offset of the first matched character in the original input. */
  start: number;
  /** Character offset just past the last matched character. */
  end: number;
  /** The lexicon entry the match came from (lower case, as in the lexicon), or the fitted model's feature (`w:refund`). */
  term: string;
  /** Valence from the lexicon, on cxtone's -1..1 scale, before rules; for a fitted model's evidence, its weight. */
  valence: number;
  /** Contribution after rules, on the same scale; never 0 (muted matches are not evidence). */
  weight: number;
  /** Name of the lexicon that supplied the entry, e.g. `b2b-support`, or of the fitted model. */
  source: string;
  /** Names of the rules that changed the weight, in the order they applied. */
  rules: string[];
  /**
   * For a movement (rule `movement`: "response times have doubled"), the metric it moves, which the quote names rather
   * than judges: aspects are read from it.
   */
  metric?: Quote;
}

/** A polarity verdict with its strength and how sure cxtone is of it. */
export interface SentimentScore {
  label: SentimentLabel;
  /** -1 (very negative) .. 1 (very positive). */
  score: number;
  /** Total emotional content, positive and negative alike; 0 when nothing was found. */
  magnitude: number;
  /**
   * 0..1: how far the score sits from the label boundaries and how consistent its evidence is; for a fitted
   * model's verdict, the probability of its label.
   */
  confidence: number;
  /** Present when a fitted sentiment model gave this verdict: its probabilities and what no quote stands for. */
  model?: ModelVerdict;
}

/** A contribution to a fitted verdict that no quote stands for: the model's bias, or the lexicon's score read as a feature. */
export interface UnplacedContribution {
  /** `bias`, `lex:score` or `lex:magnitude`. */
  feature: string;
  weight: number;
}

/**
 * What a fitted model said beside its verdict. The contributions that stand on words are in the evidence, with the
 * model's name as their `source`; these are the rest, so the two add up to the model's reading.
 */
export interface ModelVerdict {
  /** The model's `name`. */
  model: string;
  /** Per label, 0..1 (for intents, the reported label and the next two likeliest). */
  probabilities: Record<string, number>;
  unplaced: UnplacedContribution[];
}

/** A sarcasm detection: the praise that was read as its opposite, and the cues that said so. */
export interface SarcasmResult {
  detected: true;
  /** 0..1, from the cues that fired: 1 - Π(1 - cue confidence). A fitted model's probability counts as one cue. */
  confidence: number;
  /**
   * Names of the cues that fired (see `sarcasmCues`: formula, interjection, contrast, thanked-harm …), and `model` when
   * an attached sarcasm model found the text sarcastic.
   */
  cues: string[];
  /** The inverted praise (also in the sentence's evidence, with the rule `sarcasm`). */
  evidence: Evidence[];
  /**
   * The other half of a contrast: the negative situations the praise was set against ("being on hold" in "love being
   * on hold"), or the harm thanks were given for ("terrible" in "thanks for the terrible support"), also in the
   * sentence's evidence. Present when the `contrast` or `thanked-harm` cue fired.
   */
  situations?: Evidence[];
  /** Present when the `model` cue fired: what the fitted sarcasm model read. */
  model?: SarcasmModelReading;
}

/** A fitted sarcasm model's verdict on the whole text, and the words of one sentence that spoke to it. */
export interface SarcasmModelReading {
  /** The probabilities of `sarcastic` and `sincere`, and the bias and lexicon features along the log-odds of sarcasm. */
  verdict: ModelVerdict;
  /**
   * The sentence's words and pairs with their weight on the log-odds of sarcasm (negative ones spoke for sincerity),
   * the model's name as `source`; the verdict's `unplaced` contributions add up with them to the model's reading.
   */
  evidence: Evidence[];
}

/**
 * A problem the text reports (something broken, failing, missing, wrong), apart from how the writer feels about it:
 * "Export fails with error 500." reports a problem calmly; sentiment says whether the writer is upset.
 */
export interface ProblemResult {
  /** 0..1: the severity of the gravest problem reported (outage 1, crash 0.8, error 0.5, issue 0.3). */
  severity: number;
  evidence: ProblemEvidence[];
}

/** The words that report a problem. They may weigh nothing as sentiment ("error 500" is jargon, not a feeling). */
export interface ProblemEvidence extends Quote {
  /**
   * The lexicon's problem entry ("crash", "not working"), `not <verb>` for a function that fails ("does not find"),
   * or `http <status>` for an HTTP error status ("returns a 404").
   */
  term: string;
  severity: number;
  /** The lexicon of the entry, or `cxtone` for the two shapes above. */
  source: string;
}

/** One sentence of the scored text. */
export interface SentenceResult {
  text: string;
  start: number;
  end: number;
  sentiment: SentimentScore;
  evidence: Evidence[];
  /** Present when the `sarcasm` rule fired in this sentence, or an attached sarcasm model marked it. */
  sarcasm?: SarcasmResult;
  /** Present when the sentence reports a problem, outside a condition or wish ("if it fails, retry" reports none). */
  problem?: ProblemResult;
}

/** Why a region of the input was left out of scoring. */
export type ExclusionReason =
  | 'quoted-reply'
  | 'signature'
  | 'disclaimer'
  | 'code'
  | 'log'
  | 'stack-trace'
  | 'metadata'
  /**
   * Structure of an issue or pull-request template: checklist items, headings, HTML comments with instructions, and a
   * bug report's steps to reproduce and expected result (its actual result is read).
   */
  | 'template'
  /** A character repeated past the fourth ("!!!!!!…"): the repeats add nothing and would only slow tokenizing. */
  | 'repetition'
  /** A paragraph in another language than English (see {@link LanguageResult}). */
  | 'language'
  /** A markdown link, `[text](address)`: its text is the title of what it points to, not the writer's words. */
  | 'link';

/** The language of a text, as far as the analyzer can tell. */
export interface LanguageResult {
  /**
   * ISO 639-1 code of the text's main language (`en`, `de`, `es`, ...), or `und` when it has too few words to
   * tell (or detection is off); such text is scored as English.
   */
  code: string;
  /**
   * `false` when no part of the text was scored because none is in English: the verdict is then neutral with
   * no evidence, not a reading of the text. Paragraphs in another language are in `excluded` (reason `language`).
   */
  scored: boolean;
}

/** A region of the input that was not scored: pasted logs, code, quoted history, signatures. */
export interface ExcludedSpan {
  start: number;
  end: number;
  reason: ExclusionReason;
}

/** A stretch of the input: `input.slice(start, end) === text`. */
export interface Quote {
  text: string;
  start: number;
  end: number;
}

/** One emotion's strength in the text and the words that express it. */
export interface EmotionScore {
  /** 0 (absent) .. 1 (intense): matches combine as independent evidence, so repetition raises it. */
  intensity: number;
  /** The emotion words, with `valence` the lexicon intensity and `weight` the contribution after rules. */
  evidence: Evidence[];
}

/** Emotions of the writer: every emotion the lexicons know, present or not. */
export interface EmotionResult {
  /** The strongest emotion at or above the presence threshold, or `null` when none is. */
  dominant: string | null;
  /**
   * Keyed by emotion name: frustration, anger, confusion, disappointment, anxiety, urgency, satisfaction, gratitude,
   * relief, and any a lexicon adds.
   */
  scores: Record<string, EmotionScore>;
}

/** The words that matched an intent pattern. */
export interface IntentEvidence extends Quote {
  /** The pattern as written in the lexicon, or the fitted model's feature (`w:refund`, `w:card declined`). */
  pattern: string;
  /** Name of the lexicon that supplied the pattern. */
  source: string;
  /** A fitted model's evidence: the words' contribution to the intent's log-odds. Absent on pattern matches. */
  weight?: number;
  /** The sentence states a condition ("if this isn't fixed by Friday we will cancel"). */
  conditional: boolean;
  /** A hedge precedes it ("we might", "considering"). */
  hedged: boolean;
}

/** Something the writer wants or is about to do. */
export interface IntentResult {
  /** escalate, churn, expand, refer, bug_report, feature_request, billing_dispute, how_to, praise, complaint, or a lexicon's own. */
  intent: string;
  /** 0..1; for a fitted model's intent, its probability. */
  confidence: number;
  evidence: IntentEvidence[];
  /** Present when a fitted intent model reported it. */
  model?: ModelVerdict;
}

/** One reason a risk went up. */
export interface RiskFactor {
  risk: 'escalation' | 'churn';
  /** leadership, blame, waiting, business_impact, business_event, deadline, legal, emphasis, clipped, … */
  factor: string;
  /** How much it raised the risk, 0..1. */
  weight: number;
  evidence: Quote[];
}

/** Escalation and churn risk from the patterns that precede them, each with its reasons. */
export interface RiskSignals {
  /** 0..1: 1 - Π(1 - factor weight) over the escalation factors. */
  escalationRisk: number;
  /** 0..1, likewise over the churn factors. */
  churnRisk: number;
  /** Every contributing factor, strongest first. */
  factors: RiskFactor[];
}

/** Something the customer reacts to, and how they feel about it. */
export interface AspectResult {
  /** The aspect as written at its first mention ("SSO integration", "Jenny", or "charged us" for a category-only mention). */
  term: string;
  /** Its taxonomy category ("billing", "support", …), or `other`. */
  category: string;
  /** `term`: a noun phrase; `category`: a taxonomy phrase with no noun aspect in its clause ("you charged us twice"). */
  kind: 'term' | 'category';
  /** Offsets of the first mention. */
  start: number;
  end: number;
  /** Every mention of the same aspect in the document. */
  mentions: Quote[];
  /** From the opinion words tied to its mentions (same clause, nearest aspect); neutral when there are none. */
  sentiment: SentimentScore;
  /** The opinion words behind `sentiment`. */
  evidence: Evidence[];
}

/** One taxonomy category over a document. */
export interface AspectSummary {
  sentiment: SentimentScore;
  /** Mentions of the category's aspects. */
  mentions: number;
  /** The opinion words behind the category's sentiment. */
  quotes: Quote[];
}

/** What `analyze()` returns: plain, JSON-serialisable data. */
export interface AnalysisResult {
  /** Document-level verdict. */
  sentiment: SentimentScore;
  /** Every scored sentence, in order. */
  sentences: SentenceResult[];
  /** All evidence of all sentences, in input order. */
  evidence: Evidence[];
  /** Regions excluded from scoring, in input order. */
  excluded: ExcludedSpan[];
  /** The language the text is written in; text in another language than English is not scored. */
  language: LanguageResult;
  /** Present when some sentence reports a problem: the gravest severity, and every sentence's problem evidence. */
  problem?: ProblemResult;
  /** Emotions, unless the analyzer was created with `emotions: false`. */
  emotions?: EmotionResult;
  /** Intents found, strongest first, unless created with `intents: false`. */
  intents?: IntentResult[];
  /** Escalation and churn risk, unless created with `signals: false`. */
  signals?: RiskSignals;
  /** Aspects, in order of first mention, when aspects are on (`aspects: true`). */
  aspects?: AspectResult[];
  /** Per taxonomy category, when aspects are on. */
  aspectSummary?: Record<string, AspectSummary>;
}
