import { describe, expect, test } from 'vitest';
import { analyze, createAnalyzer } from '../src/index.js';
import type { AspectResult } from '../src/index.js';

// A B2B suite for the aspect scorer: support-style texts written for cxtone.
type Expected = [term: string, category: string, label: 'positive' | 'negative' | 'neutral'];
const aspectsOf = (text: string) => analyze(text, { aspects: true }).aspects!;
const find = (aspects: AspectResult[], term: string) => aspects.find((aspect) => aspect.term.toLowerCase() === term.toLowerCase());

describe('aspects of support text', () => {
  test.each<[string, Expected[]]>([
    [
      'I love the new dashboard but the SSO integration keeps failing.',
      [
        ['dashboard', 'feature', 'positive'],
        ['SSO integration', 'integration', 'negative'],
      ],
    ],
    ['The export is slow.', [['export', 'feature', 'negative']]],
    ['Your billing team is unresponsive.', [['billing team', 'billing', 'negative']]],
    // The vendor's people, addressed: "your team" is support.
    [
      'Your team was great, but the new dashboard is confusing.',
      [
        ['Your team', 'support', 'positive'],
        ['dashboard', 'feature', 'negative'],
      ],
    ],
    ['The invoice is wrong again.', [['invoice', 'billing', 'negative']]],
    [
      'Jenny was fantastic, the docs are terrible.',
      [
        ['Jenny', 'other', 'positive'],
        ['docs', 'documentation', 'negative'],
      ],
    ],
    [
      'Great product, terrible support.',
      [
        ['product', 'product', 'positive'],
        ['support', 'support', 'negative'],
      ],
    ],
    [
      'The onboarding was smooth and the training was excellent.',
      [
        ['onboarding', 'onboarding', 'positive'],
        ['training', 'onboarding', 'positive'],
      ],
    ],
    ['The pricing is outrageous.', [['pricing', 'billing', 'negative']]],
    ['The Salesforce sync broke after the update.', [['Salesforce sync', 'integration', 'negative']]],
    ['Our account manager is amazing.', [['account manager', 'account_management', 'positive']]],
    ['The API documentation is confusing.', [['API documentation', 'documentation', 'negative']]],
    ['The new UI looks great.', [['UI', 'ux', 'positive']]],
    [
      'Search is painfully slow and the filters are broken.',
      [
        ['Search', 'feature', 'negative'],
        ['filters', 'feature', 'negative'],
      ],
    ],
    ['The contract renewal process was a nightmare.', [['contract renewal process', 'contract', 'negative']]],
    [
      'Your support engineers were helpful, but the documentation is outdated.',
      [
        ['support engineers', 'support', 'positive'],
        ['documentation', 'documentation', 'negative'],
      ],
    ],
    ['The mobile app crashes constantly.', [['mobile app', 'feature', 'negative']]],
    ['The audit log feature is brilliant.', [['audit log feature', 'feature', 'positive']]],
    ['Password reset emails never arrive.', [['Password reset emails', 'security', 'negative']]],
    ['Webhook delivery works perfectly.', [['Webhook delivery', 'feature', 'positive']]],
    [
      'The reports are useful but the reporting API is unreliable.',
      [
        ['reports', 'feature', 'positive'],
        ['reporting API', 'feature', 'negative'],
      ],
    ],
    ['The hard drive failed after two weeks.', [['hard drive', 'hardware', 'negative']]],
    [
      'The scanners keep dropping their connection, but the battery life is great.',
      [
        ['scanners', 'hardware', 'negative'],
        ['battery life', 'hardware', 'positive'],
      ],
    ],
    ['The receipt printer could be faster.', [['receipt printer', 'hardware', 'negative']]],
    ['The sync was a bit slow, but they were very friendly.', [['sync', 'integration', 'negative']]],
    ['The rollout was smooth, but they were really slow to answer afterwards.', [['rollout', 'onboarding', 'positive']]],
    ['The first reply was not-so-helpful.', [['reply', 'support', 'negative']]],
    [
      'The go-live was a disaster and the add-on keeps failing.',
      [
        ['go-live', 'onboarding', 'negative'],
        ['add-on', 'integration', 'negative'],
      ],
    ],
    ['The two-factor codes never arrive.', [['two-factor codes', 'security', 'negative']]],
    ['The 2FA codes never arrive.', [['2FA codes', 'security', 'negative']]],
    ['The Outlook add-in crashes whenever I open a shared calendar.', [['Outlook add-in', 'integration', 'negative']]],
    ['The Microsoft Teams integration keeps dropping messages.', [['Microsoft Teams integration', 'integration', 'negative']]],
    // Teams of people are not the chat product.
    ['I already recommended you to two other teams at our company.', [['teams', 'other', 'positive']]],
    // A clause after "but" that leaves out its subject is about the previous clause's subject.
    ["Your agent was polite but couldn't actually answer any of my questions.", [['agent', 'support', 'negative']]],
    ['The app looks great but crashes every time I upload a photo.', [['app', 'product', 'negative']]],
    ['The export was quick but unusable.', [['export', 'feature', 'negative']]],
    ['The training session was helpful but way too short for the material.', [['training session', 'onboarding', 'negative']]],
    // An adjective before its own noun is that noun's.
    ['Nice dashboard but terrible reports.', [['dashboard', 'feature', 'positive']]],
    // Its own subject, a command or an -ing clause: the previous subject keeps its own opinion.
    ['The agent was polite, but the fix broke our SSO.', [['agent', 'support', 'positive']]],
    ['The export is great, but be sure to filter it first.', [['export', 'feature', 'positive']]],
    ['The dashboard is great but overall it is a nightmare to set up.', [['dashboard', 'feature', 'positive']]],
  ])('%j', (text, expected) => {
    const aspects = aspectsOf(text);
    for (const [term, category, label] of expected) {
      const aspect = find(aspects, term);
      expect(aspect, `no aspect "${term}" in ${JSON.stringify(aspects.map((item) => item.term))}`).toBeDefined();
      expect(aspect!.category).toBe(category);
      expect(aspect!.sentiment.label).toBe(label);
      expect(text.slice(aspect!.start, aspect!.end)).toBe(aspect!.term);
      for (const item of aspect!.evidence) expect(text.slice(item.start, item.end)).toBe(item.text);
    }
  });

  test.each<[string, string, 'positive' | 'negative']>([
    ['You charged us twice.', 'billing', 'negative'],
    ['It keeps crashing.', 'reliability', 'negative'],
    ['We were overcharged again.', 'billing', 'negative'],
    ['Nobody has answered in three days.', 'support', 'negative'],
  ])('%j names %s without the word', (text, category, label) => {
    const aspect = aspectsOf(text).find((item) => item.category === category);
    expect(aspect?.kind).toBe('category');
    expect(aspect!.sentiment.label).toBe(label);
  });

  test.each(['It is slow.', 'They were great.', 'We love it.', 'He was rude.', 'She fixed it quickly, thanks!'])(
    'pronouns are left unattributed: %j',
    (text) => {
      for (const aspect of aspectsOf(text))
        expect(aspect.kind === 'category' || !/^(it|they|we|he|she|you)$/i.test(aspect.term)).toBe(true);
    },
  );

  test('an aspect without opinion words in its clause is neutral when the taxonomy names it', () => {
    const aspect = find(aspectsOf('Please send the invoice for March.'), 'invoice');
    expect(aspect!.sentiment.label).toBe('neutral');
    expect(aspect!.evidence).toEqual([]);
  });

  test('the subject is a topic even without opinion words, an object is not', () => {
    expect(aspectsOf('Jenny called us yesterday.').map((aspect) => aspect.term)).toEqual(['Jenny']);
    expect(aspectsOf('We called Jenny yesterday.')).toEqual([]);
    // The next sentence's verb is not this one's: "Jenny" ends an unpunctuated line and stays an object.
    expect(aspectsOf('We called Jenny\nIs it fixed?').map((aspect) => aspect.term)).not.toContain('Jenny');
  });

  test('people, time and other nouns that name no aspect are not reported', () => {
    const terms = aspectsOf('My colleagues and I made the decision last summer: the new dashboard is excellent.').map((aspect) =>
      aspect.term.toLowerCase(),
    );
    expect(terms).toContain('dashboard');
    for (const noun of ['colleagues', 'decision', 'summer']) expect(terms).not.toContain(noun);
  });

  test('a word acting on an object pronoun is a verb, whatever its tag: "the outage cost us a day"', () => {
    const terms = (text: string) => aspectsOf(text).map((aspect) => aspect.term.toLowerCase());
    expect(terms('The outage cost us a full day of work.')).not.toContain('cost');
    expect(terms('The cost is too high.')).toContain('cost');
  });

  test('units and periods of a figure are not aspects: "40 percent this quarter", "by a third"', () => {
    const terms = aspectsOf('Our NPS went down 40 percent this quarter and cost per ticket fell by a third.').map((aspect) =>
      aspect.term.toLowerCase(),
    );
    expect(terms).toContain('nps');
    for (const noun of ['percent', 'quarter', 'third']) expect(terms).not.toContain(noun);
    // Points can be what a loyalty programme sells.
    expect(aspectsOf('The reward points never show up in my account.').map((aspect) => aspect.term.toLowerCase())).toContain('points');
  });

  test('chat abbreviations are asides, not aspects: "FYI", "BTW"', () => {
    const terms = aspectsOf('FYI the webhook retries work now. BTW the dashboard is great.').map((aspect) => aspect.term.toLowerCase());
    expect(terms).toContain('dashboard');
    for (const aside of ['fyi', 'btw']) expect(terms).not.toContain(aside);
  });

  test('a feeling opening a sentence is no aspect, whatever its tag: "Happy to jump on a call"', () => {
    const terms = aspectsOf("Happy to jump on a call if that's easier.").map((aspect) => aspect.term.toLowerCase());
    expect(terms).toContain('call');
    expect(terms).not.toContain('happy');
  });

  test('a sign-off is no aspect: "Kind regards, and thanks again"', () => {
    const terms = aspectsOf('Kind regards, and thanks again for everything you do.').map((aspect) => aspect.term.toLowerCase());
    expect(terms).not.toContain('regards');
  });

  test('classifying adjectives belong to the name, evaluative ones do not', () => {
    const terms = aspectsOf('The wireless mouse is flaky and the online help is great, but the huge monitor flickers.').map(
      (aspect) => aspect.term,
    );
    expect(terms).toEqual(expect.arrayContaining(['wireless mouse', 'online help', 'monitor']));
    expect(terms).not.toContain('huge monitor');
  });

  test('a hyphen joins two nouns into one name, but a noun hyphened to another word only modifies', () => {
    const terms = (text: string) => aspectsOf(text).map((aspect) => aspect.term);
    expect(terms('The Wi-Fi keeps dropping.')).toEqual(['Wi-Fi']);
    expect(terms('The battery-powered scanner died.')).toEqual(['scanner']);
    expect(terms('Our die-hard users hate the new UI.')).toEqual(['UI']);
    // A generic word hyphened into a compound stays in it: no "-end" left behind.
    expect(terms('Our month-end close is broken.')).toEqual(['month-end']);
    expect(terms('The year-end report fails.')).toEqual(['year-end report']);
  });

  test("a noun of time closes a name without joining it, and the writer's stance is no activity", () => {
    const terms = (text: string) => aspectsOf(text).map((aspect) => aspect.term);
    expect(terms('The Zendesk integration stopped syncing tickets yesterday.')).not.toContain('syncing tickets yesterday');
    expect(terms('The price hike at renewal is hard to justify.')).not.toContain('justify');
    expect(terms('The new editor is hard to use.')).toContain('use');
  });

  test('letters written onto a number are its unit, not an aspect: "10k", "4GB"', () => {
    const terms = (text: string) => aspectsOf(text).map((aspect) => aspect.term);
    expect(terms('Data export silently drops rows over 10k.')).toEqual(['Data export']);
    expect(terms('The 4GB plan is too small.')).toEqual(['plan']);
  });

  test('generic words at the edge of a name are trimmed: "Windows users" is Windows', () => {
    const terms = aspectsOf('Windows users love the new release.').map((aspect) => aspect.term);
    expect(terms).toContain('Windows');
    expect(terms).not.toContain('Windows users');
  });

  test.each<[string, string, 'positive' | 'negative']>([
    ['The admin console is easy to use.', 'use', 'positive'],
    ['The agent was slow to set up and hard to configure.', 'set up', 'negative'],
    ['After the patch it runs smoothly.', 'runs', 'positive'],
    ['Since the patch it works flawlessly.', 'works', 'positive'],
  ])('an activity the text rates is an aspect: %j', (text, term, label) => {
    const aspect = find(aspectsOf(text), term);
    expect(aspect, JSON.stringify(aspectsOf(text).map((item) => item.term))).toBeDefined();
    expect(aspect!.sentiment.label).toBe(label);
    expect(text.slice(aspect!.start, aspect!.end)).toBe(term);
  });

  test('the taxonomy gives a rated activity its category: ease of use is ux, setting up is onboarding', () => {
    expect(find(aspectsOf('It is easy to use.'), 'use')!.category).toBe('ux');
    expect(find(aspectsOf('The agent was slow to set up.'), 'set up')!.category).toBe('onboarding');
  });

  test("a working verb after a named subject is that subject's, not an aspect of its own", () => {
    const terms = aspectsOf('The Salesforce integration works well but the export runs slowly.').map((aspect) => aspect.term);
    expect(terms).toEqual(['Salesforce integration', 'export']);
  });

  test.each([
    ['We were happy to help the new team.', 'help'],
    ['It is easy to get a refund.', 'get'],
    ['It was hard to find the export button.', 'find'],
  ])('feelings, light verbs and verbs with objects are not activities: %j', (text, verb) => {
    expect(aspectsOf(text).map((aspect) => aspect.term)).not.toContain(verb);
  });

  test('one mild word decides an aspect that would leave a document neutral', () => {
    // A word of known, mild valence (0.4 on the -4..4 scale): between the aspect band and the document's.
    const mild = createAnalyzer({ aspects: true, lexicons: [{ name: 'mild', entries: { serviceable: 0.4 } }] });
    const result = mild.analyze('The dashboard is serviceable.');
    expect(result.sentiment.label).toBe('neutral');
    expect(find(result.aspects!, 'dashboard')!.sentiment.label).toBe('positive');
  });

  test('negation from the core rules reaches aspects', () => {
    expect(find(aspectsOf('The dashboard is not good.'), 'dashboard')!.sentiment.label).toBe('negative');
    expect(find(aspectsOf('The support team was not unhelpful.'), 'support team')!.sentiment.label).not.toBe('negative');
  });

  test('what a comparative is measured against takes the other side: "better than the old vendor"', () => {
    const compared = aspectsOf('The dashboard is better than the reports page.');
    expect(find(compared, 'dashboard')!.sentiment.label).toBe('positive');
    expect(find(compared, 'reports page')!.sentiment.label).toBe('negative');
    const against = aspectsOf('Their onboarding was faster compared to our old vendor.');
    expect(find(against, 'vendor')!.sentiment.label).toBe('negative');
    // Nothing surpassing it is praise of it.
    expect(find(aspectsOf('Nothing is better than the dashboard.'), 'dashboard')!.sentiment.label).toBe('positive');
  });

  test('a problem told without a sentiment word is an opinion of its aspect, weighed as a calm problem word', () => {
    const [fan] = aspectsOf('The fan does not spin.');
    expect(fan!.sentiment.label).toBe('negative');
    expect(fan!.evidence.map((item) => [item.text, item.term, item.weight, item.rules])).toEqual([
      ['not spin', 'not spin', -0.24, ['calm']],
    ]);
    // A problem word is sentiment evidence already, and is not counted twice.
    const [sync] = aspectsOf('The sync fails.');
    expect(sync!.evidence.map((item) => item.text)).toEqual(['fails']);
    // A choice reports no problem: the menu has no opinion.
    expect(find(aspectsOf("I didn't look at the menu."), 'menu')?.sentiment.label ?? 'neutral').toBe('neutral');
  });

  test("a recommendation praises what it names, for aspects only: the writer's mood stays as it was", () => {
    const text = 'Try the tandoori salmon!';
    const [salmon] = aspectsOf(text);
    expect(salmon!.term).toBe('tandoori salmon');
    expect(salmon!.sentiment.label).toBe('positive');
    expect(salmon!.evidence.map((item) => [item.text, item.source, item.rules])).toEqual([['Try', 'recommendations', ['recommendation']]]);
    expect(analyze(text).sentiment.label).toBe('neutral');
    // An instruction to do something is no recommendation of what it is done to.
    expect(find(aspectsOf('Try restarting the router.'), 'router')?.sentiment.label ?? 'neutral').toBe('neutral');
  });

  test("what is said to meet the writer's need is praised, and what is said not to meet it is not", () => {
    const [specifications] = aspectsOf('This computer had exactly the specifications I needed.').filter(
      (aspect) => aspect.term === 'specifications',
    );
    expect(specifications!.sentiment.label).toBe('positive');
    expect(specifications!.evidence.map((item) => [item.text, item.source])).toEqual([['I needed', 'needs']]);
    expect(find(aspectsOf("The export doesn't have the fields we need."), 'fields')!.sentiment.label).toBe('negative');
    // Asking for what is needed praises nothing.
    expect(find(aspectsOf('Please add the fields we need.'), 'fields')?.sentiment.label ?? 'neutral').toBe('neutral');
  });

  test('sarcasm from the core rules reaches aspects', () => {
    expect(find(aspectsOf('Oh great, the sync is down again.'), 'sync')!.sentiment.label).toBe('negative');
  });

  test('mentions of one aspect are merged across the document', () => {
    const text = 'The dashboard is slow. Also, the dashboards crash on Safari.';
    const dashboard = aspectsOf(text).filter((aspect) => aspect.term.toLowerCase().startsWith('dashboard'));
    expect(dashboard).toHaveLength(1);
    expect(dashboard[0]!.mentions.map((mention) => text.slice(mention.start, mention.end))).toEqual(['dashboard', 'dashboards']);
    expect(dashboard[0]!.sentiment.label).toBe('negative');
  });

  test('opinion words in a pasted log do not reach aspects', () => {
    const text = 'The export failed.\n\n```\nERROR export: fatal, kill -9 worker\n```';
    const exportAspect = find(aspectsOf(text), 'export');
    expect(exportAspect!.evidence.every((item) => item.start < text.indexOf('```'))).toBe(true);
  });

  test('the summary aggregates each category with its quotes', () => {
    const text = 'You charged us twice and the invoice is wrong. The support team was wonderful though.';
    const { aspectSummary } = analyze(text, { aspects: true });
    expect(aspectSummary!.billing!.sentiment.label).toBe('negative');
    expect(aspectSummary!.support!.sentiment.label).toBe('positive');
    for (const quote of aspectSummary!.billing!.quotes) expect(text.slice(quote.start, quote.end)).toBe(quote.text);
    expect(aspectSummary!.billing!.mentions).toBeGreaterThanOrEqual(1);
  });

  test('aspects are off by default and on per analyzer or per call', () => {
    expect(analyze('The export is slow.').aspects).toBeUndefined();
    expect(createAnalyzer({ aspects: true }).analyze('The export is slow.').aspects).toHaveLength(1);
    expect(createAnalyzer({ aspects: true }).analyze('The export is slow.', { aspects: false }).aspects).toBeUndefined();
  });
});

