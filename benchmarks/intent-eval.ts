// Intent precision and recall on the public customer-service intent datasets, their intents mapped to cxtone's.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Analyzer } from '../src/index.js';
import { readJsonl } from './data.js';
import { binaryMetrics, type BinaryMetrics } from './metrics.js';
import { markdownTable } from './results-file.js';

/** Dataset intents behind each cxtone intent; every other intent of the dataset counts as a negative. */
export const INTENT_MAPS: Readonly<Record<string, { file: string; map: Readonly<Record<string, readonly string[]>> }>> = {
  bitext: {
    file: 'bitext-intents.dev.jsonl',
    // Refunds asked for and refunds chased are both money the customer says is owed, as in Banking77 below.
    map: {
      escalate: ['contact_human_agent'],
      churn: ['delete_account'],
      complaint: ['complaint'],
      billing_dispute: ['get_refund', 'track_refund'],
    },
  },
  banking77: {
    file: 'banking77.train.jsonl',
    // Every intent where the customer contests money taken or owed: duplicate, extra, unrecognised or
    // wrongly converted charges, fees they query, refunds they ask for or are still waiting on.
    map: {
      churn: ['terminate_account'],
      billing_dispute: [
        'transaction_charged_twice',
        'extra_charge_on_statement',
        'request_refund',
        'Refund_not_showing_up',
        'card_payment_not_recognised',
        'direct_debit_payment_not_recognised',
        'cash_withdrawal_not_recognised',
        'card_payment_fee_charged',
        'transfer_fee_charged',
        'cash_withdrawal_charge',
        'card_payment_wrong_exchange_rate',
        'wrong_exchange_rate_for_cash_withdrawal',
      ],
    },
  },
};

/** Targets of the intent scorer on every mapped intent. */
export const INTENT_TARGETS = { precision: 0.8, recall: 0.6 };

export interface IntentFigure extends BinaryMetrics {
  dataset: string;
  intent: string;
  gold: number;
  predicted: number;
}

const pct = (value: number) => (value * 100).toFixed(1);

export function evaluateIntents(dataDir: string, analyzer: Analyzer): { report: string; figures: IntentFigure[] } {
  const figures: IntentFigure[] = [];
  for (const [dataset, { file, map }] of Object.entries(INTENT_MAPS)) {
    const path = join(dataDir, file);
    if (!existsSync(path)) continue;
    const rows = readJsonl<{ text: string; intent: string }>(path);
    const predicted = rows.map(
      (row) => new Set(analyzer.analyze(row.text, { emotions: false, signals: false }).intents!.map((result) => result.intent)),
    );
    for (const [intent, labels] of Object.entries(map)) {
      let tp = 0;
      let fp = 0;
      let fn = 0;
      rows.forEach((row, index) => {
        const gold = labels.includes(row.intent);
        const fired = predicted[index]!.has(intent);
        if (gold && fired) tp++;
        else if (fired) fp++;
        else if (gold) fn++;
      });
      figures.push({ dataset, intent, gold: tp + fn, predicted: tp + fp, ...binaryMetrics(tp, fp, fn) });
    }
  }
  const meets = (figure: IntentFigure) => figure.precision >= INTENT_TARGETS.precision && figure.recall >= INTENT_TARGETS.recall;
  const report = `## Intent accuracy

Data: the customer-service intent files in the data directory; each dataset intent below is mapped to a cxtone intent and
every other dataset intent counts as a negative, so precision pays for firing on any of them. Targets: precision ≥ ${INTENT_TARGETS.precision},
recall ≥ ${INTENT_TARGETS.recall} on every mapped intent.

${markdownTable(
  ['dataset', 'cxtone intent', 'dataset intents', 'gold n', 'fired', 'precision', 'recall', 'F1', 'target met'],
  figures.map((figure) => [
    figure.dataset,
    figure.intent,
    INTENT_MAPS[figure.dataset]!.map[figure.intent]!.join(', '),
    String(figure.gold),
    String(figure.predicted),
    pct(figure.precision),
    pct(figure.recall),
    pct(figure.f1),
    meets(figure) ? 'yes' : '**no**',
  ]),
)}`;
  return { report, figures };
}
