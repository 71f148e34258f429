import { describe, expect, test } from 'vitest';
import { analyzerWith, factorOf } from '../../test/helpers.js';
import { COUNTERFACTUAL_FACTOR, conditional, HYPOTHETICAL_FACTOR, IMAGINED_FACTOR } from './conditional.js';
import { negation } from './negation.js';

const analyzer = analyzerWith([conditional]);
const factor = (text: string, quote: string) => factorOf(analyzer, text, quote);

describe('conditional', () => {
  test('damps the "if" clause and the imagined consequence', () => {
    expect(factor('If it worked reliably, I would be thrilled.', 'reliably')).toBeCloseTo(HYPOTHETICAL_FACTOR);
    expect(factor('If it worked reliably, I would be thrilled.', 'thrilled')).toBeCloseTo(IMAGINED_FACTOR);
  });

  test('the comma of a repeated word does not end the "if" clause', () => {
    expect(factor("If you're really, really worried, add a comment.", 'worried')).toBeCloseTo(HYPOTHETICAL_FACTOR);
  });

  test('without a comma the "if" clause ends at the modal', () => {
    expect(factor("If it worked I'd be thrilled.", 'thrilled')).toBeCloseTo(IMAGINED_FACTOR);
  });

  test('a condition of what keeps happening is exasperation: neither it nor its threat is damped', () => {
    expect(factor("If I have to explain this one more time I'm going to lose it.", 'going to lose it')).toBe(1);
    expect(factor('If the export fails again, we would be furious.', 'fails')).toBe(1);
    expect(factor('If the export fails again, we would be furious.', 'furious')).toBe(1);
    expect(factor('If the export fails, we would be furious.', 'furious')).toBeCloseTo(IMAGINED_FACTOR);
  });

  test("a condition on the writer's own power to rate supposes nothing: the rating is meant", () => {
    expect(factor('If I could give it zero stars, I would.', 'zero stars')).toBe(1);
    expect(factor('I would give this zero stars if I could.', 'zero stars')).toBe(1);
    expect(factor('If I could, I would give it zero stars.', 'zero stars')).toBe(1);
    // A condition on anything else, even the writer's, still supposes.
    expect(factor('If I could get a refund I would leave happily.', 'happily')).toBeCloseTo(IMAGINED_FACTOR);
    expect(factor('If it could give us zero downtime, we would be thrilled.', 'thrilled')).toBeCloseTo(IMAGINED_FACTOR);
  });

  test('a fault denied in a condition contrary to fact, or in a wish, is asserted: the denial is turned back', () => {
    // Negation first, as in the default order: the conditional rule sees the fault denied, and scales what negation left.
    const negatedOnly = analyzerWith([negation]);
    const negated = analyzerWith([negation, conditional]);
    const ruled = (text: string, quote: string) => factorOf(negated, text, quote) / factorOf(negatedOnly, text, quote);
    expect(ruled("I'd give it five stars if the app didn't crash.", 'crash')).toBeCloseTo(COUNTERFACTUAL_FACTOR);
    expect(ruled("It would be great if it wasn't slow.", 'slow')).toBeCloseTo(COUNTERFACTUAL_FACTOR);
    expect(ruled("I wish the export didn't crash.", 'crash')).toBeCloseTo(COUNTERFACTUAL_FACTOR);
    // An open condition, a hope, or a denial of something else stays hypothetical.
    expect(ruled("If you didn't get an error, it worked.", 'error')).toBeCloseTo(HYPOTHETICAL_FACTOR);
    expect(ruled("I hope it didn't crash.", 'crash')).toBeCloseTo(HYPOTHETICAL_FACTOR);
    expect(ruled("If I didn't own a pressure cooker, where would I buy one?", 'pressure')).toBeCloseTo(HYPOTHETICAL_FACTOR);
    // "If not" is "or even".
    expect(ruled('You could look at these plugins, if not flat-out use them.', 'flat')).toBeCloseTo(HYPOTHETICAL_FACTOR);
  });

  test('"unless" and "wish" are hypothetical too', () => {
    expect(factor('Unless it is stable, we stay.', 'stable')).toBeCloseTo(HYPOTHETICAL_FACTOR);
    expect(factor('I wish the export were reliable.', 'reliable')).toBeCloseTo(HYPOTHETICAL_FACTOR);
    // "Hopefully" hopes as "I hope" does: the fix is not there yet.
    expect(factor('Hopefully this is fixed soon.', 'fixed')).toBeCloseTo(HYPOTHETICAL_FACTOR);
  });

  test('a wish ends at the verdict set against it', () => {
    expect(factor('I hope the fix is reliable, but the export is a mess.', 'reliable')).toBeCloseTo(HYPOTHETICAL_FACTOR);
    expect(factor('I hope the fix is reliable, but the export is a mess.', 'mess')).toBe(1);
  });

  test('praise of what is wanted is damped, praise of what is there is not', () => {
    expect(factor('We need a reliable export for month end.', 'reliable')).toBeCloseTo(HYPOTHETICAL_FACTOR);
    expect(factor('We were looking for a good SSO provider.', 'good')).toBeCloseTo(HYPOTHETICAL_FACTOR);
    expect(factor('We need a fast and really reliable export.', 'reliable')).toBeCloseTo(HYPOTHETICAL_FACTOR);
    expect(factor('We need it, and the export is reliable.', 'reliable')).toBe(1);
    // Complaints about what is wanted keep their weight: "need" does not soften "broken".
    expect(factor('We need the broken export fixed.', 'broken')).toBe(1);
  });

  test('wanting to say something is saying it: praise after "wanted to say" or "want to thank" is not wanted', () => {
    expect(factor('I just wanted to say a huge thank you to Mark.', 'thank')).toBe(1);
    expect(factor('I wanted to thank you for the quick fix.', 'thank')).toBe(1);
    expect(factor('Just wanted to share that the sync works great now.', 'works great')).toBe(1);
    expect(factor('We want a great dashboard.', 'great')).toBeCloseTo(HYPOTHETICAL_FACTOR);
  });

  test('a real threat ("will") is not imagined', () => {
    expect(factor('If this is not fixed by Friday, we will be furious.', 'furious')).toBe(1);
  });

  test('an event the writer asks to be told of is awaited, not reported', () => {
    expect(factor('Just let me know when it is fixed.', 'fixed')).toBeCloseTo(HYPOTHETICAL_FACTOR);
    expect(factor('Please notify us once the export is reliable again.', 'reliable')).toBeCloseTo(HYPOTHETICAL_FACTOR);
    expect(factor('Tell me when the sync is stable.', 'stable')).toBeCloseTo(HYPOTHETICAL_FACTOR);
    // Knowing when, or a "when" of the past, reports.
    expect(factor('You never know when the great stuff ends.', 'great')).toBe(1);
    expect(factor('When I called, the agent was helpful.', 'helpful')).toBe(1);
  });

  test('"as if" is not a condition', () => {
    expect(factor('As if that was helpful.', 'helpful')).toBe(1);
  });

  test('sentences without a condition are untouched', () => {
    expect(factor('I would be thrilled.', 'thrilled')).toBe(1);
  });

  test('good news awaited "until" it happens is not reported; what waits, and an "until" of the past, are real', () => {
    expect(factor("We can't go live until this is resolved.", 'resolved')).toBeCloseTo(HYPOTHETICAL_FACTOR);
    expect(factor('Please keep the ticket open until you fix it properly.', 'properly')).toBeCloseTo(HYPOTHETICAL_FACTOR);
    expect(factor("We're blocked until this gets fixed.", "'re blocked")).toBe(1);
    expect(factor('It was great until the update.', 'great')).toBe(1);
    expect(factor('We waited until it finally worked well.', 'well')).toBe(1);
    // "The outage" meanwhile is not hypothetical.
    expect(factor('Stuck until the outage is over.', 'outage')).toBe(1);
    // "Before" with its subject awaits an event as "until" does; a "before" with none opens no clause.
    expect(factor('I need this resolved before I can recommend renewing.', 'recommend')).toBeCloseTo(HYPOTHETICAL_FACTOR);
    expect(factor('It worked before the update broke it, and it was great.', 'great')).toBe(1);
    expect(factor('Flights landing before and after ours are fine.', 'fine')).toBe(1);
  });

  test('a remedy aimed at, or an instruction, is not a remedy done', () => {
    expect(factor('I was on hold for two hours to resolve my booking.', 'resolve')).toBeCloseTo(HYPOTHETICAL_FACTOR);
    expect(factor('Support told me to restore from a backup.', 'restore')).toBeCloseTo(HYPOTHETICAL_FACTOR);
    expect(factor('They told us to enjoy the new dashboard.', 'enjoy')).toBeCloseTo(HYPOTHETICAL_FACTOR);
    // Reached aims and a story told are reports.
    expect(factor('We managed to resolve it ourselves.', 'resolve')).toBe(1);
    expect(factor('We were able to resolve it quickly.', 'resolve')).toBe(1);
    expect(factor('A story told with grace.', 'grace')).toBe(1);
  });

  test('a liking of a thing after "would" is a want: damped, with the praise of what it wants', () => {
    expect(factor("We'd love a Slack integration.", 'love')).toBeCloseTo(HYPOTHETICAL_FACTOR);
    expect(factor('I would really like a reliable export.', 'reliable')).toBeCloseTo(HYPOTHETICAL_FACTOR);
    expect(factor('Would appreciate a quick reply.', 'appreciate')).toBeCloseTo(HYPOTHETICAL_FACTOR);
    // The writer's own people want it too.
    expect(factor('Our sales team would love a Salesforce integration.', 'love')).toBeCloseTo(HYPOTHETICAL_FACTOR);
    expect(factor('My manager would appreciate a call.', 'appreciate')).toBeCloseTo(HYPOTHETICAL_FACTOR);
    // Eagerness to act, a liking of what is there, and someone else's foreseen liking stay.
    expect(factor("I'd really love to try the beta.", 'love')).toBe(1);
    expect(factor('We love the Slack integration.', 'love')).toBe(1);
    expect(factor('Anna would love this dashboard.', 'love')).toBe(1);
  });

  test('a thing\'s good effect foreseen with "would" argues for a request; the writer\'s own "would" is a verdict', () => {
    expect(factor('Can we get SSO? It would save us a lot of admin time.', 'save us')).toBeCloseTo(HYPOTHETICAL_FACTOR);
    expect(factor('A bulk edit option would be handy, this would really improve our workflow.', 'improve')).toBeCloseTo(
      HYPOTHETICAL_FACTOR,
    );
    expect(factor('I would recommend it to anyone.', 'recommend')).toBe(1);
    expect(factor('It saves us a lot of admin time.', 'saves us')).toBe(1);
  });

  test("a sarcastic formula in a conditional's shape is not supposed", () => {
    const text = 'It would be nice if someone actually read my ticket.';
    expect(factor(text, 'be nice if someone actually')).toBe(1);
    // The same shape without the formula's reproach is a wish.
    expect(factor('It would be nice if the export supported XLSX.', 'nice')).toBeCloseTo(IMAGINED_FACTOR);
  });

  test('praise of what an infinitive asks for is a request, imagined as one with "if" is', () => {
    expect(factor('It would be great to have it fixed by Friday.', 'great')).toBeCloseTo(IMAGINED_FACTOR);
    expect(factor('Would be really nice to get an update today.', 'nice')).toBeCloseTo(IMAGINED_FACTOR);
    // Accepting an offer, and the writer's own feeling, are not requests.
    expect(factor('That would be great, thanks!', 'great')).toBe(1);
    expect(factor("I'd be honored to have them on the team.", 'honored')).toBe(1);
  });
});
