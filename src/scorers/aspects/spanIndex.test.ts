import { describe, expect, test } from 'vitest';
import { seededRandom } from '../../fit/random.js';
import { SpanIndex, type TokenSpan } from './spanIndex.js';

const overlaps = (span: TokenSpan, from: number, to: number) => span.first < to && span.end > from;

describe('SpanIndex', () => {
  test('answers as a scan of every span would, for spans in any order, overlapping, nested or empty', () => {
    const random = seededRandom(3);
    const draw = (below: number) => Math.floor(random() * below);
    for (let trial = 0; trial < 200; trial++) {
      // Up to 8 spans are scanned, more are searched: both must answer alike.
      const spans: TokenSpan[] = Array.from({ length: draw(24) }, () => {
        const first = draw(40);
        return { first, end: first + draw(6) };
      });
      const index = new SpanIndex(spans);
      for (let query = 0; query < 20; query++) {
        const from = draw(45);
        const to = from + draw(8);
        const expected = spans.flatMap((span, k) => (overlaps(span, from, to) ? [k] : []));
        expect(index.overlapping(from, to), JSON.stringify({ spans, from, to })).toEqual(expected);
        expect(index.anyOverlapping(from, to)).toBe(expected.length > 0);
      }
    }
  });

  test('a span reaching far from before the stretch is found', () => {
    const short = Array.from({ length: 10 }, (_, k) => ({ first: 10 + 2 * k, end: 11 + 2 * k }));
    const index = new SpanIndex([{ first: 0, end: 50 }, ...short]);
    expect(index.overlapping(40, 41)).toEqual([0]);
    expect(index.overlapping(11, 13)).toEqual([0, 2]);
    expect(new SpanIndex([]).anyOverlapping(0, 10)).toBe(false);
  });
});
