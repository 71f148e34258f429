import { describe, expect, test } from 'vitest';
import { createAnalyzer, createSarcasmRule, defaultRules } from '../../index.js';
import { likedEvent } from './likedEvent.js';

const analyzer = createAnalyzer();
// The cue alone: in the default rule an earlier cue may claim the same praise first.
const alone = createAnalyzer({
  rules: defaultRules.map((rule) => (rule.name === 'sarcasm' ? createSarcasmRule({ cues: [likedEvent] }) : rule)),
});
const cuesOf = (text: string) => alone.analyze(text).sentences.flatMap((sentence) => sentence.sarcasm?.cues ?? []);

describe('liked-event cue: liking an event that is plainly bad', () => {
  test.each([
    'I love that the export fails every single night.',
    'Love when the app logs me out in the middle of a call.',
    'Love spending my Saturday with a broken build.',
    'I love starting my week with a corrupted database.',
    'I love that my body can not handle stress and makes me physically sick.',
    'Haha love when I accidentally spray perfume in my eye.',
    // A remedy in scare quotes is mocked, not earnest.
    'Love that the "quick fix" took three weeks.',
    // A condition after the bad event leaves it the event: the export fails, "when" only says at what moment.
    'I love that the export fails every night when we need it most.',
  ])('fires on %j, and the text reads negative', (text) => {
    expect(cuesOf(text)).toContain('liked-event');
    expect(analyzer.analyze(text).sentiment.score).toBeLessThan(0);
  });

  test('quotes the liking it inverts and the event it mocks', () => {
    const sentence = alone.analyze('I love that the export fails every single night.').sentences[0]!;
    expect(sentence.sarcasm?.confidence).toBe(likedEvent.confidence);
    expect(sentence.sarcasm?.situations?.map((item) => item.text)).toEqual(['fails']);
    expect(sentence.evidence.find((item) => item.text === 'love')?.rules).toContain('sarcasm');
  });

  test.each([
    ['a fix', 'I love that you resolved the outage in under an hour.'],
    ['a fix unquoted', 'Love that the quick fix held up through a week of failed imports.'],
    ['a safeguard', 'Love how it handles failed payments automatically.'],
    ['a problem caught', 'I love that it catches errors before they hit production.'],
    ['a problem denied', 'I love that the new version no longer crashes on startup.'],
    ['a problem told of', 'I love how the API tells you exactly what went wrong.'],
    ['a problem answered', 'I love when the team responds within minutes to an urgent issue.'],
    ['liking in spite of it', 'I love working with your support team even when things go wrong.'],
    ['a wish', 'I would love it if the export did not fail so often.'],
    ['an event liked in earnest, its own verb', 'I enjoy troubleshooting hard problems with your engineers.'],
    ['a verb that sounds bad', 'Love hanging out with my dad.'],
    ['a bad word past a turn', 'I love the new dashboard, but the export is still broken.'],
    ['no bad event', 'I love how easy the new export is.'],
    ['a fault it answers, after "when"', 'Love how the chatbot hands off to a human when it gets stuck.'],
  ])('does not fire on %s', (_, text) => {
    expect(cuesOf(text)).not.toContain('liked-event');
  });
});
