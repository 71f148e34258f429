import { describe, expect, test } from 'vitest';
import { createAnalyzer } from '../analyze.js';
import { readDoc } from '../doc/readDoc.js';
import { defaultLexicons } from '../lexicons.js';
import { compileLexicons } from './compile.js';
import type { Hit } from './hit.js';
import { inPlaceOf } from './hit.js';
import { findMovedMetrics, findMovements, MOVEMENT_STRENGTH } from './movement.js';

const lexicon = compileLexicons(defaultLexicons);
// No rules: what the lexicon and the movement finder give, before negation, conditions and the rest.
const bare = createAnalyzer({ rules: [] });
const analyzer = createAnalyzer();

/** The movement evidence of a text: quote, metric and weight. */
function movements(text: string, using = bare) {
  return using
    .analyze(text)
    .evidence.filter((item) => item.rules.includes('movement'))
    .map(({ text: quote, metric, weight, term }) => ({ quote, metric: metric?.text, weight, term }));
}

describe('movements: a metric moved by a direction', () => {
  test.each([
    ['Costs increased this quarter.', 'Costs increased', -1],
    ['Uptime decreased this quarter.', 'Uptime decreased', -1],
    ['Response times have doubled.', 'Response times have doubled', -1],
    ['Pricing went up 30%.', 'Pricing went up 30%', -1],
    ['Uptime is down 3x this month.', 'Uptime is down 3x', -1],
    ['Latency spiked after the deploy.', 'Latency spiked', -1],
    ['Churn dropped 15% last quarter.', 'Churn dropped 15%', 1],
    ['We cut our handle time in half.', 'cut our handle time in half', 1],
    ['They raised our prices again.', 'raised our prices', -1],
    ['We saw fewer errors this week.', 'fewer errors', 1],
    ['Higher costs are hurting us.', 'Higher costs', -1],
    ['A 20% increase in costs.', '20% increase in costs', -1],
    ['The price increase was a surprise.', 'price increase', -1],
    ['Our NPS went from 45 to 12.', 'NPS went from 45 to 12', -1],
    ['Response times dropped from 4 hours to 20 minutes.', 'Response times dropped from 4 hours to 20 minutes', 1],
    ['The price of the plan is really cheap.', 'price of the plan is really cheap', 1],
    ['Customer satisfaction scores rose again.', 'Customer satisfaction scores rose', 1],
    ['We lowered our hosting costs.', 'lowered our hosting costs', 1],
    ['Support response times keep getting longer.', 'response times keep getting longer', -1],
    ['Outages have become less frequent.', 'Outages have become less frequent', 1],
    ['Revenue per seat increased after the upgrade.', 'Revenue per seat increased', 1],
    ['We reduced onboarding time by a week.', 'reduced onboarding time', 1],
    ['Query latency went from 200ms to 3 seconds.', 'latency went from 200ms to 3 seconds', -1],
    // A figure given roughly is the figure.
    ['The dashboard load time went from 2 seconds to almost 20.', 'load time went from 2 seconds to almost 20', -1],
    ['Costs went from about 10,000 to under 8,000.', 'Costs went from about 10,000 to under 8,000', 1],
    // Units written onto the figure: "2s", "20s" (a decade to wink-nlp), "2h", and a unit keeping the sentence's period.
    ['Page load time went from 2s to 20s.', 'Page load time went from 2s to 20s', -1],
    ['Build time went from 2h to 5h.', 'Build time went from 2h to 5h.', -1],
    ['Costs went from 10k to 8k.', 'Costs went from 10k to 8k.', 1],
  ])('%s', (text, quote, sign) => {
    const [found] = movements(text);
    expect(found?.quote).toBe(quote);
    expect(Math.sign(found!.weight)).toBe(sign);
  });

  test('the evidence names the movement and quotes the metric', () => {
    expect(movements('Response times have doubled.')[0]).toMatchObject({ term: 'response time up', metric: 'Response times' });
  });

  test('a movement takes the place of the lexicon words it spans', () => {
    const evidence = bare.analyze('We saw fewer errors and fewer outages.').evidence;
    expect(evidence.map((item) => item.text)).toEqual(['fewer errors', 'fewer outages']);
  });

  test('two movements in one clause each find their own direction', () => {
    expect(movements('Costs increased and uptime decreased.').map(({ quote }) => quote)).toEqual(['Costs increased', 'uptime decreased']);
    expect(movements('We cut costs and increased revenue.').map(({ quote, weight }) => [quote, Math.sign(weight)])).toEqual([
      ['cut costs', 1],
      ['increased revenue', 1],
    ]);
  });
});

