import { describe, expect, test } from 'vitest';
import { analyze } from '../index.js';

// Issue 18: identifiers, calls and paths are not words to score, whatever words they are spelled with.
const quotes = (text: string) => analyze(text).evidence.map((item) => item.text.toLowerCase());

describe('code shapes', () => {
  test.each([
    ['Set success_url before the redirect.', 'success'],
    ['Call boost::assign::list_of for that.', 'boost'],
    ['The log is in /var/log/failed.log on the server.', 'failed'],
    ['Use requests.get() with a timeout.', 'get'],
    ['os.path.join is what you want here.', 'join'],
    ['Set my_bad_value to zero.', 'bad'],
    ['The crash is in LogWorker::svc() when the queue is empty.', ':s'],
  ])('an identifier is not a word: %s', (text, word) => {
    expect(quotes(text)).not.toContain(word);
  });

  test.each([
    ['The support was good/bad depending on the day.', 'bad'],
    ['This is _terrible_ news.', 'terrible'],
    ['It works great.Thanks a lot!', 'thanks'],
    ['Really? o_O', 'o_o'],
    ['Note: it is great.', 'great'],
  ])('prose glued by accident stays prose: %s', (text, word) => {
    expect(quotes(text)).toContain(word);
  });

  test('a dotted name is one sentence, a missing space after a full stop still splits', () => {
    expect(analyze('os.path.join fails on Windows').sentences).toHaveLength(1);
    expect(analyze('It failed.Then it worked.').sentences).toHaveLength(2);
  });
});
