// Rolls the bundled sample tickets up to accounts and evaluates a few alert rules.
//   npx tsx examples/rollup.ts
import { readFileSync } from 'node:fs';
import { analyze, analyzeConversation, parseTranscript } from '../src/index.js';
import { createRollup, evaluateAlerts, projectResult } from '../src/rollup/index.js';

interface Ticket {
  id: string;
  channel: string;
  text: string;
}

const tickets = readFileSync(new URL('./sample-tickets.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as Ticket);

// Spread the sample over three accounts, two roles and two weeks, deterministically.
const accounts = ['northwind', 'contoso', 'fabrikam'];
const roles = ['champion', 'end_user'];
const live = createRollup();
tickets.forEach((ticket, k) => {
  live.add({
    id: ticket.id,
    accountId: accounts[k % 3]!,
    contactId: `contact-${k % 5}`,
    role: roles[k % 2]!,
    channel: ticket.channel,
    at: Date.UTC(2026, 2, 1 + k),
    result: projectResult(analyze(ticket.text)),
  });
});

for (const account of live.summarize({ halfLifeDays: 14 })) {
  const quote = account.quotes[0];
  console.log(
    `${account.accountId.padEnd(10)} score ${String(account.score).padStart(7)}  volume ${account.volume}  negative ` +
      `${(account.shareNegative * 100).toFixed(0)}%  trend/week ${account.trendPerWeek}`,
  );
  if (quote) console.log(`           strongest quote: "${quote.text}" (${quote.recordId}, weight ${quote.weight})`);
}

const alerts = evaluateAlerts(live.state(), [
  { id: 'negative-streak', kind: 'streak', count: 2 },
  { id: 'sustained-negative', kind: 'sustained', below: -0.2, days: 3 },
]);
for (const alert of alerts) console.log(`ALERT ${alert.ruleId} on ${alert.accountId} (${alert.from} → ${alert.to}): ${alert.message}`);

const chat = analyzeConversation({
  turns: parseTranscript('Dana: The export is broken again.\nAgent: So sorry! Fixing it now.\nDana: Works now, thanks!'),
});
console.log(
  `conversation: customer ${chat.customer.trajectory.first} → ${chat.customer.trajectory.last}, agent ${chat.agent.sentiment.label}`,
);
