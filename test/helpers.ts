import { createAnalyzer, type AnalyzerOptions, type Evidence, type Rule } from '../src/index.js';

/** An analyzer that runs only the given rules, to test a rule on its own. */
export function analyzerWith(rules: readonly Rule[], options: AnalyzerOptions = {}) {
  return createAnalyzer({ ...options, rules });
}

/** The evidence whose quote is `quote` (case-insensitive), failing loudly when it is missing. */
export function evidenceFor(evidence: readonly Evidence[], quote: string): Evidence {
  const found = evidence.find((item) => item.text.toLowerCase() === quote.toLowerCase());
  if (!found) throw new Error(`no evidence "${quote}" in ${JSON.stringify(evidence.map((item) => item.text))}`);
  return found;
}

/** The document evidence's quotes for `text`, lower-cased: what a rule left standing. */
export function quotesOf(analyzer: { analyze(text: string): { evidence: Evidence[] } }, text: string): string[] {
  return analyzer.analyze(text).evidence.map((item) => item.text.toLowerCase());
}

/** How much the rules scaled the evidence quoted as `quote`: its weight over its lexicon valence. */
export function factorOf(analyzer: { analyze(text: string): { evidence: Evidence[] } }, text: string, quote: string): number {
  const evidence = evidenceFor(analyzer.analyze(text).evidence, quote);
  return evidence.weight / evidence.valence;
}

/** Every quote in a result, at any depth: each object with a string `text` and numeric `start` and `end`. */
export function quotesIn(value: unknown, found: { text: string; start: number; end: number }[] = []) {
  if (Array.isArray(value)) for (const item of value) quotesIn(item, found);
  else if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    if (typeof record.text === 'string' && typeof record.start === 'number' && typeof record.end === 'number') {
      found.push({ text: record.text, start: record.start, end: record.end });
    }
    for (const child of Object.values(record)) quotesIn(child, found);
  }
  return found;
}
