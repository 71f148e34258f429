import { describe, expect, test } from 'vitest';
import { analyzerWith } from '../../../test/helpers.js';
import { createSarcasmRule } from './index.js';
import { thankedHarm } from './thankedHarm.js';

const analyzer = analyzerWith([createSarcasmRule({ cues: [thankedHarm] })]);
const detects = (text: string) => analyzer.analyze(text).sentences.some((sentence) => sentence.sarcasm?.detected);

// Each text and the harm its thanks are set against.
const harm: Record<string, string> = {
  'Thanks for the worst customer service on the face of the earth.': 'worst',
  'Thanks for the terrible support.': 'terrible',
  'Thank you for the truly awful experience.': 'awful',
  'thanks for losing my luggage': 'losing',
  'Thank you for wasting my time and money.': 'wasting',
  // A figure before the harm says how much of it.
  'Thanks for the 40% price hike.': 'price hike',
  'Thanks for the 2-day outage.': 'outage',
  // Credit for a job or its timing, given on or with a harm.
  'Great job on the outage.': 'outage',
  'Perfect timing on the outage, right during our quarter-end close.': 'outage',
  'Good job on the terrible rollout.': 'terrible',
  'Well done on the disastrous launch.': 'disastrous',
};

describe('thanked-harm cue', () => {
  test.each(Object.keys(harm))('fires on thanks given for a harm: %s', (text) => {
    const result = analyzer.analyze(text);
    const { sarcasm } = result.sentences[0]!;
    expect(sarcasm?.cues).toEqual(['thanked-harm']);
    // The other half is quoted: the harm the thanks mock.
    expect(sarcasm?.situations?.map((harm) => harm.text)).toEqual([harm[text]]);
    expect(result.sentiment.score).toBeLessThan(0);
  });

  test.each([
    // The harm is what the thing thanked for is about, not the thing.
    'Thanks for the update on the outage.',
    'Thanks for fixing the terrible bug so quickly.',
    'Thanks for the heads-up about the outage.',
    // A harm qualifying a praised thing or a message.
    'Thanks for the brutal honesty.',
    'Thanks for the bad news, I guess.',
    // Denied, it is as often sincere as not.
    'Thanks for not charging us for the downtime.',
    'Thanks for the quick fix!',
    'Thanks for the 20% discount!',
    'Thanks for hanging out with us at the conference!',
    // Credit for a thing done about the harm, or for a job that is no harm.
    'Great job on the outage response.',
    'Great job on fixing the outage.',
    'Nice work with the migration.',
    'Great timing, we needed this.',
  ])('stays quiet otherwise: %s', (text) => expect(detects(text)).toBe(false));
});