describe('movements: counts of what the lexicon judges', () => {
  test.each([
    ['Fewer problems since the update.', 'Fewer problems', 1],
    ['More problems with the sync this week.', 'More problems', -1],
    ['Less hassle for our agents.', 'Less hassle', 1],
    ['We see fewer failed logins now.', 'fewer failed logins', 1],
    ['We want more good news like this.', 'more good news', 1],
  ])('%s', (text, quote, sign) => {
    const [found] = movements(text);
    expect(found?.quote).toBe(quote);
    expect(Math.sign(found!.weight)).toBe(sign);
  });
  test('a count weighs as the judgement it counts', () => {
    const lexiconWeight = Math.abs(bare.analyze('Problems.').evidence[0]!.valence);
    expect(Math.abs(movements('Fewer problems.')[0]!.weight)).toBeCloseTo(Math.max(MOVEMENT_STRENGTH, lexiconWeight), 4);
  });
  test('a quality compared is not a count: "less helpful" is left to the lexicon and the rules', () => {
    expect(movements('The new agent was less helpful.')).toEqual([]);
  });
});

describe('movements: size', () => {
  const weight = (text: string) => Math.abs(movements(text)[0]!.weight);
  test('a movement without figures weighs the base strength', () => {
    expect(weight('Costs increased.')).toBeCloseTo(MOVEMENT_STRENGTH, 4);
  });
  test('a large change weighs more than a small one, and a stated small one less than none stated', () => {
    expect(weight('Costs increased 80%.')).toBeGreaterThan(weight('Costs increased 30%.'));
    expect(weight('Costs increased 30%.')).toBeGreaterThan(weight('Costs increased 2%.'));
    expect(weight('Costs increased 2%.')).toBeLessThan(weight('Costs increased.'));
    expect(weight('Costs doubled.')).toBeGreaterThan(weight('Costs increased.'));
    expect(weight('Costs rose sharply.')).toBeGreaterThan(weight('Costs rose slightly.'));
  });
  test('figures in different time units compare', () => {
    expect(weight('Response times went from 4 hours to 20 minutes.')).toBeGreaterThan(weight('Response times went from 40 to 30 minutes.'));
    expect(Math.sign(movements('Response times went from 20 minutes to 4 hours.')[0]!.weight)).toBe(-1);
  });
  test('units in the plural without figures compare as one of each; "day to day" is no amount', () => {
    expect(Math.sign(movements('Response times went from hours to days.')[0]!.weight)).toBe(-1);
    expect(Math.sign(movements('Resolution time went from days to hours.')[0]!.weight)).toBe(1);
    expect(weight('Load times went from seconds to minutes.')).toBeGreaterThan(weight('Load times went from 40 to 50 seconds.'));
    expect(movements('Response times vary from day to day.')).toEqual([]);
  });
  test('figures in words count a time unit after them, "a" and "an" as one', () => {
    expect(Math.sign(movements('Resolution time went from two days to over a week.')[0]!.weight)).toBe(-1);
    expect(Math.sign(movements('Response time went from a day to an hour.')[0]!.weight)).toBe(1);
    expect(weight('Wait times went from three hours to ten minutes.')).toBeGreaterThan(weight('Wait times went from 40 to 30 minutes.'));
  });
  test('a size is bounded', () => {
    expect(weight('Costs went up 5000%.')).toBeLessThanOrEqual(MOVEMENT_STRENGTH * 1.35 + 1e-9);
  });
});

describe('movements: reading', () => {
  test('a negator between the metric and its verb turns it', () => {
    const [found] = movements("Costs didn't go up this year.");
    expect(found!.weight).toBeGreaterThan(0);
    expect(analyzer.analyze("Costs didn't go up this year.").evidence[0]!.rules).toEqual(['movement', 'negation']);
  });
  test('a negator before the direction turns it through the negation rule', () => {
    expect(movements('There was no increase in costs.', analyzer)[0]!.weight).toBeGreaterThan(0);
  });
  test('a modal hedges it', () => {
    const hedged = movements('Costs might go up.')[0]!;
    expect(hedged.weight).toBeCloseTo(-MOVEMENT_STRENGTH * 0.5, 4);
  });
  test('conditions and questions damp it as any word', () => {
    const plain = Math.abs(movements('Costs go up.', analyzer)[0]!.weight);
    expect(Math.abs(movements('If costs go up, we will leave.', analyzer)[0]!.weight)).toBeLessThan(plain);
    expect(Math.abs(movements('Did costs go up?', analyzer)[0]!.weight)).toBeLessThan(plain);
  });
  test('capitals in the metric are spelling, not emphasis', () => {
    expect(analyzer.analyze('Our NPS dropped.').evidence[0]!.rules).toEqual(['movement']);
    expect(analyzer.analyze('Our NPS DROPPED.').evidence[0]!.rules).toContain('capitals');
  });
});

