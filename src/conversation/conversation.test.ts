import { describe, expect, test } from 'vitest';
import { createAnalyzer, InvalidInputError, InvalidOptionsError } from '../index.js';
import { analyzeConversation } from './analyzeConversation.js';
import { splitEmailThread } from './emailThread.js';
import { parseTranscript } from './transcript.js';

const turns = [
  { speaker: 'customer', text: 'The export has been broken for two days. This is unacceptable.' },
  { speaker: 'agent', text: 'So sorry about that! We really appreciate your patience, happy to help. Wonderful news: it is fixed.' },
  { speaker: 'customer', text: 'It works now, thanks a lot!' },
];

describe('analyzeConversation', () => {
  test('keeps customer and agent apart: agent warmth never lifts the customer', () => {
    const result = analyzeConversation({ turns });
    expect(result.turns.map((turn) => turn.role)).toEqual(['customer', 'agent', 'customer']);
    expect(result.customer.turns).toBe(2);
    expect(result.customer.evidence.every((item) => item.turn !== 1)).toBe(true);
    expect(result.agent.evidence.every((item) => item.turn === 1)).toBe(true);
    const angryOnly = analyzeConversation({ turns: [turns[0]!, turns[1]!] });
    expect(angryOnly.customer.sentiment.label).toBe('negative');
    expect(angryOnly.agent.sentiment.label).toBe('positive');
  });

  test("sides are labelled with the analyzer's own neutralBand, not the default one", () => {
    const mild = [{ speaker: 'customer', text: 'The export is a bit disappointing.' }];
    const score = analyzeConversation({ turns: mild }).customer.sentiment.score;
    expect(analyzeConversation({ turns: mild }).customer.sentiment.label).toBe('negative');
    const wide = createAnalyzer({ neutralBand: Math.abs(score) + 0.05 });
    expect(wide.config.thresholds.neutralBand).toBe(Math.abs(score) + 0.05);
    expect(analyzeConversation({ turns: mild }, { analyzer: wide }).customer.sentiment.label).toBe('neutral');
  });

  test('traces the customer trajectory and ends on the last customer turn', () => {
    const { customer } = analyzeConversation({ turns });
    expect(customer.trajectory.first).toBeLessThan(0);
    expect(customer.trajectory.last).toBeGreaterThan(0);
    expect(customer.trajectory.change).toBeCloseTo(customer.trajectory.last! - customer.trajectory.first!, 4);
    expect(customer.trajectory.slopePerTurn).toBeGreaterThan(0);
    expect(customer.lastTurn).toMatchObject({ index: 2, sentiment: { label: 'positive' } });
  });

  test('evidence points at the turn and at offsets into that turn', () => {
    const { customer } = analyzeConversation({ turns });
    for (const item of customer.evidence) expect(turns[item.turn]!.text.slice(item.start, item.end)).toBe(item.text);
  });

  test('agents by name, by test, or by a name that says so', () => {
    const named = analyzeConversation(
      {
        turns: [
          { speaker: 'Sam', text: 'Great news!' },
          { speaker: 'Dana', text: 'Still broken.' },
        ],
      },
      { agents: ['sam'] },
    );
    expect(named.turns.map((turn) => turn.role)).toEqual(['agent', 'customer']);
    const tested = analyzeConversation(
      { turns: [{ speaker: 'ACME-42', text: 'Hi' }] },
      { agents: (speaker) => speaker.startsWith('ACME') },
    );
    expect(tested.turns[0]!.role).toBe('agent');
    expect(analyzeConversation({ turns: [{ speaker: 'Acme Support', text: 'Hi' }] }).turns[0]!.role).toBe('agent');
  });

  test('uses the analyzer it is given', () => {
    const analyzer = createAnalyzer({ lexicons: [{ name: 'x', entries: { export: -3 } }] });
    expect(analyzeConversation({ turns: [{ speaker: 'customer', text: 'export' }] }, { analyzer }).customer.sentiment.label).toBe(
      'negative',
    );
  });

  test('bad input names the turn', () => {
    expect(() =>
      analyzeConversation({
        turns: [
          { speaker: 'customer', text: 'ok' },
          { speaker: '', text: 'x' },
        ],
      }),
    ).toThrow(/turn 1: "speaker"/);
    expect(() => analyzeConversation({ turns: [{ speaker: 'customer', text: 42 as never }] })).toThrow(InvalidInputError);
    expect(() => analyzeConversation('hello' as never)).toThrow(/expected a conversation/);
    expect(() => analyzeConversation({ turns }, { agents: 'sam' as never })).toThrow(InvalidOptionsError);
  });
});

