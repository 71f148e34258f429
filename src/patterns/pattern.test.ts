import { describe, expect, test } from 'vitest';
import { tokenizeTerm } from '../doc/nlp.js';
import { readDoc } from '../doc/readDoc.js';
import { readMatchContext } from './context.js';
import { findPatterns, indexPatterns } from './matcher.js';
import { checkPatternSyntax, parsePattern, PatternSyntaxError } from './pattern.js';

function matches(pattern: string, text: string): string[] {
  const doc = readDoc(text);
  const index = indexPatterns([{ name: 'test', lexicon: 'test', pattern: parsePattern(pattern, tokenizeTerm) }]);
  return doc.sentences.flatMap((sentence) =>
    findPatterns(doc.tokens, sentence.first, sentence.end, index).map((match) =>
      text.slice(doc.tokens[match.first]!.start, doc.tokens[match.end - 1]!.end),
    ),
  );
}

describe('pattern syntax', () => {
  test.each([
    ['cancel our contract', 'We will cancel our contract.', ['cancel our contract']],
    ['cancel our contract', 'We cancelled our contract.', ['cancelled our contract']],
    ['(cancel|end) [our|the] (contract|plan)', 'Please end the plan and cancel contract.', ['end the plan', 'cancel contract']],
    ['refund*', 'Refunding is slow.', ['Refunding']],
    ['charged * twice', 'We were charged Acme twice.', ['charged Acme twice']],
    ['charged ... twice', 'charged us for March twice', ['charged us for March twice']],
    ['for # (days|weeks)', 'Waiting for three weeks and for 2 days.', ['for three weeks', 'for 2 days']],
    ["won't renew", 'We will not renew.', ['will not renew']],
    ['be down', 'The site is down.', ['is down']],
    ['go-live', 'The go-live slipped again.', ['go-live']],
    ['add-on*', 'Both add-ons broke.', ['add-ons']],
    ['(business-critical|mission-critical)', 'This is a mission-critical system.', ['mission-critical']],
    ['add (more|#) seats', 'Add 50 seats, then add more seats, then add five seats.', ['Add 50 seats', 'add more seats', 'add five seats']],
    ['(#|several) times', 'Asked 3 times, then several times.', ['3 times', 'several times']],
    ['(fourth|#th|#rd) time', 'The 4th time, the 23rd time, the fourth time, not the 1st time.', ['4th time', '23rd time', 'fourth time']],
  ])('%j in %j', (pattern, text, expected) => {
    expect(matches(pattern, text)).toEqual(expected);
  });

  test('a match never crosses punctuation', () => {
    expect(matches('charged ... twice', 'We were charged, twice.')).toEqual([]);
    expect(matches('cancel our contract', 'Cancel, our contract.')).toEqual([]);
    // A hyphen in the pattern matches a hyphen, never a comma or a word.
    expect(matches('go-live', 'go, live')).toEqual([]);
    expect(matches('go-live', 'go live')).toEqual([]);
  });

  test('a veto silences its name in the sentence only', () => {
    const doc = readDoc('What is your refund policy? We want a refund.');
    const index = indexPatterns([
      { name: 'dispute', lexicon: 'test', pattern: parsePattern('refund', tokenizeTerm) },
      { name: 'dispute', lexicon: 'test', pattern: parsePattern('!refund policy', tokenizeTerm) },
    ]);
    const found = doc.sentences.map((sentence) => findPatterns(doc.tokens, sentence.first, sentence.end, index).length);
    expect(found).toEqual([0, 1]);
  });

  test('spacing does not change a pattern', () => {
    const elements = (source: string) => parsePattern(source, tokenizeTerm).elements;
    expect(elements('  cancel\t( our | the )   [new]\n contract ... #  ')).toEqual(elements('cancel (our|the) [new] contract ... #'));
  });

  test("a word's tests are its tokenizer's: another tokenizer splits the same alternative anew", () => {
    const words = (source: string, tokenize: (term: string) => string[]) =>
      parsePattern(source, tokenize).elements.flatMap((element) =>
        element.kind === 'words' ? element.alternatives.map((tests) => tests.map((test) => test.word).join(' ')) : [],
      );
    expect(words("(won't|can't) renew", tokenizeTerm)).toEqual(['will not', 'can not', 'renew']);
    expect(words("(won't|can't) renew", (term) => [term])).toEqual(["won't", "can't", 'renew']);
    expect(words("(won't|can't) renew", (term) => term.split(/(?=')/))).toEqual(["won 't", "can 't", 'renew']);
  });

  test.each([
    ['', /non-empty/],
    ['(cancel|end', /never closed/],
    ['cancel)', /unexpected "\)"/],
    ['(a|(b))', /nested/],
    ['(a||b)', /empty alternative/],
    ['[our] ...', /required word/],
    ['... cancel', /between words/],
    // Inside a group these would be literal characters, matching nothing a writer meant.
    ['leave the [*] vendor', /stand alone, not inside a group/],
    ['(cancel|...) plan', /stand alone, not inside a group/],
    ['(move to *|leave) vendor', /stand alone, not inside a group/],
  ])('%j is rejected', (pattern, message) => {
    expect(() => parsePattern(pattern, tokenizeTerm)).toThrow(PatternSyntaxError);
    expect(() => parsePattern(pattern, tokenizeTerm)).toThrow(message);
    // The check a lexicon runs where it is defined, without the language model, finds the same faults.
    expect(() => checkPatternSyntax(pattern)).toThrow(message);
  });
});

describe('match context', () => {
  const contextOf = (text: string, word: string) => {
    const doc = readDoc(text);
    const index = doc.tokens.findIndex((token) => token.normal === word);
    const sentence = doc.sentences.find((span) => span.first <= index && index < span.end)!;
    return readMatchContext(doc.tokens, sentence, index);
  };

  test.each([
    ['We are not planning to cancel.', true],
    ['We have no intention of cancel ever.', true],
    ['We will cancel.', false],
    ["If you don't fix it we will cancel.", false],
    ["If you fix it we won't cancel.", true],
    ['Not happy, so we will cancel.', false],
    // A reluctance denied is a will to act; a readiness denied denies the act.
    ["We're not afraid to cancel.", false],
    ["We won't hesitate to cancel.", false],
    ['We are not ready to cancel.', true],
    // A negator right at the start leaves no room for a reluctance before the match.
    ['Never cancel.', true],
    // A wh-word's clause is given: the negator before it denies the knowing.
    ["I don't know how to cancel.", false],
    ["We can't find where to cancel.", false],
    ["Why don't we cancel?", true],
  ])('%j negated: %s', (text, negated) => {
    expect(contextOf(text, 'cancel').negated).toBe(negated);
  });

  test.each([
    // A preference against, conceded, weighs the act: hedged, not denied.
    ["We'd rather not cancel, but the outages leave us little choice.", false, true],
    ["I would prefer not to cancel, but we're out of options.", false, true],
    // Without the concession it is a refusal.
    ["We'd rather not cancel.", true, false],
  ])('%j negated: %s, hedged: %s', (text, negated, hedged) => {
    expect(contextOf(text, 'cancel')).toMatchObject({ negated, hedged });
  });

  test('conditions, hedges and questions are read', () => {
    expect(contextOf('If this is not fixed we will cancel.', 'cancel')).toMatchObject({
      conditional: true,
      hedged: false,
      question: false,
    });
    expect(contextOf('We might cancel.', 'cancel')).toMatchObject({ conditional: false, hedged: true });
    expect(contextOf('Should we cancel?', 'cancel').question).toBe(true);
  });
});

test('the words of a pattern split as text does, a prefix marking the last piece of its word', () => {
  const [group, word] = parsePattern("(log  in|add-on*) won't", tokenizeTerm).elements;
  expect(group).toEqual({
    kind: 'words',
    alternatives: [
      [
        { word: 'log', prefix: false },
        { word: 'in', prefix: false },
      ],
      [
        { word: 'add', prefix: false },
        { word: '-', prefix: false },
        { word: 'on', prefix: true },
      ],
    ],
    optional: false,
  });
  expect(word).toEqual({
    kind: 'words',
    alternatives: [
      [
        { word: 'will', prefix: false },
        { word: 'not', prefix: false },
      ],
    ],
    optional: false,
  });
});
