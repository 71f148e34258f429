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
  const { sentiment, evidence, excluded } = analyze(ticket.text);
  counts[sentiment.label] = (counts[sentiment.label] ?? 0) + 1;
  const preview = ticket.text.replace(/\s+/g, ' ').slice(0, 72);
  console.log(`${ticket.id}  ${sentiment.label.padEnd(8)} score ${sentiment.score.toFixed(2).padStart(5)}  confidence ${sentiment.confidence.toFixed(2)}  [${ticket.channel}]`);
  console.log(`         "${preview}${ticket.text.length > 72 ? '…' : ''}"`);
  for (const item of evidence) {
    const rules = item.rules.length > 0 ? `  (${item.rules.join(', ')})` : '';
    console.log(`           ${item.weight > 0 ? '+' : '-'} "${item.text}" @${item.start}-${item.end} weight ${item.weight.toFixed(2)} from ${item.source}${rules}`);
  }
  if (excluded.length > 0) console.log(`           not scored: ${excluded.map((span) => span.reason).join(', ')}`);
  console.log();
}
console.log(`${tickets.length} tickets: ${Object.entries(counts).map(([label, n]) => `${n} ${label}`).join(', ')}`);