describe('conversation-level emotions, intents, risk and aspects', () => {
  const turns = [
    { speaker: 'customer', text: 'The SSO integration has been broken for two weeks. I am really frustrated.' },
    { speaker: 'agent', text: 'So sorry! We are thrilled to help and grateful for your patience.' },
    { speaker: 'customer', text: "If it isn't fixed by Friday we will cancel our subscription." },
  ];

  test('come from the customer turns only, each quote naming its turn', () => {
    const { customer } = analyzeConversation({ turns }, { aspects: true });
    expect(customer.signals.dominantEmotion).toBe('frustration');
    expect(customer.signals.emotions.gratitude?.intensity ?? 0).toBe(0);
    const churn = customer.signals.intents.find((intent) => intent.intent === 'churn')!;
    expect(churn.evidence[0]).toMatchObject({ turn: 2, text: 'cancel our subscription', conditional: true });
    expect(customer.signals.churnRisk).toBeGreaterThan(0.3);
    const integration = customer.signals.aspects.integration!;
    expect(integration.sentiment[0]!.label).toBe('negative');
    for (const quote of [...integration.quotes, ...customer.signals.emotions.frustration!.evidence]) {
      expect(turns[quote.turn]!.text.slice(quote.start, quote.end)).toBe(quote.text);
    }
  });

  test('aspects stay off unless asked for, and the switch is checked', () => {
    expect(analyzeConversation({ turns }).customer.signals.aspects).toEqual({});
    expect(() => analyzeConversation({ turns }, { aspects: 'yes' as never })).toThrow(/"aspects" must be a boolean/);
  });
});

describe('splitEmailThread', () => {
  test('splits a top-posted thread oldest first, with writers and only their own words', () => {
    const thread = [
      'Still broken, I am afraid.',
      '',
      'Thanks,',
      'Dana',
      '',
      'On Mon, 4 Mar 2024 at 10:00 Acme Support <s@acme.io> wrote:',
      '> Fixed, please retry.',
      '>',
      '> On Sun, 3 Mar 2024, Dana Lee <dana@x.io> wrote:',
      '>> The export is broken since Friday.',
    ].join('\n');
    expect(splitEmailThread(thread)).toEqual([
      { speaker: 'Dana Lee', text: 'The export is broken since Friday.' },
      { speaker: 'Acme Support', text: 'Fixed, please retry.' },
      { speaker: 'customer', text: 'Still broken, I am afraid.' },
    ]);
  });

  test('Outlook history and a wrapped header', () => {
    expect(
      splitEmailThread(
        'Wrong again.\n-----Original Message-----\nFrom: Billing <b@acme.io>\nSent: Monday\nSubject: Invoice\n\nHere is your invoice.',
        { latestSpeaker: 'Dana' },
      ),
    ).toEqual([
      { speaker: 'Billing', text: 'Here is your invoice.' },
      { speaker: 'Dana', text: 'Wrong again.' },
    ]);
    expect(splitEmailThread('Ok.\nOn Mon, 4 Mar 2024 at 10:00 AM Acme Support\n<s@acme.io> wrote:\n> Done.')[0]).toEqual({
      speaker: 'Acme Support',
      text: 'Done.',
    });
  });

  test('a single message is one turn', () => {
    expect(splitEmailThread('Just one message.')).toEqual([{ speaker: 'customer', text: 'Just one message.' }]);
  });

  test('feeds analyzeConversation', () => {
    const result = analyzeConversation({
      turns: splitEmailThread('Still broken.\nOn Mon, 4 Mar 2024 at 10:00 Acme Support <s@acme.io> wrote:\n> Great news, it is fixed!'),
    });
    expect(result.customer.sentiment.label).toBe('negative');
    expect(result.agent.sentiment.label).toBe('positive');
  });
});

describe('parseTranscript', () => {
  test('reads "Name: text" lines with optional times, continuation lines included', () => {
    expect(
      parseTranscript(
        '[10:01] Dana: The export fails.\nIt has failed since Friday.\n10:02:30 - Agent: Looking now.\n' +
          'Sam (10:04 AM): ok\n\nDana: meeting at 11:30 works',
      ),
    ).toEqual([
      { speaker: 'Dana', text: 'The export fails.\nIt has failed since Friday.', at: '10:01' },
      { speaker: 'Agent', text: 'Looking now.', at: '10:02:30' },
      { speaker: 'Sam', text: 'ok', at: '10:04 AM' },
      { speaker: 'Dana', text: 'meeting at 11:30 works' },
    ]);
  });

  test('rejects a transcript that does not start with a speaker, naming the line', () => {
    expect(() => parseTranscript('\nhello there\nDana: hi')).toThrow(/transcript line 2: expected "Speaker: text"/);
  });

  test('a sentence with a colon is not a speaker', () => {
    expect(parseTranscript('Dana: Here is the thing.\nThe problem is this: it fails.')).toEqual([
      { speaker: 'Dana', text: 'Here is the thing.\nThe problem is this: it fails.' },
    ]);
  });
});