describe('movements: what is not one', () => {
  test.each([
    ['a metric word used as a verb', 'The iPod costs more than the Zune.'],
    ['a metric word used as a verb after its subject', 'We will churn if nothing changes.'],
    ['a metric naming another noun', 'Set up the cost report for the team.'],
    ['a comparison that says how much someone likes something', 'I like delays less than you do.'],
    ['a particle before the metric', 'Please set up cost tracking.'],
    ['a direction whose subject is another noun', 'Our costs team grew to ten people.'],
    ['a movement without polarity', 'The meeting moved to 3pm.'],
    ['no metric at all', 'We grew the team to 40 people.'],
    ['a compound on a noun that names a capacity', 'The update increased the battery time.'],
    ['figures in different units that do not convert', 'Costs went from 40 euros to 55 dollars.'],
  ])('%s: %s', (_, text) => {
    expect(movements(text)).toEqual([]);
  });
  test('a metric naming another noun is no movement; the lexicon reads its words as usual', () => {
    expect(movements('The cost report went out late.')).toEqual([]);
    expect(bare.analyze('The latency dashboard is under Settings.').evidence.map((item) => item.text)).toEqual(['latency']);
  });
});

describe('movements: lexicon data', () => {
  test('a user adds metrics and directions', () => {
    const acme = createAnalyzer({
      rules: [],
      lexicons: [{ name: 'acme', metrics: { 'sync lag': 'lower-is-better' }, directions: { crawl: 'down' } }],
    });
    const [found] = acme.analyze('Sync lag has doubled since the upgrade.').evidence;
    expect(found).toMatchObject({ text: 'Sync lag has doubled', source: 'acme' });
    expect(found!.weight).toBeLessThan(0);
    expect(acme.analyze('Sync lag crawled down.').evidence[0]!.weight).toBeGreaterThan(0);
  });
  test('null removes a built-in metric', () => {
    const without = createAnalyzer({ rules: [], lexicons: [{ name: 'x', metrics: { costs: null, cost: null } }] });
    expect(without.analyze('Costs increased.').evidence).toEqual([]);
  });
});

describe('findMovements and inPlaceOf', () => {
  const hitsOf = (text: string) => {
    const doc = readDoc(text);
    return { doc, found: findMovements(doc.tokens, 0, doc.tokens.length, lexicon.movements) };
  };
  test('movements come in text order and never overlap', () => {
    const { found } = hitsOf('Costs rose 10%, uptime fell, fewer errors, more downtime, lower latency.');
    expect(found.length).toBe(5);
    for (let k = 1; k < found.length; k++) expect(found[k]!.first).toBeGreaterThanOrEqual(found[k - 1]!.end);
  });
  test('the merge keeps lexicon hits outside movements, in order', () => {
    const entry = { term: 'x', valence: 0.5, source: 'test' };
    const hit = (first: number, end: number, weight = 0.5): Hit => ({ first, end, entry, weight, rules: [] });
    const merged = inPlaceOf([hit(0, 1), hit(2, 3), hit(5, 6)], [hit(2, 4, -0.4), hit(7, 8, 0)]);
    expect(merged.map(({ first, end }) => [first, end])).toEqual([
      [0, 1],
      [2, 4],
      [5, 6],
    ]);
  });
  test('findMovedMetrics marks the words of each moved metric with its end', () => {
    const doc = readDoc('Churn dropped 15% and we will not churn.');
    const metricEnd = findMovedMetrics(doc.tokens, 0, doc.tokens.length, lexicon.movements);
    const marked = doc.tokens.filter((_, index) => metricEnd[index]! > index).map((token) => token.text);
    expect(marked).toEqual(['Churn']);
  });
});
