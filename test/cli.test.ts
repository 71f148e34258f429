// The `cxtone` command, run as users run it: the built dist/cli.js in a child process.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXIT } from '../src/cli/exit.js';
import { describe, expect, test } from 'vitest';
import { cliHarness } from './support/cli.js';

const { dir, file, run } = cliHarness('cxtone-cli-');

describe('cxtone analyze', () => {
  test('JSONL in, JSONL out, with ids, line numbers and the chosen fields', () => {
    const input = file(
      'tickets.jsonl',
      '{"id":"a","text":"The export keeps failing, we will cancel."}\n\n{"id":"b","text":"Thanks, works great now!"}\n',
    );
    const { code, stdout, stderr } = run(['analyze', input, '--fields', 'label,intents']);
    expect(code).toBe(0);
    const rows = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ line: 1, id: 'a', label: 'negative' });
    expect(rows[0].intents.map((intent: { intent: string }) => intent.intent)).toContain('churn');
    expect(rows[1]).toMatchObject({ line: 3, id: 'b', label: 'positive' });
    expect(Object.keys(rows[1])).toEqual(['line', 'id', 'label', 'intents']);
    expect(stderr).toContain('2 row(s) analyzed, 0 bad row(s)');
  });

  test('CSV in with --text-column, CSV out with flattened lists', () => {
    const input = file('tickets.csv', 'ticket,body\n7,"Still broken, I am furious."\n8,"Love the new dashboard"\n');
    const { code, stdout } = run(['analyze', input, '--text-column', 'body', '--format', 'csv', '--fields', 'label,emotions,aspects']);
    expect(code).toBe(0);
    const [header, first, second] = stdout.trim().split('\n');
    expect(header).toBe('line,id,label,dominant_emotion,emotions,aspects');
    expect(first).toMatch(/^2,,negative,anger,/);
    expect(second).toContain('dashboard [feature] positive');
  });

  test('the problem is a default column: a calm report is neutral and says what is broken (issue 18)', () => {
    const input = file('calm.jsonl', '{"text":"The CSV export fails with error 500."}\n{"text":"Thanks, all good."}\n');
    const json = run(['analyze', input]);
    const [calm, fine] = json.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(calm).toMatchObject({ label: 'neutral', problem: { severity: 0.7, quotes: ['fails', 'error', '500'] } });
    expect(fine.problem).toBeNull();
    const csv = run(['analyze', input, '--format', 'csv', '--fields', 'label,problem']);
    expect(csv.stdout.trim().split('\n')).toEqual([
      'line,id,label,problem_severity,problem',
      '1,,neutral,0.7,fails; error; 500',
      '2,,positive,,',
    ]);
    const pretty = run(['analyze', '--text', 'The CSV export fails with error 500.', '--explain']);
    expect(pretty.stdout).toContain('problem    severity 0.70: "fails" (fails 0.7)');
  });

  test('--subject leaves the product out of the aspects; a bad pattern is a usage error', () => {
    const text = 'Acme is great but the export is slow.';
    const aspectsWith = (...extra: string[]) =>
      JSON.parse(run(['analyze', '--text', text, '--fields', 'aspects', ...extra]).stdout).aspects.map(
        (aspect: { term: string }) => aspect.term,
      );
    expect(aspectsWith()).toEqual(['Acme', 'export']);
    expect(aspectsWith('--subject', 'acme, product')).toEqual(['export']);
    const bad = run(['analyze', '--text', text, '--subject', 'acme,(app']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^cxtone: subject\[1\] is not a valid pattern: .* \(from --subject\)\n$/);
  });

  test('plain text lines from standard input', () => {
    const { code, stdout } = run(['analyze', '-', '--input-format', 'text', '--fields', 'label'], 'Great support!\nNothing works.\n');
    expect(code).toBe(0);
    expect(
      stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line).label),
    ).toEqual(['positive', 'negative']);
  });

  test('bad rows are reported with their line, counted, and never cost the good rows', () => {
    const input = file('mixed.jsonl', '{"text":"fine, thanks"}\nnot json\n{"body":"wrong field"}\n{"text":"all good"}\n');
    const { code, stdout, stderr } = run(['analyze', input]);
    expect(code).toBe(2);
    expect(stdout.trim().split('\n')).toHaveLength(2);
    expect(stderr).toContain('line 2: not valid JSON');
    expect(stderr).toContain('line 3: "text" must be a string');
    expect(stderr).toContain('2 row(s) analyzed, 2 bad row(s)');
  });

  test('--strict stops at the first bad row', () => {
    const input = file('strict.jsonl', '{"text":"fine"}\nnot json\n{"text":"never read"}\n');
    const { code, stdout, stderr } = run(['analyze', input, '--strict']);
    expect(code).toBe(3);
    expect(stdout.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain('line 2: not valid JSON');
  });

  test('--concurrency scores on worker threads with the same output, bad rows and exit codes as one thread', () => {
    const rows = Array.from({ length: 200 }, (_, i) =>
      i === 57
        ? 'not json'
        : JSON.stringify({ id: `t${i}`, text: i % 2 ? 'The export keeps failing.' : `Thanks, ticket ${i} works great!` }),
    );
    const input = file('many.jsonl', `${rows.join('\n')}\n`);
    const single = run(['analyze', input, '--fields', 'label,score,intents']);
    const pooled = run(['analyze', input, '--fields', 'label,score,intents', '--concurrency', '2']);
    expect(pooled.code).toBe(2);
    expect(pooled.stdout).toBe(single.stdout);
    expect(pooled.stdout.trim().split('\n')).toHaveLength(199);
    expect(pooled.stderr).toContain('line 58: not valid JSON');
    expect(pooled.stderr).toContain('199 row(s) analyzed, 1 bad row(s)');
    const strict = run(['analyze', input, '--concurrency', '2', '--strict']);
    expect(strict.code).toBe(3);
    expect(strict.stdout.trim().split('\n')).toHaveLength(57);
    expect(run(['analyze', input, '--concurrency', 'two']).code).toBe(1);
  }, 30_000);

  test('--explain shows the text and every verdict with its quotes', () => {
    const { code, stdout } = run(['analyze', '--explain', '--text', "If this isn't fixed by Friday we will cancel our subscription."]);
    expect(code).toBe(0);
    expect(stdout).toContain("If this isn't fixed by Friday we will cancel our subscription.");
    expect(stdout).toMatch(/intents\s+churn 0\.80 \("cancel our subscription"\)/);
    expect(stdout).toContain('churn_intent');
  });

  test('usage errors exit 1 with a message', () => {
    expect(run(['analyze', join(dir, 'missing.jsonl')])).toMatchObject({ code: 1, stderr: expect.stringContaining('cannot read') });
    expect(run(['analyze', '-', '--fields', 'label,mood'], '')).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('unknown field(s) mood'),
    });
    expect(run(['analyze', '-', '--format', 'xml'], '')).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('--format must be jsonl or csv'),
    });
    expect(run(['frobnicate']).code).toBe(1);
  });
});

