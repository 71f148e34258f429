// The main job: score the bundled sample tickets and print each verdict with the quotes behind it.
//   npm run demo            (or: npx tsx examples/demo.ts [file.jsonl])
import { readFileSync } from 'node:fs';
import { analyze } from '../src/index.js';

interface Ticket {
  id: string;
  channel: string;
  text: string;
}

const file = process.argv[2] ?? new URL('./sample-tickets.jsonl', import.meta.url);
const tickets = readFileSync(file, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as Ticket);

const counts: Record<string, number> = {};
for (const ticket of tickets) {
  const { sentiment, evidence, excluded, emotions, intents, signals } = analyze(ticket.text);
  counts[sentiment.label] = (counts[sentiment.label] ?? 0) + 1;
  const preview = ticket.text.replace(/\s+/g, ' ').slice(0, 72);
  console.log(
    `${ticket.id}  ${sentiment.label.padEnd(8)} score ${sentiment.score.toFixed(2).padStart(5)}  confidence ` +
      `${sentiment.confidence.toFixed(2)}  [${ticket.channel}]`,
  );
  console.log(`         "${preview}${ticket.text.length > 72 ? '…' : ''}"`);
  for (const item of evidence) {
    const rules = item.rules.length > 0 ? `  (${item.rules.join(', ')})` : '';
    console.log(
      `           ${item.weight > 0 ? '+' : '-'} "${item.text}" @${item.start}-${item.end} weight ${item.weight.toFixed(2)} ` +
        `from ${item.source}${rules}`,
    );
  }
  if (excluded.length > 0) console.log(`           not scored: ${excluded.map((span) => span.reason).join(', ')}`);
  const felt = Object.entries(emotions!.scores).filter(([, score]) => score.intensity >= 0.3);
  if (felt.length > 0)
    console.log(
      `           emotions: ${felt
        .map(([name, score]) => `${name} ${score.intensity.toFixed(2)} ` + `("${score.evidence[0]!.text}")`)
        .join(', ')}`,
    );
  for (const intent of intents!)
    console.log(
      `           intent ${intent.intent} ${intent.confidence.toFixed(2)}: ` +
        `"${intent.evidence[0]!.text}"${intent.evidence[0]!.conditional ? ' (conditional)' : ''}`,
    );
  if (signals!.escalationRisk > 0 || signals!.churnRisk > 0) {
    const reasons = signals!.factors.map((factor) => `${factor.factor} "${factor.evidence[0]?.text ?? ''}"`).join(', ');
    console.log(`           risk: escalation ${signals!.escalationRisk.toFixed(2)}, churn ${signals!.churnRisk.toFixed(2)} — ${reasons}`);
  }
  console.log();
}
console.log(
  `${tickets.length} tickets: ${Object.entries(counts)
    .map(([label, n]) => `${n} ${label}`)
    .join(', ')}`,
);
