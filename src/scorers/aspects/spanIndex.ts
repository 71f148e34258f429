import { firstNotBefore } from '../../math.js';

/** Token spans `[first, end)`, in any order, overlapping or not. */
export interface TokenSpan {
  readonly first: number;
  readonly end: number;
}

// Up to this many spans (most sentences have a handful), a scan of all of them answers, for less than a search costs.
const SCANNED = 8;

/**
 * Spans sorted by their first token, with the furthest end reached so far: which spans overlap a stretch of tokens is
 * then a search, not a scan of every span. A long sentence has hundreds of mentions and opinion words; asking each
 * of them about all the others made aspects quadratic (cubic with the distances) in the length of one sentence.
 */
export class SpanIndex {
  /** A few spans are scanned: cheaper than a search, and still bounded. */
  private readonly scan: boolean;
  /** Span indices by first token; undefined when the spans came sorted, as they mostly do. */
  private readonly order: number[] | undefined;
  /** The furthest end among the spans up to each position of that order. */
  private readonly reach: number[] = [];

  constructor(private readonly spans: readonly TokenSpan[]) {
    this.scan = spans.length <= SCANNED;
    if (this.scan) return;
    let sorted = true;
    for (let k = 1; k < spans.length && sorted; k++) sorted = spans[k - 1]!.first <= spans[k]!.first;
    // Stable: spans that start together keep their given order.
    this.order = sorted ? undefined : spans.map((_, k) => k).sort((a, b) => spans[a]!.first - spans[b]!.first || a - b);
    let furthest = -1;
    for (let position = 0; position < spans.length; position++) {
      furthest = Math.max(furthest, this.spanAt(position).end);
      this.reach.push(furthest);
    }
  }

  /** Whether any span shares a token with `[from, to)`. */
  anyOverlapping(from: number, to: number): boolean {
    if (this.scan) return this.spans.some((span) => span.first < to && span.end > from);
    const before = this.startingBefore(to);
    return before > 0 && this.reach[before - 1]! > from;
  }

  /**
   * The indices (into the spans as given) of the spans that share a token with `[from, to)`, ascending. Costs the
   * number of spans starting in the stretch, plus those reaching into it from before.
   */
  overlapping(from: number, to: number): number[] {
    const found: number[] = [];
    if (this.scan) {
      this.spans.forEach((span, k) => {
        if (span.first < to && span.end > from) found.push(k);
      });
      return found;
    }
    for (let position = this.startingBefore(to) - 1; position >= 0 && this.reach[position]! > from; position--) {
      const k = this.order === undefined ? position : this.order[position]!;
      if (this.spans[k]!.end > from) found.push(k);
    }
    return found.length > 1 ? found.sort((a, b) => a - b) : found;
  }

  private spanAt(position: number): TokenSpan {
    return this.spans[this.order === undefined ? position : this.order[position]!]!;
  }

  /** How many spans start before token `index`: their positions in the sorted order are `0 .. result - 1`. */
  private startingBefore(index: number): number {
    return firstNotBefore(this.spans.length, (position) => this.spanAt(position).first < index);
  }
}