describe('a custom taxonomy', () => {
  const acme = createAnalyzer({
    aspects: true,
    lexicons: [
      {
        name: 'acme-taxonomy',
        aspects: {
          pulse: ['pulse', 'pulse sync', 'pulse dashboard*'],
          beacon: ['beacon', 'beacon alert*'],
          support: ['(priya|marco)'],
        },
      },
    ],
  });

  test.each<[string, string, string, 'positive' | 'negative' | 'neutral']>([
    ['Pulse sync is a lifesaver.', 'Pulse sync', 'pulse', 'positive'],
    ['The Pulse dashboards are confusing.', 'Pulse dashboards', 'pulse', 'negative'],
    ['Beacon alerts are noisy and useless.', 'Beacon alerts', 'beacon', 'negative'],
    ['Priya was incredibly helpful.', 'Priya', 'support', 'positive'],
    ['Marco never replied.', 'Marco', 'support', 'negative'],
  ])('%j → %s [%s] %s', (text, term, category, label) => {
    const aspect = find(acme.analyze(text).aspects!, term);
    expect(aspect, JSON.stringify(acme.analyze(text).aspects!.map((item) => item.term))).toBeDefined();
    expect(aspect!.category).toBe(category);
    expect(aspect!.sentiment.label).toBe(label);
  });

  test('a taxonomy can drop a built-in category', () => {
    const analyzer = createAnalyzer({ aspects: true, lexicons: [{ name: 'no-billing', aspects: { billing: null } }] });
    expect(analyzer.analyze('Please send the invoice for March.').aspects!.map((aspect) => aspect.category)).not.toContain('billing');
  });

  test('a bad taxonomy fails with a clear error', () => {
    expect(() => createAnalyzer({ lexicons: [{ name: 'bad', aspects: { Billing: ['invoice'] } }] })).toThrow(
      /aspect category name "Billing"/,
    );
    expect(() => createAnalyzer({ lexicons: [{ name: 'bad', aspects: { billing: ['(invoice'] } }] })).toThrow(
      /aspect category "billing" pattern "\(invoice" is invalid/,
    );
  });
});

