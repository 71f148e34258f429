// `cxtone fit`, `cxtone analyze --model` and `cxtone sample`, run as users run them: dist/cli.js in a child process.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { fit as fitModel, pickForLabelling } from '../src/fit/index.js';
import { createAnalyzer } from '../src/index.js';
import { EXIT } from '../src/cli/exit.js';
import { cliHarness } from './support/cli.js';
import { SARCASM_SIGNALS, syntheticIntents, syntheticSarcasm, syntheticSentiment } from './support/synthetic.js';

const { dir, file, run } = cliHarness('cxtone-fit-');
const jsonl = (rows: readonly object[]) => `${rows.map((row) => JSON.stringify(row)).join('\n')}\n`;
const csat = syntheticSentiment(240, 1).map(({ text, label }, index) => ({
  id: `t${index}`,
  text,
  csat: label === 'negative' ? 1 : label === 'positive' ? 5 : 3,
}));

describe('cxtone fit', () => {
  const tickets = file('csat.jsonl', jsonl(csat));
  const modelPath = join(dir, 'acme.model.json');

  test('fits ratings read through a scale, writes the model, and prints cross-validated figures with top features', () => {
    const { code, stderr } = run([
      'fit',
      tickets,
      '--label-field',
      'csat',
      '--negative-at-most',
      '2',
      '--positive-at-least',
      '4',
      '--name',
      'acme',
      '-o',
      modelPath,
    ]);
    expect(code).toBe(0);
    const model = JSON.parse(readFileSync(modelPath, 'utf8'));
    expect(model).toMatchObject({ format: 'cxtone-model', name: 'acme', task: 'sentiment', labels: ['negative', 'neutral', 'positive'] });
    expect(stderr).toMatch(/wrote .*acme\.model\.json: a sentiment model over 3 labels, from 240 example/);
    expect(stderr).toMatch(/fitted by logistic regression/);
    expect(stderr).toMatch(/5-fold cross-validation: accuracy \d+\.\d%, macro-F1/);
    expect(stderr).toMatch(/negative\s+\d+\.\d%\s+\d+\.\d%\s+80\s+.*w:(zorblat|quenvik)/);
  });

  test('the same file fitted twice gives the same bytes', () => {
    const again = join(dir, 'again.model.json');
    run(['fit', tickets, '--label-field', 'csat', '--negative-at-most', '2', '--positive-at-least', '4', '--name', 'acme', '-o', again]);
    expect(readFileSync(again, 'utf8')).toBe(readFileSync(modelPath, 'utf8'));
  });

  test('analyze --model gives the fitted verdicts in the usual fields, with the model as the source of its evidence', () => {
    const { code, stdout } = run(
      ['analyze', '-', '--model', modelPath, '--fields', 'label,score,evidence'],
      'the quenvik export on monday\n',
    );
    expect(code).toBe(0);
    const row = JSON.parse(stdout);
    expect(row.label).toBe('negative');
    expect(row.evidence.find((item: { text: string }) => item.text === 'quenvik')).toMatchObject({ source: 'acme' });
  });

  test('intents from a CSV with several labels in a cell', () => {
    const rows = syntheticIntents(180, 2).map(({ text, intent }, index) => `"${text}","${index % 5 === 0 ? `${intent};outage` : intent}"`);
    const csv = file('tags.csv', `text,tags\n${rows.join('\n')}\n`);
    const out = join(dir, 'tags.model.json');
    const { code, stderr } = run(['fit', csv, '--label-field', 'tags', '--label-separator', ';', '--folds', '0', '-o', out]);
    expect(code).toBe(0);
    expect(stderr).toMatch(/an intents model over 3 labels/);
    expect(stderr).toMatch(/fitted by logistic regression/);
    const refused = run(['fit', csv, '--label-field', 'tags', '--label-separator', ';', '--learner', 'linear-svm', '-o', out]);
    expect(refused.code).toBe(EXIT.usage);
    expect(refused.stderr).toMatch(/"learner": "linear-svm" needs labels that exclude each other/);
    const analyzed = run(['analyze', '--text', 'the gondric page', '--model', out, '--fields', 'intents']);
    expect(JSON.parse(analyzed.stdout).intents).toContainEqual(
      expect.objectContaining({ intent: 'outage', model: 'fitted', quote: 'gondric' }),
    );
  });

  test('a CSV column is read whatever its name: "__proto__" holds labels like any other', () => {
    const rows = syntheticIntents(60, 3).map(({ text, intent }) => `"${text}",${intent}`);
    const csv = file('proto.csv', `text,__proto__\n${rows.join('\n')}\n`);
    const { code, stderr } = run(['fit', csv, '--label-field', '__proto__', '--folds', '0', '-o', join(dir, 'proto.model.json')]);
    expect(code).toBe(0);
    expect(stderr).toMatch(/an intents model over 3 labels, from 60 example/);
  });

  // Six fresh processes, two of them fitting a model: several seconds on a loaded machine.
  test('a sarcasm model from a CSV of yes/no cells: its threshold printed, its verdict in the sarcasm field', () => {
    const rows = syntheticSarcasm(120, 5).map(({ text, sarcastic }) => `"${text}",${sarcastic ? 'yes' : 'no'}`);
    const csv = file('irony.csv', `text,ironic\n${rows.join('\n')}\n`);
    const out = join(dir, 'irony.model.json');
    const { code, stderr } = run(['fit', csv, '--label-field', 'ironic', '--task', 'sarcasm', '--folds', '3', '-o', out]);
    expect(code).toBe(0);
    expect(stderr).toMatch(/a sarcasm model over 2 labels/);
    expect(stderr).toMatch(/reads a text as sarcastic from a probability of 0\.\d+ \(chosen for 75\.0% precision\)/);
    const text = `Great, the export ${SARCASM_SIGNALS[0]} again.`;
    const analyzed = run(['analyze', '--text', text, '--model', out, '--fields', 'label,sarcasm']);
    const row = JSON.parse(analyzed.stdout);
    expect(row.label).toBe('negative');
    expect(row.sarcasm.cues).toEqual(['model']);
    expect(row.sarcasm.quotes).toEqual(['Great']);
    const plain = JSON.parse(run(['analyze', '--text', text, '--fields', 'label,sarcasm']).stdout);
    expect(plain).toMatchObject({ label: 'positive', sarcasm: null });
    const rare = run(['fit', csv, '--label-field', 'ironic', '--task', 'sarcasm', '--prevalence', '0.05', '-o', join(dir, 'r.json')]);
    expect(rare.stderr).toMatch(/\(chosen for 75\.0% precision where 5\.0% of texts are sarcastic\)/);
    expect(run(['fit', csv, '--label-field', 'ironic', '--prevalence', 'lots', '-o', join(dir, 'q.json')]).stderr).toMatch(
      /"prevalence" must be a number between 0 and 1, received number NaN/,
    );
    const bad = file('irony-bad.csv', 'text,ironic\nfine,maybe\ngreat,no\n');
    expect(run(['fit', bad, '--label-field', 'ironic', '--task', 'sarcasm', '-o', join(dir, 'w.json')]).stderr).toMatch(
      /"sarcastic" must be true or false, received the string "maybe"\. \(line 2\)/,
    );
  }, 30_000);

  test('bad input is named: no output file, a missing label field, one class, an unreadable or hand-broken model', () => {
    expect(run(['fit', tickets, '--label-field', 'csat']).stderr).toMatch(/name the model file to write with -o/);
    expect(run(['fit', tickets, '--label-field', 'grade', '-o', join(dir, 'x.json')]).stderr).toMatch(/no row has a "grade" field/);
    // A field every object inherits is no field of the rows.
    expect(run(['fit', tickets, '--label-field', 'constructor', '-o', join(dir, 'x.json')]).stderr).toMatch(
      /no row has a "constructor" field/,
    );
    const oneClass = file(
      'one.jsonl',
      jsonl([
        { text: 'a', label: 'negative' },
        { text: 'b', label: 'negative' },
      ]),
    );
    const single = run(['fit', oneClass, '--label-field', 'label', '-o', join(dir, 'y.json')]);
    expect(single.code).toBe(1);
    expect(single.stderr).toMatch(/at least two labels/);
    const badLabel = file(
      'bad.jsonl',
      jsonl([
        { text: 'a', label: 'negative' },
        { text: 'b', label: 'nope' },
      ]),
    );
    expect(run(['fit', badLabel, '--label-field', 'label', '--task', 'sentiment', '-o', join(dir, 'z.json')]).stderr).toMatch(/\(line 2\)/);
    const broken = file('broken.model.json', readFileSync(modelPath, 'utf8').replace('"version": 1', '"version": 7'));
    const analyzed = run(['analyze', '--text', 'hi', '--model', broken]);
    expect(analyzed.code).toBe(1);
    expect(analyzed.stderr).toMatch(/version number 7.*in .*broken\.model\.json/);
    expect(run(['analyze', '--text', 'hi', '--model', file('notjson.json', 'nope')]).stderr).toMatch(/is not JSON/);
  });
});

