import { describe, expect, test } from 'vitest';
import { analyzerWith } from '../../../test/helpers.js';
import { eyeRoll } from './eyeRoll.js';
import { formula } from './formula.js';
import { reassurance } from './reassurance.js';
import { createSarcasmRule } from './index.js';
import { scareQuotes } from './scareQuotes.js';

const detectsWith = (cue: Parameters<typeof createSarcasmRule>[0]) => {
  const analyzer = analyzerWith([createSarcasmRule(cue)]);
  return (text: string) => analyzer.analyze(text).sentences.some((sentence) => sentence.sarcasm?.detected);
};

describe('formula cue', () => {
  const detects = detectsWith({ cues: [formula] });
  test.each([
    'Thanks for nothing.',
    'Yeah right, it is fixed.',
    'Just what I needed on a Friday.',
    'Love waiting three days for a reply.',
    'So glad we pay for this.',
  ])('fires on a sarcastic formula: %s', (text) => expect(detects(text)).toBe(true));
  test.each([
    'Thanks for the quick fix.',
    'We love the new reports.',
    'This is what we needed, thanks!',
    // A smile after the formula means it, whether an emoticon or marks read one by one.
    'Thanks a bunch :)',
    'Awesome, super fast! Thanks a bunch =)',
  ])('stays quiet on sincere text: %s', (text) => expect(detects(text)).toBe(false));
  test('formulas are lexicon data and can be removed', () => {
    const analyzer = analyzerWith([createSarcasmRule({ cues: [formula] })], {
      lexicons: [{ name: 'x', sarcasm: { 'thanks for nothing': null } }],
    });
    expect(analyzer.analyze('Thanks for nothing.').sentences[0]!.sarcasm).toBeUndefined();
  });
});

describe('scare-quotes cue', () => {
  const detects = detectsWith({ cues: [scareQuotes] });
  test.each([
    "The 'fix' broke our exports.",
    'Your "support" team closed my ticket.',
    'Another “great” update that broke the sync.',
    'The ‘improvement’ doubled load times.',
    'Thanks for the "quick" response.',
    "Your 'responsive' support team took a week.",
    // One adjective between the determiner and the quote.
    'Really loving the new "improved" navigation.',
    "Our latest 'fix' broke the login again.",
    'The "intuitive" new editor needs a manual.',
    // Claims of a product's own pages, quoted back.
    'The "automatic" sync needs a manual restart every morning.',
    'So much for the "easy" setup.',
    'Our "dedicated" CSM has not replied in a month.',
    // Quoted thanks opening a sentence.
    '"Thanks" for closing my ticket without reading it.',
  ])('fires on praise in scare quotes: %s', (text) => expect(detects(text)).toBe(true));
  test('any praise word in quotes needs a complaint beside it; listed words do not', () => {
    expect(detects('Another "great" update.')).toBe(false);
    expect(detects("The 'fix' arrived.")).toBe(true);
  });
  test('the praise framing a mocked word in its clause is mocked with it; a contrast or a comma ends the frame', () => {
    const analyzer = analyzerWith([createSarcasmRule({ cues: [scareQuotes] })]);
    const mockedTerms = (text: string) =>
      analyzer
        .analyze(text)
        .sentences.flatMap((sentence) => sentence.evidence)
        .filter((evidence) => evidence.rules.includes('sarcasm'))
        .map((evidence) => evidence.text.toLowerCase());
    expect(mockedTerms('Really loving the new "improved" navigation.')).toEqual(['loving', 'improved']);
    expect(mockedTerms('I love the new "improved" dashboard.')).toEqual(['love', 'improved']);
    expect(mockedTerms('The team was great, but the "fix" broke everything.')).toEqual(['fix']);
    expect(analyzer.analyze('Really loving the new "improved" navigation.').sentiment.label).toBe('negative');
  });
  test('a status quoted after "as" or "marked" is irony only before a complaint', () => {
    expect(detects("The ticket was closed as 'resolved' but the export still fails.")).toBe(true);
    expect(detects('Our ticket was marked "solved" and then the sync broke again.')).toBe(true);
    expect(detects("The ticket was closed as 'resolved' yesterday.")).toBe(false);
    // The problem named before the status is what the status is about.
    expect(detects('The bug is marked as "fixed" in the tracker.')).toBe(false);
  });
  test.each([
    'The fix broke our exports.',
    "I'd call it 'the new pipeline'.",
    'He said "great" and left.'.replace('great', 'okay'),
    // A quoted word after a verb is a quotation.
    'I typed the word "improved" into the search box.',
    // Quoted thanks that open no sentence, or are no thanks for something, are quotations.
    'She wrote "thanks" for every reply.',
    '"Thanks," he said.',
  ])('stays quiet without quoted praise: %s', (text) => expect(detects(text)).toBe(false));
});

describe('eye-roll cue', () => {
  const detects = detectsWith({ cues: [eyeRoll] });
  test.each(['Love the new release 🙄', 'Great update 😒', 'Super helpful answer 🤦'])('fires on praise with an eye roll: %s', (text) =>
    expect(detects(text)).toBe(true),
  );
  test.each(['Love the new release 😍', 'The outage again 🙄'])('stays quiet otherwise: %s', (text) => expect(detects(text)).toBe(false));
});

describe('reassurance cue', () => {
  const detects = detectsWith({ cues: [reassurance] });
  test.each([
    'This is fine. Totally fine. Just lost a week of data, no big deal.',
    'We lost a week of data. No big deal.',
    'Our site was down all weekend, totally fine.',
    'The export crashed again and took our data with it. Everything is fine.',
    'We lost a week of data. No worries.',
  ])('fires on reassurance beside a loss: %s', (text) => expect(detects(text)).toBe(true));
  test.each([
    'The sync failed. No big deal, I re-ran it.',
    'Everything is fine now. Thanks for fixing it.',
    'The export is fine, but the import is broken.',
    "It's not a big deal for us.",
    'This is fine.',
    // A reply answers what came before it, not the complaint that follows.
    'No worries! The export still fails on large files, though.',
    'No problem. The sync has been down since Monday.',
  ])('stays quiet on sincere reassurance: %s', (text) => expect(detects(text)).toBe(false));
});
