import { describe, expect, test } from 'vitest';
import { analyze, createAnalyzer, LexiconError } from '../src/index.js';
import { dominantEmotion } from '../src/presence.js';

// Issue 18, first part: situations carry feelings. A risk factor may name the emotions its situation carries
// ("third time" → frustration, "production is down" → urgency); its matches become that emotion's evidence.
const PLAYGROUND =
  'Great, now our entire production environment is down. This is the third time this month, and if the SSO integration ' +
  "isn't fixed by Friday we will cancel our subscription. Jenny on your support team was fantastic though.";

const situationEvidence = (text: string, emotion: string) =>
  analyze(text).emotions!.scores[emotion]!.evidence.filter((item) => item.rules.includes('situation'));

describe('situations carry feelings', () => {
  test('the playground sample reads frustration and urgency, not the side compliment, and crosses the escalation alert', () => {
    const result = analyze(PLAYGROUND);
    const { scores, dominant } = result.emotions!;
    expect(scores.frustration!.intensity).toBeGreaterThanOrEqual(0.3);
    expect(scores.urgency!.intensity).toBeGreaterThanOrEqual(0.3);
    expect(dominant).not.toBe('satisfaction');
    expect(['frustration', 'urgency']).toContain(dominant);
    expect(result.signals!.escalationRisk).toBeGreaterThanOrEqual(0.6);
  });

  test('the evidence quotes the situation and names the factor behind it', () => {
    const [third] = situationEvidence(PLAYGROUND, 'frustration');
    expect(third).toMatchObject({ text: 'third time', term: 'waiting', source: 'intents', rules: ['situation'] });
    expect(situationEvidence(PLAYGROUND, 'urgency').map((item) => item.text)).toEqual(['production environment is down', 'by Friday']);
  });

  test('a situation counts only where it is complained of', () => {
    expect(situationEvidence('Thank you so much, you saved our launch!', 'urgency')).toEqual([]);
    expect(situationEvidence('We will leave the sensor in the tent for a few days.', 'frustration')).toEqual([]);
    expect(situationEvidence('The sync is still broken, for three days now.', 'frustration').length).toBeGreaterThan(0);
  });

  test('being passed around and unheard reads as anger, and raises the escalation risk', () => {
    const text = "I've been transferred four times and nobody can help.";
    expect(situationEvidence(text, 'anger').map((item) => item.text)).toEqual(['transferred four times', 'nobody can help']);
    expect(analyze(text).emotions!.dominant).toBe('anger');
    expect(analyze(text).signals!.factors.map((factor) => factor.factor)).toContain('runaround');
    expect(situationEvidence('I was transferred to billing, who sorted it out quickly. Thanks!', 'anger')).toEqual([]);
    expect(analyze('You can pass the token around between services.').signals!.factors).toEqual([]);
  });

  test('a supposed situation weighs half of a reported one', () => {
    const reported = situationEvidence('Our production environment is down and nothing works.', 'urgency')[0]!.weight;
    const supposed = situationEvidence('If our production environment is down again, nothing works.', 'urgency')[0]!.weight;
    expect(supposed).toBeCloseTo(reported / 2, 4);
  });

  test('words the emotion lexicon already names are one piece of evidence, not two', () => {
    const evidence = analyze('Still waiting on the fix, this is unacceptable.').emotions!.scores.frustration!.evidence;
    const quotes = evidence.map((item) => item.text);
    expect(new Set(quotes).size).toBe(quotes.length);
  });

  test('a negator before a time phrase belongs to the verb: the wait still counts', () => {
    const factors = analyze("We haven't heard back in three days and the export is still broken.").signals!.factors;
    expect(factors.map((factor) => factor.factor)).toContain('waiting');
  });

  test('a lexicon names the feelings of its own factors', () => {
    const analyzer = createAnalyzer({
      lexicons: [
        {
          name: 'acme',
          riskFactors: { bounced: { risk: 'escalation', weight: 0.3, patterns: ['bounced between teams'], emotions: { anger: 0.6 } } },
        },
      ],
    });
    const anger = analyzer.analyze('I keep getting bounced between teams, this is ridiculous.').emotions!.scores.anger!;
    expect(anger.intensity).toBeGreaterThanOrEqual(0.3);
    expect(anger.evidence.some((item) => item.term === 'bounced')).toBe(true);
  });

  test('an e-mail three weeks into a ticket, with time lost to the problem, reads frustration and crosses the alert', () => {
    const email =
      "Unfortunately the workaround didn't help: the nightly sync still duplicates contacts, and our sales team is now " +
      'cleaning up 200+ duplicates every morning. This is eating hours of their time. We are three weeks into this ticket. ' +
      "I need a concrete timeline for a fix, or I'll have to escalate.";
    const result = analyze(email);
    expect(result.emotions!.dominant).toBe('frustration');
    expect(result.signals!.factors.map((factor) => factor.factor)).toContain('waiting');
    const quotes = result.evidence.map((item) => item.text);
    expect(quotes).toContain('eating hours of');
    // The situation stretches over the lexicon's "duplicates every", which runs past it.
    expect(quotes.some((quote) => quote.startsWith('cleaning up 200+ duplicates'))).toBe(true);
    expect(result.signals!.escalationRisk).toBeGreaterThanOrEqual(0.6);
  });

  test.each([
    [{ anger: 0 }, 'intensity above 0 and at most 1'],
    [{ anger: 2 }, 'intensity above 0 and at most 1'],
    [{ Anger: 0.5 }, 'lower case'],
    [['anger'], 'must be an object'],
  ])('a factor with emotions %j is refused with a LexiconError', (emotions, message) => {
    const define = () =>
      createAnalyzer({
        lexicons: [{ name: 'x', riskFactors: { f: { risk: 'escalation', weight: 0.3, patterns: ['f'], emotions: emotions as never } } }],
      });
    expect(define).toThrow(LexiconError);
    expect(define).toThrow(message);
  });
});

describe('the dominant emotion agrees with the text', () => {
  const scores = { satisfaction: { intensity: 0.9 }, frustration: { intensity: 0.5 }, anger: { intensity: 0.1 } };
  test('without a feeling, the strongest present emotion', () => expect(dominantEmotion(scores)).toBe('satisfaction'));
  test('in a complaint, the strongest unpleasant one', () => expect(dominantEmotion(scores, 'unpleasant')).toBe('frustration'));
  test('the strongest of all when none of the kind is present', () =>
    expect(dominantEmotion({ satisfaction: { intensity: 0.9 }, anger: { intensity: 0.1 } }, 'unpleasant')).toBe('satisfaction'));
});