describe('a declared subject', () => {
  const reviews = createAnalyzer({ aspects: true, subject: ['acme', 'acme app', 'product'] });
  const terms = (text: string) => reviews.analyze(text).aspects!.map((aspect) => aspect.term);

  test.each<[string, string[], string[]]>([
    ['Acme is great but the export is slow.', ['export'], ['Acme']],
    ['The new Acme app crashes constantly.', [], ['Acme app']],
    ['Acme dashboards are confusing.', ['Acme dashboards'], []],
    ['This product has terrible documentation.', ['documentation'], ['product']],
    // The head noun decides: Acme's support team is an aspect of Acme.
    ['Acme support was wonderful.', ['Acme support'], []],
  ])('%j reports %j and not %j', (text, reported, left) => {
    const found = terms(text);
    for (const term of reported) expect(found).toContain(term);
    for (const term of left) expect(found).not.toContain(term);
  });

  test('what is said of the subject is still reported by its category', () => {
    const [aspect] = reviews.analyze('This product keeps crashing.').aspects!;
    expect(aspect).toMatchObject({ kind: 'category', category: 'reliability', term: 'keeps crashing' });
    expect(aspect!.sentiment.label).toBe('negative');
    // Without a subject the product is the aspect, and the crashing is its opinion.
    expect(
      createAnalyzer({ aspects: true })
        .analyze('This product keeps crashing.')
        .aspects!.map((item) => item.term),
    ).toEqual(['product']);
  });

  test('without a subject, the product is an aspect like any other', () => {
    expect(
      createAnalyzer({ aspects: true })
        .analyze('Acme is great but the export is slow.')
        .aspects!.map((aspect) => aspect.term),
    ).toContain('Acme');
  });

  test("the subject keeps its clause's opinion, as it does undeclared, so other aspects read the same", () => {
    const text = 'We use the export daily, but Acme is a nightmare.';
    const exportOf = (analyzer: ReturnType<typeof createAnalyzer>) => find(analyzer.analyze(text).aspects!, 'export')!;
    expect(exportOf(reviews).sentiment).toEqual(exportOf(createAnalyzer({ aspects: true })).sentiment);
    expect(exportOf(reviews).sentiment.label).toBe('neutral');
    expect(reviews.analyze(text).sentiment.label).toBe('negative');
  });

  test('the summary leaves the subject out too', () => {
    const { aspectSummary } = reviews.analyze('Acme is wonderful.');
    expect(Object.values(aspectSummary!).reduce((sum, category) => sum + category.mentions, 0)).toBe(0);
    expect(createAnalyzer({ aspects: true }).analyze('Acme is wonderful.').aspectSummary!.other!.mentions).toBe(1);
  });

  test('a bad subject fails with a clear error', () => {
    expect(() => createAnalyzer({ subject: 'acme' as never })).toThrow(
      /"subject" must be an array of patterns, received the string "acme"/,
    );
    expect(() => createAnalyzer({ subject: ['acme', '(app'] })).toThrow(
      /subject\[1\] is not a valid pattern: "\(" at position 0 is never closed/,
    );
    expect(() => createAnalyzer({ subject: [''] })).toThrow(/subject\[0\] is not a valid pattern: a pattern must be a non-empty string/);
  });
});

describe('locating opinions', () => {
  test('each piece of sentence evidence is found at the token it starts on, and evidence that starts inside no token is dropped', async () => {
    const { locateOpinions } = await import('../src/scorers/aspect.js');
    const { createCoreReader } = await import('../src/analyze.js');
    const { doc, result } = createCoreReader()('The dashboard is great. Support was slow and rude.');
    const located = locateOpinions(doc, result.sentences);
    expect(located.map((sentence) => sentence.map(({ index }) => doc.tokens[index]!.text))).toEqual([['great'], ['slow', 'rude']]);
    const shifted = result.sentences.map((sentence) => ({
      ...sentence,
      evidence: sentence.evidence.map((item) => ({ ...item, start: item.start + 1 })),
    }));
    expect(locateOpinions(doc, shifted)).toEqual([[], []]);
  });
});
