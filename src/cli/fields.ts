import type { AnalysisResult } from '../index.js';
import { presentEmotions } from '../presence.js';

/** Output columns `--fields` may name. */
export const FIELDS = [
  'label',
  'score',
  'magnitude',
  'confidence',
  'language',
  'problem',
  'sarcasm',
  'emotions',
  'intents',
  'risk',
  'aspects',
  'evidence',
] as const;
export type Field = (typeof FIELDS)[number];
// The language is there by default so that a text left unscored for its language never passes for a neutral one.
export const DEFAULT_FIELDS: readonly Field[] = ['label', 'score', 'confidence', 'language', 'problem', 'emotions', 'intents', 'risk'];

export function parseFields(value: string): Field[] {
  const fields = value
    .split(',')
    .map((field) => field.trim())
    .filter(Boolean);
  const unknown = fields.filter((field) => !(FIELDS as readonly string[]).includes(field));
  if (unknown.length > 0) throw new Error(`unknown field(s) ${unknown.join(', ')}; expected some of ${FIELDS.join(', ')}`);
  return fields as Field[];
}

/** The chosen fields of a result as a JSON object. */
export function toJson(result: AnalysisResult, fields: readonly Field[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of fields) {
    switch (field) {
      case 'label':
      case 'score':
      case 'magnitude':
      case 'confidence':
        out[field] = result.sentiment[field];
        break;
      case 'language':
        out.language = { code: result.language.code, scored: result.language.scored };
        break;
      case 'problem':
        // A calm report is neutral and still has a problem: the column says so, so neutral never reads as "all is well".
        out.problem = result.problem
          ? { severity: result.problem.severity, quotes: result.problem.evidence.map((item) => item.text) }
          : null;
        break;
      case 'sarcasm':
        out.sarcasm = sarcasmOf(result);
        break;
      case 'emotions':
        out.emotions = result.emotions && {
          dominant: result.emotions.dominant,
          present: presentEmotions(result.emotions.scores),
        };
        break;
      case 'intents':
        out.intents = result.intents?.map(({ intent, confidence, evidence, model }) => ({
          intent,
          confidence,
          quote: strongest(evidence)?.text,
          ...(model ? { model: model.model } : {}),
        }));
        break;
      case 'risk':
        out.risk = result.signals && { escalation: result.signals.escalationRisk, churn: result.signals.churnRisk };
        break;
      case 'aspects':
        out.aspects = result.aspects?.map(({ term, category, sentiment }) => ({
          term,
          category,
          label: sentiment.label,
          score: sentiment.score,
        }));
        break;
      case 'evidence':
        out.evidence = result.evidence.map(({ text, start, end, weight, source, rules }) => ({ text, start, end, weight, source, rules }));
        break;
    }
  }
  return out;
}

/** The chosen fields of a result as flat CSV cells: lists become "name:value; …". */
export function toCells(result: AnalysisResult, fields: readonly Field[]): Record<string, string | number> {
  const json = toJson(result, fields);
  const cells: Record<string, string | number> = {};
  for (const field of fields) {
    const value = json[field];
    if (field === 'emotions') {
      const emotions = value as { dominant: string | null; present: Record<string, number> } | undefined;
      cells.dominant_emotion = emotions?.dominant ?? '';
      cells.emotions = Object.entries(emotions?.present ?? {})
        .map(([name, intensity]) => `${name}:${intensity}`)
        .join('; ');
    } else if (field === 'intents')
      cells.intents = ((value as { intent: string }[] | undefined) ?? []).map((intent) => intent.intent).join('; ');
    else if (field === 'risk') {
      const risk = value as { escalation: number; churn: number } | undefined;
      cells.escalation_risk = risk?.escalation ?? '';
      cells.churn_risk = risk?.churn ?? '';
    } else if (field === 'problem') {
      const problem = value as { severity: number; quotes: string[] } | null;
      cells.problem_severity = problem?.severity ?? '';
      cells.problem = problem?.quotes.join('; ') ?? '';
    } else if (field === 'sarcasm') {
      const sarcasm = value as { confidence: number; cues: string[] } | null;
      cells.sarcasm = sarcasm?.confidence ?? '';
      cells.sarcasm_cues = sarcasm?.cues.join('; ') ?? '';
    } else if (field === 'language') {
      cells.language = result.language.code;
      cells.language_scored = String(result.language.scored);
    } else if (field === 'aspects')
      cells.aspects = ((value as { term: string; category: string; label: string }[] | undefined) ?? [])
        .map((aspect) => `${aspect.term} [${aspect.category}] ${aspect.label}`)
        .join('; ');
    else if (field === 'evidence')
      cells.evidence = (value as { text: string; weight: number }[]).map((item) => `${item.text} (${item.weight})`).join('; ');
    else cells[field] = value as string | number;
  }
  return cells;
}

/** The text's sarcasm: the highest confidence of its sentences, every cue once, and the praise read as its opposite. */
function sarcasmOf(result: AnalysisResult): { confidence: number; cues: string[]; quotes: string[] } | null {
  const found = result.sentences.flatMap((sentence) => (sentence.sarcasm ? [sentence.sarcasm] : []));
  if (found.length === 0) return null;
  return {
    confidence: Math.max(...found.map((sarcasm) => sarcasm.confidence)),
    cues: [...new Set(found.flatMap((sarcasm) => sarcasm.cues))],
    quotes: found.flatMap((sarcasm) => sarcasm.evidence.map((item) => item.text)),
  };
}

/** The quote that speaks most for an intent: a fitted model's heaviest word, or a pattern's first match. */
function strongest<T extends { weight?: number }>(evidence: readonly T[]): T | undefined {
  let best = evidence[0];
  for (const item of evidence) if ((item.weight ?? 0) > (best?.weight ?? 0)) best = item;
  return best;
}
