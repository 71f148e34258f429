export { analyze, createAnalyzer } from './analyze.js';
export { analyzeMany } from './batch.js';
export type { AnalyzeManyOptions } from './batch.js';
export { analyzeConversation } from './conversation/analyzeConversation.js';
export type {
  ConversationOptions,
  ConversationResult,
  CustomerSummary,
  ScoredTurn,
  SideSummary,
  SpeakerRole,
  Turn,
  TurnEvidence,
} from './conversation/analyzeConversation.js';
export type { SideSignals, TurnQuote } from './conversation/sideSignals.js';
export { splitEmailThread } from './conversation/emailThread.js';
export type { EmailThreadOptions } from './conversation/emailThread.js';
export { parseTranscript } from './conversation/transcript.js';
export type { Analyzer, AnalyzerConfig } from './analyze.js';
export type { LabelThresholds } from './scorers/label.js';
export type { AnalyzerOptions, CallOptions, ScorerOptions, TextFormat } from './options.js';
export type {
  AnalysisResult,
  AspectResult,
  AspectSummary,
  EmotionResult,
  EmotionScore,
  Evidence,
  ExcludedSpan,
  ExclusionReason,
  IntentEvidence,
  IntentResult,
  LanguageResult,
  ModelVerdict,
  ProblemEvidence,
  ProblemResult,
  Quote,
  RiskFactor,
  RiskSignals,
  SarcasmModelReading,
  SarcasmResult,
  SentenceResult,
  SentimentLabel,
  SentimentScore,
  UnplacedContribution,
} from './result.js';
export { defineLexicon } from './lexicon/defineLexicon.js';
export type { Lexicon, LexiconData, MetricPolarity, MovementDirection, RiskFactorData } from './lexicon/types.js';
export { EMOTIONS } from './lexicon/compileEmotions.js';
export type { EmotionName } from './lexicon/compileEmotions.js';
export { EMOTION_PRESENCE } from './presence.js';
export { createSarcasmRule, defaultRules, sarcasmCues } from './rules/index.js';
export type { Adjustment, Rule, RuleContext, RuleMark, SarcasmCue, SarcasmMatch, SarcasmOptions } from './rules/index.js';
export type { SentenceSpan, Token } from './doc/token.js';
export type { CompiledLexicon, LexiconEntry } from './lexicon/compile.js';
export type { Hit } from './lexicon/hit.js';
export {
  CxtoneError,
  InputTooLargeError,
  InvalidInputError,
  InvalidOptionsError,
  LexiconError,
  ModelError,
  TrainingDataError,
} from './errors.js';
export { readModel } from './model/validate.js';
export type {
  ClassFigures,
  FeatureSettings,
  FittedModel,
  FittedSentimentLabel,
  Learner,
  ModelEvaluation,
  ModelTask,
  TrainingRecord,
} from './model/types.js';
export type { CxtoneErrorCode } from './errors.js';