describe('cxtone rollup', () => {
  const records = [
    {
      id: 'r1',
      accountId: 'acme',
      role: 'champion',
      at: '2026-11-01',
      text: 'The SSO integration keeps failing and support never replied.',
    },
    {
      id: 'r2',
      accountId: 'acme',
      role: 'champion',
      at: '2026-11-05',
      text: "Still broken. If this isn't fixed by Friday we will cancel our subscription.",
    },
    { id: 'r3', accountId: 'globex', at: '2026-11-03', result: { score: 0.7, label: 'positive' } },
  ];
  const input = file(
    'records.jsonl',
    `${records.map((record) => JSON.stringify(record)).join('\n')}\n{"id":"r4","accountId":"x","at":"soon","text":"hm"}\n`,
  );

  test('an account table sorted by risk, with alerts, from text or scored records', () => {
    const { code, stdout, stderr } = run(['rollup', input]);
    expect(code).toBe(2);
    const { accounts, alerts } = JSON.parse(stdout);
    expect(accounts.map((account: { accountId: string }) => account.accountId)).toEqual(['acme', 'globex']);
    expect(accounts[0].intents.churn).toBe(1);
    expect(Object.keys(accounts[0].byCategory)).toContain('integration');
    expect(alerts.map((alert: { ruleId: string }) => alert.ruleId)).toContain('churn-intent');
    expect(stderr).toContain('line 4: record 3 (id "r4"): "at" must be');
  });

  test('CSV out', () => {
    const { stdout } = run(['rollup', input, '--format', 'csv', '--sort', 'score']);
    const [header, first] = stdout.trim().split('\n');
    expect(header).toBe('account,volume,score,share_negative,trend_per_week,escalation_risk,churn_risk,categories,intents,top_quote');
    expect(first).toMatch(/^acme,2,-/);
  });

  test('an unknown sort key is refused, even one every object inherits', () => {
    for (const key of ['loudness', 'constructor']) {
      const { code, stderr } = run(['rollup', input, '--sort', key]);
      expect(code).toBe(EXIT.usage);
      expect(stderr).toContain(`--sort must be one of risk, score, volume, received "${key}"`);
    }
  });
});

describe('cxtone analyze on dev data', () => {
  const DEV = new URL('../../shared/eval/', import.meta.url).pathname;
  // 20,000 texts of the public dev sets (CI has them beside the checkout), as one JSONL file.
  test.runIf(existsSync(DEV))(
    '--concurrency 2 writes byte-identical output to one thread on 20,000 dev texts',
    () => {
      const texts: string[] = [];
      for (const name of readdirSync(DEV)
        .filter((entry) => entry.endsWith('.jsonl'))
        .sort()) {
        for (const line of readFileSync(join(DEV, name), 'utf8').split('\n')) {
          if (line.trim() !== '' && texts.length < 20_000) texts.push((JSON.parse(line) as { text: string }).text);
        }
      }
      expect(texts).toHaveLength(20_000);
      const input = file('dev.jsonl', `${texts.map((text, k) => JSON.stringify({ id: k, text })).join('\n')}\n`);
      const single = run(['analyze', input, '--fields', 'label,score,magnitude,confidence,emotions,intents,risk,evidence']);
      const pooled = run([
        'analyze',
        input,
        '--fields',
        'label,score,magnitude,confidence,emotions,intents,risk,evidence',
        '--concurrency',
        '2',
      ]);
      expect(single.code).toBe(0);
      expect(pooled.code).toBe(0);
      expect(pooled.stdout.length).toBeGreaterThan(1_000_000);
      expect(pooled.stdout === single.stdout).toBe(true);
    },
    300_000,
  );
});
