import { describe, expect, test } from 'vitest';
import { analyzerWith, evidenceFor, factorOf } from '../../test/helpers.js';
import { createAnalyzer } from '../index.js';
import { CALM_FACTOR, CALM_TECHNICAL_FACTOR, calm } from './calm.js';
import { defaultRules } from './index.js';

const analyzer = analyzerWith([calm]);
const withDefaults = createAnalyzer();

describe('calm', () => {
  test.each([
    ['My bag is missing.', 'missing'],
    ['The invoice shows the wrong amount.', 'wrong'],
    ['There was an outage last night.', 'outage'],
    ['Your problem is with the shipping address.', 'problem'],
  ])('a problem told plainly and calmly keeps %s of its weight: %s', (text, quote) => {
    expect(factorOf(analyzer, text, quote)).toBeCloseTo(CALM_FACTOR, 3);
    expect(evidenceFor(analyzer.analyze(text).evidence, quote).rules).toEqual(['calm']);
  });

  test.each([
    ['os.statvfs() fails on Windows.', 'fails'],
    ['The CSV export is broken.', 'broken'],
    ['The sync process crashed on Monday.', 'crashed'],
  ])('in a technical report it keeps less: %s', (text, quote) => {
    expect(factorOf(analyzer, text, quote)).toBeCloseTo(CALM_TECHNICAL_FACTOR, 3);
  });

  test('the register of the passage around a sentence counts, about a sentence either side', () => {
    expect(factorOf(analyzer, 'Is the server reached by name or by IP? The issue could be DNS.', 'issue')).toBeCloseTo(
      CALM_TECHNICAL_FACTOR,
      3,
    );
    expect(factorOf(analyzer, 'My bag is missing. I checked the page twice.', 'missing')).toBeCloseTo(CALM_TECHNICAL_FACTOR, 3);
    const far = `My bag is missing. ${'We waited at the belt with the others for a long time. '.repeat(3)}The page shows it.`;
    expect(factorOf(analyzer, far, 'missing')).toBeCloseTo(CALM_FACTOR, 3);
  });

  test('a "since" that dates a start or gives a reason is no duration', () => {
    expect(factorOf(analyzer, 'Since the export is broken, we copy the rows by hand.', 'broken')).toBeCloseTo(CALM_TECHNICAL_FACTOR, 3);
    expect(factorOf(analyzer, 'The sync fails since the update.', 'fails')).toBeCloseTo(CALM_TECHNICAL_FACTOR, 3);
  });

  test('how long a problem has lasted counts when the next sentence tells it', () => {
    expect(factorOf(analyzer, "The dashboard won't load. It's been like this for three days.", "won't load")).toBe(1);
    expect(factorOf(analyzer, "The dashboard won't load. We tried three browsers.", "won't load")).toBeCloseTo(CALM_TECHNICAL_FACTOR, 3);
  });

  test.each([
    ['Our whole team was locked out of the dashboard this morning.', 'locked out'],
    ['Our entire production environment is down.', 'is down'],
    ['The login is down for all of our users.', 'is down'],
    ['After the upgrade all our saved views are gone.', 'are gone'],
    ['All of my dashboards are broken.', 'broken'],
  ])("the writer's own side hit as a whole is a complaint, not a report: %s", (text, quote) => {
    expect(factorOf(analyzer, text, quote)).toBe(1);
  });

  test('a feeling denied in the next sentence does not make a report a complaint', () => {
    expect(factorOf(withDefaults, 'Our CSV exports started failing after the release. Not urgent.', 'failing')).toBeLessThan(1);
    expect(factorOf(withDefaults, 'Our CSV exports started failing after the release. Very annoying.', 'failing')).toBe(1);
  });

  test('a whole thing without a possessive, or all of ours not hit, is described, not complained of', () => {
    expect(factorOf(analyzer, 'The entire file is broken.', 'broken')).toBeCloseTo(CALM_TECHNICAL_FACTOR, 3);
    expect(factorOf(analyzer, 'With all my software installed, the system crashed.', 'crashed')).toBeCloseTo(CALM_TECHNICAL_FACTOR, 3);
  });

  test('a handle or a hashtag in camel case is a name, not code', () => {
    expect(factorOf(analyzer, '@VirginAmerica my bag is missing.', 'missing')).toBeCloseTo(CALM_FACTOR, 3);
    expect(factorOf(analyzer, 'My bag is missing #SoSlowAtLAX', 'missing')).toBeCloseTo(CALM_FACTOR, 3);
  });

  test('the problem words of one calm sentence weigh together what one would', () => {
    const { evidence } = analyzer.analyze('The upload fails with a timeout.');
    const fails = evidenceFor(evidence, 'fails');
    const timeout = evidenceFor(evidence, 'timeout');
    expect(fails.weight / fails.valence).toBeCloseTo(CALM_TECHNICAL_FACTOR / 2, 3);
    expect(timeout.weight / timeout.valence).toBeCloseTo(CALM_TECHNICAL_FACTOR / 2, 3);
  });

  test.each([
    ['The export is broken and it is ridiculous.', 'broken'],
    ['The report is always empty.', 'empty'],
    ['The export crashes again.', 'crashes'],
    ['The export has been broken for two weeks.', 'broken'],
    ['Outlook search has been broken for weeks.', 'broken'],
    ['The sync has been failing silently for a week.', 'failing'],
    ['The export has been broken since Monday.', 'broken'],
    ['The sync has been failing since the update.', 'failing'],
    ['The export is broken, but the new dashboard is great.', 'broken'],
    ['Every time you push an update, the export breaks.', 'breaks'],
    ['Every single time I log in, the sync fails.', 'fails'],
    // A problem back on a schedule.
    ["Every week there's a new bug in the reporting module.", 'bug'],
    ['The sync breaks every release.', 'breaks'],
    ['The importer crashes every night.', 'crashes'],
    ['The mobile app crashes whenever I try to upload a photo.', 'crashes'],
    ['The invoice is wrong for the third month in a row.', 'wrong'],
    // "Every single" and "each and every" stress that the problem is everywhere, whatever the thing.
    ['Every single invoice this year has had an error.', 'error'],
    ['Each and every export is missing the header row.', 'missing'],
    // Half of the writer's own things, as all of them.
    ['Half our attachments are missing after the migration.', 'missing'],
    ["I'm furious. Three days of data gone and nobody can tell me why.", 'data gone'],
    ['The export crashed overnight. This is ridiculous.', 'crashed'],
    ['Our on-call engineer was paged four times because of your outage.', 'outage'],
  ])('a problem beside a feeling, persistence or praise keeps its weight: %s', (text, quote) => {
    expect(factorOf(analyzer, text, quote)).toBe(1);
  });

  test('"whenever" is recurrence after the problem, not a condition before it nor courtesy', () => {
    expect(factorOf(analyzer, 'Whenever you get a chance, the export is broken.', 'broken')).toBeLessThan(1);
    expect(factorOf(analyzer, 'Whenever I call about a problem, they ask about the contract.', 'problem')).toBeLessThan(1);
  });

  test('a problem said with force keeps its weight', () => {
    // "Too" judges a quality excessive, as "very" says how much.
    expect(evidenceFor(withDefaults.analyze('The export is too slow.').evidence, 'slow').rules).toEqual(['intensifier']);
    expect(Math.abs(factorOf(withDefaults, 'The export is completely broken.', 'broken'))).toBeGreaterThan(1);
    expect(evidenceFor(withDefaults.analyze('The export is completely broken.').evidence, 'broken').rules).not.toContain('calm');
    expect(evidenceFor(withDefaults.analyze('The export is BROKEN!').evidence, 'BROKEN').rules).not.toContain('calm');
  });

  test('a feeling in the sentence before or after counts as one beside the problem', () => {
    expect(factorOf(analyzer, 'We tried again. The export is broken.', 'broken')).toBeCloseTo(CALM_TECHNICAL_FACTOR, 3);
    expect(factorOf(analyzer, 'This is unacceptable. The export is broken.', 'broken')).toBe(1);
    expect(factorOf(analyzer, 'The export is broken. Sadly, we tried again.', 'broken')).toBe(1);
    // Sentences further away do not count, nor do a neighbour's bare negator and its own problems.
    expect(factorOf(analyzer, 'This is unacceptable. We tried again. The export is broken.', 'broken')).toBeCloseTo(
      CALM_TECHNICAL_FACTOR,
      3,
    );
    expect(factorOf(analyzer, 'No members. The export is broken.', 'broken')).toBeCloseTo(CALM_TECHNICAL_FACTOR, 3);
    expect(factorOf(analyzer, 'The sync fails. The export is broken.', 'broken')).toBeCloseTo(CALM_TECHNICAL_FACTOR, 3);
  });

  test('a bare negator is grammar, not a feeling beside the problem', () => {
    expect(factorOf(analyzer, 'The page shows an error when a role has no members.', 'error')).toBeCloseTo(CALM_TECHNICAL_FACTOR, 3);
  });

  test('words that are not problems are left alone', () => {
    expect(factorOf(analyzer, 'The support agent was rude.', 'rude')).toBe(1);
  });

  test('problemsAreNegative drops the rule: every problem counts in full', () => {
    const negative = createAnalyzer({ problemsAreNegative: true });
    expect(factorOf(negative, 'The CSV export is broken.', 'broken')).toBe(1);
    expect(negative.analyze('The CSV export is broken.').sentiment.label).toBe('negative');
    expect(withDefaults.analyze('The CSV export is broken.').sentiment.label).toBe('neutral');
    // Only the calm rule goes; a custom rule list keeps the rest.
    const rules = createAnalyzer({ problemsAreNegative: true, rules: defaultRules });
    expect(factorOf(rules, "The export isn't great.", 'great')).toBeLessThan(0);
  });

  test('problemsAreNegative must be a boolean', () => {
    expect(() => createAnalyzer({ problemsAreNegative: 'yes' as unknown as boolean })).toThrow(
      /"problemsAreNegative" must be a boolean, received the string "yes"/,
    );
  });
});
