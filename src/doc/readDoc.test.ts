import { describe, expect, test } from 'vitest';
import { readDoc } from './readDoc.js';
import { analyze } from '../analyze.js';

const sentencesOf = (text: string) => {
  const doc = readDoc(text);
  return doc.sentences.map(({ first, end }) => text.slice(doc.tokens[first]!.start, doc.tokens[end - 1]!.end));
};

describe('readDoc', () => {
  test('token offsets point into the original text', () => {
    const text = "Hi!! It's DOWN 😡 :( …\n\n  - can't log in\twhy?";
    for (const token of readDoc(text).tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
  });

  test('contractions normalise: "n\'t" → "not", "ca" → "can"', () => {
    expect(readDoc("can't").tokens.map((token) => token.normal)).toEqual(['can', 'not']);
  });

  test('a capitalised common noun opening a sentence is read as the noun, a name is not', () => {
    const [prices] = readDoc('Prices are higher than last year.').tokens;
    expect(prices).toMatchObject({ text: 'Prices', lemma: 'price', pos: 'NOUN' });
    const [opal] = readDoc("Opal Divine's with the crew.").tokens;
    expect(opal!.pos).toBe('PROPN');
  });

  test('line breaks end sentences that have no final punctuation', () => {
    expect(sentencesOf('Hi team\nThe export is broken\nPlease help')).toEqual(['Hi team', 'The export is broken', 'Please help']);
  });

  test('a blank line always ends a sentence', () => {
    expect(sentencesOf('The sync failed\n\nthe import too')).toEqual(['The sync failed', 'the import too']);
  });

  test('bullet lists are one sentence per item', () => {
    expect(sentencesOf('Problems:\n- login is slow\n- export fails\n* search is broken')).toEqual([
      'Problems:',
      '- login is slow',
      '- export fails',
      '* search is broken',
    ]);
  });

  test('hard-wrapped e-mail lines are rejoined', () => {
    const text = 'We upgraded the connector yesterday afternoon and since then\nevery sync has failed.';
    expect(sentencesOf(text)).toEqual([text]);
  });

  test('emoticons, emoji and ellipses before a capital end a sentence', () => {
    expect(sentencesOf('Login works :) Export is broken')).toEqual(['Login works :)', 'Export is broken']);
    expect(sentencesOf('Login works 👍 Export is broken')).toEqual(['Login works 👍', 'Export is broken']);
    expect(sentencesOf('I waited… Nobody came')).toEqual(['I waited…', 'Nobody came']);
  });

  test('a version or a decimal glued to a word with a digit is no sentence end; a word then a glued number is', () => {
    expect(sentencesOf('We upgraded to v4.2 yesterday and it fails.')).toEqual(['We upgraded to v4.2 yesterday and it fails.']);
    expect(sentencesOf('Sound is top notch in dd5.1 mode.')).toEqual(['Sound is top notch in dd5.1 mode.']);
    expect(sentencesOf('It happened again now.3 times this week!')).toEqual(['It happened again now.', '3 times this week!']);
    expect(sentencesOf('I bought v4. 2 days later it broke.')).toEqual(['I bought v4.', '2 days later it broke.']);
  });

  test('an ellipsis before lower case does not', () => {
    expect(sentencesOf('I waited... and waited')).toEqual(['I waited... and waited']);
  });

  test('"foo..bar" leaves no empty word, and short English text around it stays English', () => {
    // wink splits a double dot around an empty word; counted as an unknown word, it once sent this text to the language
    // detector (Polish), and the whole message went unscored.
    const doc = readDoc('I m using Watir..w Ruby.. Excellent!!!');
    expect(doc.tokens.every((token) => token.text.length > 0)).toBe(true);
    expect(doc.language.scored).toBe(true);
    expect(analyze('I m using Watir..w Ruby.. Excellent!!!').sentiment.label).toBe('positive');
  });

  test('excluded regions leave no tokens', () => {
    const doc = readDoc('Broken.\n> quoted happy text\nReally.');
    expect(doc.tokens.map((token) => token.text)).toEqual(['Broken', '.', 'Really', '.']);
    expect(doc.excluded).toEqual([{ start: 8, end: 27, reason: 'quoted-reply' }]);
  });

  test('text in capitals throughout is shouting; a capitalised word is not', () => {
    expect(readDoc('THE APP IS DOWN AGAIN').shouting).toBe(true);
    expect(readDoc('The app is DOWN again').shouting).toBe(false);
  });

  test('markup is not text: the ":/" of a URL and HTML entities', () => {
    const types = (text: string) => readDoc(text).tokens.map((token) => `${token.text}:${token.type}`);
    expect(types('see http://x_y')).not.toContain(':/:emoticon');
    expect(types('a &gt; b')).toContain('gt:markup');
  });
});

describe('sentence-final "in." and other words wink reads as abbreviations', () => {
  test('is the word "in" and a full stop, except after a number', () => {
    const texts = (text: string) => readDoc(text).tokens.map((token) => token.text);
    expect(texts('Nobody can log in.')).toEqual(['Nobody', 'can', 'log', 'in', '.']);
    expect(texts('It is 5 in. long')).toContain('in.');
    expect(sentencesOf('I am logged in. Are you?')).toEqual(['I am logged in.', 'Are you?']);
  });

  test('other sentence-final words wink keeps as abbreviations are split back too; real abbreviations are not', () => {
    const texts = (text: string) => readDoc(text).tokens.map((token) => token.text);
    expect(texts('Just told me no.')).toEqual(['Just', 'told', 'me', 'no', '.']);
    expect(sentencesOf('The sync is hit or miss. It fails daily.')).toEqual(['The sync is hit or miss.', 'It fails daily.']);
    expect(sentencesOf('I spoke to a rep. She was rude.')).toEqual(['I spoke to a rep.', 'She was rude.']);
    expect(texts('We use Java vs. Python.')).toContain('vs.');
    expect(texts('Apples, pears etc. All good.')).toContain('etc.');
    // Before a number or a lower-case word the period may be the abbreviation's: "no. 5".
    expect(texts('Ticket no. 5 is open.')).toContain('no.');
  });

  test('lets phrases ending in "in" match at the end of a sentence', async () => {
    const { analyze } = await import('../index.js');
    expect(analyze('Nobody can log in.').evidence.map((item) => item.text)).toEqual(['Nobody can log in']);
  });
  test('every token has a lemma, even where wink gives none ("wasnt", "couldnt")', () => {
    const doc = readDoc('She wasnt there and I couldnt log in, it aint right.');
    for (const token of doc.tokens) expect(typeof token.lemma).toBe('string');
  });
});

describe('stretched words', () => {
  test.each([
    ['I loooove this', 'loooove', 'love'],
    ['goood job', 'goood', 'good'],
    ['This is sooooo slow', 'sooooo', 'so'],
    ['pleeeease fix it', 'pleeeease', 'please'],
    ['Shameeeee on me', 'Shameeeee', 'shame'],
    // A stretched run beside a written double: the double stays ("horrible", not "horible").
    ['hoooorrible service', 'hoooorrible', 'horrible'],
    // Interjections the model's vocabulary lacks are read as themselves.
    ['Lotus Notes....aaaaargh!', 'aaaaargh', 'argh'],
    ['sheeeesh', 'sheeeesh', 'sheesh'],
  ])('%j reads %s as %s, quoted as written', (text, written, word) => {
    const token = readDoc(text).tokens.find((item) => item.text === written)!;
    expect(token.normal).toBe(word);
    expect(text.slice(token.start, token.end)).toBe(written);
  });

  test('a stretched word the model cannot place stays as written, and "noooo" is a cry, not the negator', () => {
    expect(readDoc('zzzzz').tokens[0]!.normal).toBe('zzzzz');
    expect(readDoc('noooo they cancelled it').tokens[0]!.normal).toBe('noooo');
  });

  test("the sentiment of a stretched word is the word's", () => {
    expect(analyze('I loooove this').sentiment.label).toBe('positive');
    expect(analyze('hateeee it').sentiment.label).toBe('negative');
    expect(analyze('Lotus Notes....aaaaargh!').sentiment.label).toBe('negative');
  });
});

describe('abbreviated units of time', () => {
  const readingOf = (text: string) =>
    readDoc(text).tokens.map((token) => [text.slice(token.start, token.end), token.normal, token.lemma, token.type]);

  test.each([
    ['on hold 2 hrs', 'hrs', 'hours', 'hour'],
    ['waited 40 min', 'min', 'minute', 'minute'],
    ['45 mins and counting', 'mins', 'minutes', 'minute'],
    ['on hold 4 HRS', 'HRS', 'hours', 'hour'],
    ['took 2 wks', 'wks', 'weeks', 'week'],
    ['two hrs on hold', 'hrs', 'hours', 'hour'],
    ['back in a few mins', 'mins', 'minutes', 'minute'],
  ])('after a number, %j reads %s as %s', (text, written, normal, lemma) => {
    expect(readingOf(text)).toContainEqual([written, normal, lemma, 'word']);
  });

  test('a duration written as one word is a number and its unit, quoted as written; a clock time stays whole', () => {
    expect(readingOf('2hrs of hold time')).toEqual([
      ['2', '2', '2', 'number'],
      ['hrs', 'hours', 'hour', 'word'],
      ['of', 'of', 'of', 'word'],
      ['hold', 'hold', 'hold', 'word'],
      ['time', 'time', 'time', 'word'],
    ]);
    expect(readingOf('boarding at 5am')).toContainEqual(['5am', '5am', '5am', 'time']);
  });

  test('not without a number, nor after a sum of money: "min" there is a minimum', () => {
    expect(readingOf('the min order')).toContainEqual(['min', 'min', 'min', 'word']);
    expect(readingOf('a $50 min order')).toContainEqual(['min', 'min', 'min', 'word']);
    expect(readingOf('boarding at 5pm min')).toContainEqual(['min', 'min', 'min', 'word']);
  });

  test('patterns written with the words read the abbreviations', () => {
    expect(analyze('We waited 40 min for our bags.').sentiment.label).toBe('negative');
    expect(analyze('We waited 2hrs for our bags.').evidence.map((item) => item.text)).toEqual(['waited 2hrs']);
  });
});
