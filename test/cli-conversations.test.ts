import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { analyzeConversation } from '../src/index.js';
import { fromFreshdesk, fromFront, fromIntercom, fromSalesforce, fromZendesk } from '../src/inputs/index.js';
import { cliHarness } from './support/cli.js';

const fixture = (name: string) => new URL(`./fixtures/inputs/${name}`, import.meta.url).pathname;
const { run, file } = cliHarness('cxtone-conversations-');
const lines = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line));

describe('cxtone analyze on conversations', () => {
  test.each([
    ['zendesk', 'zendesk.json', fromZendesk],
    ['intercom', 'intercom.json', fromIntercom],
    ['freshdesk', 'freshdesk.json', fromFreshdesk],
    ['salesforce', 'salesforce.json', fromSalesforce],
    ['front', 'front.json', fromFront],
  ] as const)('--input-format %s: one line per conversation, roles from the export, as the library reads it', (format, name, convert) => {
    const { code, stdout, stderr } = run(['analyze', '--input-format', format, fixture(name)]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const [conversation] = lines(stdout);
    expect(conversation.turns.map((turn: { role: string }) => turn.role)).toContain('agent');
    const expected = analyzeConversation(convert(JSON.parse(readFileSync(fixture(name), 'utf8'))));
    expect(conversation.customer.label).toBe(expected.customer.sentiment.label);
    expect(conversation.customer.score).toBe(expected.customer.sentiment.score);
  });

  test('an array of tickets gives a line for each', () => {
    const ticket = JSON.parse(readFileSync(fixture('zendesk.json'), 'utf8'));
    const path = file('tickets.json', JSON.stringify([ticket, ticket]));
    expect(lines(run(['analyze', '--input-format', 'zendesk', path]).stdout)).toHaveLength(2);
  });

  test('transcripts and e-mail are recognised by their extension; --agents names the vendor side', () => {
    const vtt = lines(run(['analyze', '--agents', 'Acme Support', fixture('call.vtt')]).stdout)[0];
    expect(vtt.turns.map((turn: { role: string; at: number }) => [turn.role, turn.at])).toEqual([
      ['customer', 1],
      ['agent', 7.2],
      ['customer', 9.8],
    ]);
    expect(vtt.customer.intents).toContain('churn');
    const eml = lines(run(['analyze', fixture('quoted-printable-html.eml')]).stdout)[0];
    expect(eml.customer.label).toBe('negative');
    expect(lines(run(['analyze', fixture('thread.mbox')]).stdout)).toHaveLength(2);
  });

  test('a bad export names the file, the record and the field; an unknown format is refused', () => {
    const path = file('bad.json', JSON.stringify({ ticket: { id: 1, requester_id: 2 }, comments: [{ author_id: 2 }] }));
    const bad = run(['analyze', '--input-format', 'zendesk', path]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/bad\.json \(zendesk\): zendesk\.comments\[0\]: "public" must be true or false/);
    const unknown = run(['analyze', '--input-format', 'zendsk', path]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/--input-format must be one of jsonl, csv, text, zendesk/);
  });
});
