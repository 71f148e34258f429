import pc from 'picocolors';
import type { AnalysisResult } from '../index.js';
import { presentEmotions } from '../presence.js';

/** A human-readable view of one analysis: the text with its evidence highlighted, then every verdict with its quotes. */
export function explain(text: string, result: AnalysisResult): string {
  const lines: string[] = [];
  const marks = [...result.evidence].sort((a, b) => a.start - b.start);
  let cursor = 0;
  let highlighted = '';
  for (const item of marks) {
    if (item.start < cursor) continue;
    highlighted += pc.dim(text.slice(cursor, item.start));
    const paint = item.weight > 0 ? pc.green : pc.red;
    highlighted += paint(pc.bold(text.slice(item.start, item.end)));
    cursor = item.end;
  }
  highlighted += pc.dim(text.slice(cursor));
  lines.push(highlighted, '');
  const { label, score, confidence } = result.sentiment;
  const paintLabel = label === 'positive' ? pc.green : label === 'negative' ? pc.red : pc.yellow;
  lines.push(`${pc.bold('sentiment')}  ${paintLabel(label)}  score ${score.toFixed(2)}  confidence ${confidence.toFixed(2)}`);
  for (const item of result.evidence) {
    const sign = item.weight > 0 ? pc.green('+') : pc.red('-');
    const rules = item.rules.length > 0 ? pc.dim(` (${item.rules.join(', ')})`) : '';
    lines.push(`  ${sign} "${item.text}" @${item.start}-${item.end} weight ${item.weight.toFixed(2)}${rules}`);
  }
  const listOrNone = (items: string[]) => (items.length === 0 ? pc.dim('none') : items.join(', '));
  if (result.problem) {
    const quotes = result.problem.evidence.map((item) => `"${item.text}" (${item.term} ${item.severity})`).join(', ');
    lines.push(`${pc.bold('problem')}    severity ${result.problem.severity.toFixed(2)}: ${quotes}`);
  }
  if (result.emotions) {
    const { scores } = result.emotions;
    const present = Object.entries(presentEmotions(scores)).map(
      ([name, intensity]) => `${name} ${intensity.toFixed(2)} ("${scores[name]!.evidence[0]!.text}")`,
    );
    lines.push(`${pc.bold('emotions')}   ${listOrNone(present)}`);
  }
  if (result.intents) {
    const intents = result.intents.map((intent) => `${intent.intent} ${intent.confidence.toFixed(2)} ("${intent.evidence[0]!.text}")`);
    lines.push(`${pc.bold('intents')}    ${listOrNone(intents)}`);
  }
  if (result.signals) {
    lines.push(
      `${pc.bold('risk')}       escalation ${result.signals.escalationRisk.toFixed(2)}, churn ${result.signals.churnRisk.toFixed(2)}`,
    );
    for (const factor of result.signals.factors)
      lines.push(
        `  ${factor.risk} ${factor.factor} ${factor.weight.toFixed(2)}: ${factor.evidence.map((quote) => `"${quote.text}"`).join(', ')}`,
      );
  }
  if (result.aspects) {
    lines.push(`${pc.bold('aspects')}`);
    for (const aspect of result.aspects) {
      const quotes = aspect.evidence.length > 0 ? ` ← ${aspect.evidence.map((item) => `"${item.text}"`).join(', ')}` : '';
      lines.push(`  ${aspect.term} [${aspect.category}] ${aspect.sentiment.label}${quotes}`);
    }
  }
  if (result.excluded.length > 0) lines.push(pc.dim(`not scored: ${result.excluded.map((span) => span.reason).join(', ')}`));
  return lines.join('\n');
}
