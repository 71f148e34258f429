import { describe, expect, test } from 'vitest';
import { analyze } from '../index.js';

// Faces are written with the marks of ordinary punctuation; brackets and colons of the text are not faces.
const quotes = (text: string) => analyze(text).evidence.map((item) => item.text);

describe('faces and brackets', () => {
  test.each([
    ['Suggest adding the following to Peek and Pop(): if the stack is empty, throw.', '):'],
    ['Got status on another airline? Upgrade (+restr): http://t.co/RHKaMx9VF5', '):'],
    ['Today in Beatles History (April 18, 1963): Paul McCartney meets Jane Asher.', '):'],
    ['[NAME]: I will look into it.', ']:'],
    ['The max length when using String(sbyte*) is the limit.', '*)'],
    ['The bottom corner of the picture (about 15%) is dark.', '%)'],
    ['(my original review is below:) the feature list is long.', ':)'],
    ['Valid options are: postgres://user@:/d5vj802XXXX ! Unknown database.', ':/'],
  ])('a bracket of the text is no face: %s', (text, face) => {
    expect(quotes(text)).not.toContain(face);
  });

  test.each([
    ['this is sad ):', '):'],
    ['I hate this ]:', ']:'],
    ['Thanks:)', ':)'],
    ['(thanks for the fix :)', ':)'],
    ['so tired of this :/ really', ':/'],
  ])('a face stays a face: %s', (text, face) => {
    expect(quotes(text)).toContain(face);
  });
});