describe('cxtone sample', () => {
  test('picks the least confident texts, near-duplicates left out, with the suggested label', () => {
    const texts = [
      'The export failed again and support never answered.',
      'The export failed again and support never answered!',
      'The export failed again, support never answered.',
      'Thanks, that fixed it.',
      'I guess it is fine, maybe, not sure yet.',
      'Invoice 4411 attached.',
    ];
    const input = file('pool.jsonl', jsonl(texts.map((text, index) => ({ id: index, text }))));
    const { code, stdout } = run(['sample', input, '--n', '3']);
    expect(code).toBe(0);
    const picked = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(picked).toHaveLength(3);
    const confidences = picked.map((row: { confidence: number }) => row.confidence);
    expect(confidences).toEqual([...confidences].sort((a, b) => a - b));
    const exportCopies = picked.filter((row: { text: string }) => row.text.startsWith('The export failed'));
    expect(exportCopies.length).toBeLessThanOrEqual(1);
    for (const row of picked) expect(row).toHaveProperty('suggestion');
  });

  test('with a sarcasm model: the texts nearest its threshold, where its verdict turns, first', () => {
    const model = fitModel(syntheticSarcasm(160, 3), { name: 'irony', folds: 3 });
    const modelFile = file('irony.model.json', JSON.stringify(model));
    const pool = syntheticSarcasm(40, 9).map(({ text }) => text.replace(/ \d+\.$/, '.'));
    const input = file('irony-pool.jsonl', jsonl(pool.map((text) => ({ text }))));
    const { code, stdout } = run(['sample', input, '--n', '4', '--model', modelFile]);
    expect(code).toBe(0);
    const picked = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { text: string; suggestion: string; confidence: number });
    expect(picked).toHaveLength(4);
    // The spec, through the public API: the model's probability on every text, measured against its threshold.
    const reader = createAnalyzer({ models: [{ ...model, threshold: 0 }] });
    const probability = (text: string) =>
      reader.analyze(text).sentences.find((s) => s.sarcasm?.model)!.sarcasm!.model!.verdict.probabilities.sarcastic!;
    const t = model.threshold;
    const sureness = (p: number) => (p >= t ? (p - t) / (1 - t) : (t - p) / t);
    for (const row of picked) {
      const p = probability(row.text);
      expect(row.suggestion).toBe(p >= t ? 'sarcastic' : 'sincere');
      expect(row.confidence).toBeCloseTo(p >= t ? p : 1 - p, 4);
    }
    const expected = pickForLabelling(
      pool.map((text) => ({ text, uncertainty: 1 - sureness(probability(text)) })),
      4,
    ).map((index) => pool[index]);
    expect(picked.map((row) => row.text)).toEqual(expected);
  });
});
