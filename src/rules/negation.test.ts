import { describe, expect, test } from 'vitest';
import { analyzerWith, evidenceFor } from '../../test/helpers.js';
import { intensifier } from './intensifier.js';
import { NEGATION_SCALAR, negation } from './negation.js';

const analyzer = analyzerWith([negation]);
const weightOf = (text: string, quote: string) => evidenceFor(analyzer.analyze(text).evidence, quote);

describe('negation', () => {
  test.each([
    ['The update is not good.', 'good'],
    ["The update isn't good.", 'good'],
    ['The agent was never helpful.', 'helpful'],
    ['No helpful answer so far.', 'helpful'],
    ['It shipped without any bugs.', 'bugs'],
    ['Nobody was friendly.', 'friendly'],
    ['It is hardly reliable.', 'reliable'],
    ['The new build is barely usable.', 'usable'],
    ['It cannot be great.', 'great'],
    ['The answer was less than ideal.', 'ideal'],
    ['Support has been less responsive since March.', 'responsive'],
    ["It's far from perfect.", 'perfect'],
    ['The new plan is far from the best.', 'best'],
  ])('flips and weakens the word after a negator: %s', (text, quote) => {
    const evidence = weightOf(text, quote);
    expect(evidence.weight).toBeCloseTo(evidence.valence * NEGATION_SCALAR, 4);
    expect(evidence.rules).toContain('negation');
  });

  test.each([
    ['Nothing short of amazing, the team went above and beyond.', 'amazing'],
    ['Nothing less than stellar support.', 'stellar'],
  ])('"nothing short of" and "nothing less than" reach the quality, they do not deny it: %s', (text, quote) => {
    const evidence = weightOf(text, quote);
    expect(evidence.rules).not.toContain('negation');
    expect(evidence.weight).toBeGreaterThan(0);
  });

  test.each([
    ['The export is not slow.', 'slow'],
    ["The setup wasn't difficult.", 'difficult'],
    ['It is hardly a problem.', 'problem'],
    ['The new option makes this much less painful!', 'painful'],
  ])('a fault denied by degree is faint praise, flipped at half the strength: %s', (text, quote) => {
    const evidence = weightOf(text, quote);
    expect(evidence.rules).toContain('negation');
    // Weights are rounded to four places, so the comparison keeps three.
    expect(evidence.weight).toBeCloseTo((evidence.valence * NEGATION_SCALAR) / 2, 3);
  });

  test.each([
    ['Nothing was broken after the upgrade.', 'broken'],
    ['Never slow, even at peak hours.', 'slow'],
    ["We haven't had any crashes since the upgrade.", 'crashes'],
    ['We did not see slow pages.', 'slow'],
    ["With this plan you can't go wrong.", 'wrong'],
    ['The sync rarely fails now.', 'fails'],
    ['The sync never fails.', 'fails'],
  ])('a fault denied outright is relief and keeps the full reversal: %s', (text, quote) => {
    const evidence = weightOf(text, quote);
    expect(evidence.weight).toBeCloseTo(evidence.valence * NEGATION_SCALAR, 4);
  });

  test.each([
    ["Don't forget this excellent article on webhooks.", 'excellent'],
    ['The new release never fails to impress.', 'impress'],
    ["I don't like the slow export.", 'slow'],
    // wink-nlp tags "slow" an adverb here; the determiner still opens the verb's object.
    ['They did not enjoy the slow onboarding.', 'slow'],
    // Noticing and knowing take a definite thing as given.
    ["I didn't notice the horrid inline script.", 'horrid'],
    ["We don't remember the awful migration.", 'awful'],
  ])('a sentiment verb between the negator and a word takes the negation: %s', (text, quote) => {
    const evidence = weightOf(text, quote);
    expect(evidence.rules).not.toContain('negation');
    expect(evidence.weight).toBe(evidence.valence);
  });

  test.each([
    ["I'm not angry, just disappointed.", 'angry'],
    ["It's not broken, only slow.", 'broken'],
    // The correction may repeat the denial's subject.
    ["I'm not angry, I'm just disappointed.", 'angry'],
    ["We're not upset, we just need a date.", 'upset'],
  ])('a fault denied to name the one that is there instead weighs nothing: %s', (text, quote) => {
    const evidence = analyzer.analyze(text).evidence.find((item) => item.text === quote);
    expect(evidence === undefined || evidence.weight === 0).toBe(true);
  });

  test('a new subject after the comma adds to the denial rather than correcting it', () => {
    expect(weightOf('Not bad, we just need more seats.', 'bad').weight).toBeGreaterThan(0);
  });

  test('a fault denied before "but" is still denied', () => {
    expect(weightOf("It's not bad, but pricey.", 'bad').weight).toBeGreaterThan(0);
  });

  test('noticing denies an indefinite thing', () => {
    expect(weightOf("We didn't notice any errors.", 'errors').rules).toContain('negation');
  });

  test('"a single" only stresses what is denied: the window reaches past it', () => {
    for (const [text, quote] of [
      ["We didn't see a single crash.", 'crash'],
      ["We haven't had a single outage since the migration.", 'outage'],
      ["I don't have one single good thing to say.", 'good'],
    ] as const)
      expect(weightOf(text, quote).rules).toContain('negation');
    // Without "a single", three words between are beyond the window.
    expect(weightOf("We didn't see the new big crash coming.", 'crash').rules).not.toContain('negation');
  });

  test('an adverb of that verb stays negated', () => {
    expect(weightOf("The team didn't play well.", 'well').rules).toContain('negation');
  });

  test.each([
    ['Nothing better than the new dashboard.', 'better'],
    ["I can't imagine a friendlier support team.", 'friendlier'],
    ['I have never had faster answers.', 'faster'],
    ['Nothing worse than a silent outage.', 'worse'],
  ])('a comparative nothing surpasses keeps its sign: %s', (text, quote) => {
    const evidence = weightOf(text, quote);
    expect(evidence.rules).not.toContain('negation');
    expect(Math.sign(evidence.weight)).toBe(Math.sign(evidence.valence));
  });

  test.each([
    ["I can't recommend them enough.", 'recommend'],
    ["We can't say enough good things about Jenny.", 'good'],
    ["I couldn't praise the onboarding any higher.", 'praise'],
  ])('praise that cannot be said strongly enough keeps its sign: %s', (text, quote) => {
    const evidence = weightOf(text, quote);
    expect(evidence.rules).not.toContain('negation');
    expect(evidence.weight).toBeGreaterThan(0);
  });

  test.each([
    ['I never expected such great support.', 'great'],
    ['We never expected such slow answers.', 'slow'],
    // Incredulity asserts what it cannot believe, near or far.
    ["Can't believe it took three escalations to get someone to look at this.", 'took three escalations to get'],
    ["We couldn't believe the new export was so fast.", 'fast'],
  ])('not expecting or not believing something does not deny it: %s', (text, quote) => {
    const evidence = weightOf(text, quote);
    expect(evidence.rules).not.toContain('negation');
    expect(Math.sign(evidence.weight)).toBe(Math.sign(evidence.valence));
  });

  test.each([
    ['I cannot believe how easy the migration was.', 'easy'],
    ['I cannot describe how happy we are with the new release.', 'happy'],
    ["I can't express how grateful we are.", 'grateful'],
    ['Words cannot describe how disappointed I am.', 'disappointed'],
    ['You have no idea how annoying this is.', 'annoying'],
    ["I can't believe what a mess this is.", 'mess'],
    // The exclamative may open the phrase itself.
    ["Can't believe how long this is taking.", 'how long this is taking'],
  ])('an exclamation after a negated verb of saying keeps its sign: %s', (text, quote) => {
    const evidence = weightOf(text, quote);
    expect(evidence.rules).not.toContain('negation');
    expect(Math.sign(evidence.weight)).toBe(Math.sign(evidence.valence));
  });

  test.each([
    ["I don't know how good it is.", 'good'],
    ["I don't believe what they said is true.", 'true'],
  ])('a doubt is no exclamation, and stays negated: %s', (text, quote) => {
    expect(weightOf(text, quote).rules).toContain('negation');
  });

  test('a negated opinion verb negates the clause it introduces, past the three-token window', () => {
    expect(weightOf("I don't think the new UI is good.", 'good').rules).toContain('negation');
    expect(weightOf('I do not believe the sync is reliable.', 'reliable').rules).toContain('negation');
    expect(weightOf('I think the new UI is good.', 'good').rules).not.toContain('negation');
    expect(weightOf("I don't think so, but the new UI is good.", 'good').rules).not.toContain('negation');
  });

  test.each([
    ['Stick to the dim sum, not the overpriced noodles.', 'overpriced', false],
    ['Get the steak, not the overcooked salmon.', 'overcooked', false],
    // An indefinite thing denied was never there; a quality denied outright is denied.
    ['We got a refund, not a good answer.', 'good', true],
    ["It's slow, not broken.", 'broken', true],
  ])('"X, not Y" rejects a thing without denying how it is described: %s', (text, quote, negated) => {
    expect(weightOf(text, quote).rules.includes('negation')).toBe(negated);
  });

  test('a saying denied after "would" hedges a denial of what is said; denied alone it denies the saying', () => {
    expect(weightOf("I wouldn't say the onboarding was great.", 'great').rules).toContain('negation');
    expect(weightOf("I'd not say it was great.", 'great').rules).toContain('negation');
    expect(weightOf("I'm not saying it's bad.", 'bad').rules).not.toContain('negation');
    expect(weightOf('We live far from the office, which is great.', 'great').rules).not.toContain('negation');
  });

  test.each([
    ["Honestly we're not sure it's worth it anymore.", 'worth it'],
    ["I'm not really sure the new version is any better.", 'better'],
    ['I doubt the new plan is better.', 'better'],
    ['We remain unsure the upgrade is worth the price.', 'worth the price'],
  ])('praise in a clause the writer doubts turns to faint criticism, at half a negation: %s', (text, quote) => {
    const evidence = weightOf(text, quote);
    expect(evidence.rules).toContain('negation');
    expect(evidence.weight).toBeCloseTo((evidence.valence * NEGATION_SCALAR) / 2, 3);
  });

  test.each([
    // An embedded question asks rather than doubts; a denied doubt is certainty; a fault under doubt is a hedge already.
    ["I'm not sure if the new version is better.", 'better'],
    ['Not sure why it is faster now.', 'faster'],
    ['No doubt a winner for the whole team.', 'winner'],
    ['Without a doubt the best support team.', 'best'],
    ["I'm sure it's great.", 'great'],
    ["I'm not sure it's broken.", 'broken'],
  ])('no doubt of praise: %s', (text, quote) => {
    const evidence = weightOf(text, quote);
    expect(evidence.rules).not.toContain('negation');
    expect(Math.sign(evidence.weight)).toBe(Math.sign(evidence.valence));
  });

  test.each([
    ["It's fine I guess.", 'fine'],
    ['Great, I guess.', 'Great'],
    ['The update is good enough, I suppose.', 'good'],
  ])('praise conceded after the fact ("I guess", "I suppose") is a reservation: %s', (text, quote) => {
    const evidence = weightOf(text, quote);
    expect(evidence.weight).toBeLessThan(0);
    expect(Math.abs(evidence.weight)).toBeLessThan(Math.abs(evidence.valence));
  });

  test('"I guess" that opens a clause of its own concedes nothing', () => {
    expect(weightOf('LOL I guess that would work.', 'LOL').weight).toBeGreaterThan(0);
  });

  test.each([
    ['Nobody on our side approved an upgrade.', 'approved'],
    ['None of the agents were helpful.', 'helpful'],
    ['No one on our team has complained since the update.', 'complained'],
    // A denied quantifier is such a subject too.
    ['Not a single agent was helpful.', 'helpful'],
    ['Not one of our integrations survived the upgrade.', 'survived'],
    // A clause opened by "like" after a verb of seeming.
    ['I feel like nobody on your side takes this seriously.', 'takes this seriously'],
    // What an indefinite thing never got is said to be: "a straight answer" was never given.
    ['Not a single one of our questions got a straight answer on the call.', 'straight'],
    ['Not one agent gave us a really clear answer.', 'clear'],
    ['No one has offered a good solution yet.', 'good'],
  ])('a subject that is no one or nothing denies its predicate, however long the subject: %s', (text, quote) => {
    expect(weightOf(text, quote).rules).toContain('negation');
  });

  test.each([
    // A definite thing was there before the verb: "the broken export" stays broken, "my urgent question" urgent.
    ['Nobody fixed the broken export.', 'broken'],
    ['Nobody answered my urgent question.', 'urgent'],
  ])('what a thing already was is not denied with the verb: %s', (text, quote) => {
    const found = analyzer.analyze(text).evidence.find((item) => item.text === quote);
    expect(found?.rules ?? []).not.toContain('negation');
  });

  test.each([
    // Only the subject's first verb is denied, and only as a subject: not an object, a complement, a comparison or a question.
    ['Nobody said the new release was helpful.', 'helpful'],
    ['We saw nothing on the new dashboard that was helpful.', 'helpful'],
    ['Nothing like back to back delayed flights.', 'delayed'],
    ['Are we sure none of it was inspired by the old version?', 'inspired'],
    // "Not one but two" counts up, and "not a single" after a verb denies what follows, not a subject.
    ['Not one but two agents were helpful.', 'helpful'],
    ['Our team is not a single point of contact, but the support was helpful.', 'helpful'],
  ])('a denying word that is no subject of the word, or a question, leaves it: %s', (text, quote) => {
    expect(weightOf(text, quote).rules).not.toContain('negation');
  });

  test.each([
    ['I did not recommend them enough.', 'recommend'],
    ["I can't recommend this product.", 'recommend'],
    ["It isn't good enough.", 'good'],
  ])('without "can" and "enough" together, praise is still denied: %s', (text, quote) => {
    expect(weightOf(text, quote).rules).toContain('negation');
  });

  test.each([
    ['The new version is not better than the old one.', 'better'],
    ['It is no better than before.', 'better'],
  ])('a plainly negated comparative still flips: %s', (text, quote) => {
    expect(weightOf(text, quote).rules).toContain('negation');
  });

  test('reaches at most three tokens back', () => {
    expect(weightOf('It is not really very quite good.', 'good').rules).not.toContain('negation');
    expect(weightOf('It is not very good.', 'good').rules).toContain('negation');
  });

  test('a refusal repeated is not its opposite: "no and no"', () => {
    const result = analyzer.analyze('No and no.');
    expect(result.evidence.map((item) => item.rules)).toEqual([[], []]);
    expect(result.evidence.every((item) => item.weight < 0)).toBe(true);
  });

  test.each([
    ['The update fixed nothing.', 'fixed'],
    ['Support helped nothing at all.', 'helped'],
    ['The patch solved none of them.', 'solved'],
  ])('a verb whose object is denied did not do it: %s', (text, quote) => {
    const evidence = weightOf(text, quote);
    expect(evidence.weight).toBeCloseTo(evidence.valence * NEGATION_SCALAR, 4);
    expect(evidence.rules).toContain('negation');
  });

  test.each([
    ['I love nothing more than a quick export.', 'love'],
    ['We like nothing better than the new dashboard.', 'like'],
    // Not an object: an adverb, and the subject of a hoped-for clause.
    ['Still down, but we kept laughing none the less.', 'laughing'],
    ['I hope none of my bugs end up in production.', 'hope'],
  ])('nothing beyond compare is praise, and "none" that is no object denies nothing: %s', (text, quote) => {
    expect(weightOf(text, quote).rules).not.toContain('negation');
  });

  test('stops at a clause boundary', () => {
    expect(weightOf('Not now, the results are good.', 'good').rules).not.toContain('negation');
    expect(weightOf('It is not bad -- slow, though.', 'slow').rules).not.toContain('negation');
    expect(weightOf('It did not crash but it is good.', 'good').rules).not.toContain('negation');
  });

  test('stops at an embedded question before a fault, whose content is taken as given; reaches into a relative clause', () => {
    expect(weightOf("I don't care whose fault it is.", 'fault').rules).not.toContain('negation');
    expect(weightOf("I don't see why it failed.", 'failed').rules).not.toContain('negation');
    expect(weightOf("I really don't know what love is.", 'love').rules).toContain('negation');
    expect(weightOf('That is not what good support looks like.', 'good').rules).toContain('negation');
  });

  test('a hyphen inside a word is no word of its own: "not-so-great" is "not so great"', () => {
    expect(weightOf('The reply was not-so-great.', 'great').rules).toContain('negation');
    expect(weightOf('A not-very-helpful reply.', 'helpful').rules).toContain('negation');
    // A free-standing dash still counts towards the three tokens.
    expect(weightOf('It is not - so - good.', 'good').rules).not.toContain('negation');
  });

  test('"not only … but" does not negate', () => {
    expect(weightOf('It is not only good but cheap.', 'good').rules).not.toContain('negation');
  });

  test('"at least" does not negate, "least" does', () => {
    expect(weightOf('At least it is good.', 'good').rules).not.toContain('negation');
    expect(weightOf('The least helpful reply.', 'helpful').rules).toContain('negation');
  });

  test('a negator inside an earlier phrase negates nothing after it', () => {
    expect(weightOf('No complaints and happy.', 'happy').weight).toBeGreaterThan(0);
  });

  test('a negated intensifier softens instead of boosting: "not very good" is milder than "not good"', () => {
    const both = analyzerWith([negation, intensifier]);
    const notVery = evidenceFor(both.analyze('It is not very good.').evidence, 'good').weight;
    const not = evidenceFor(both.analyze('It is not good.').evidence, 'good').weight;
    expect(notVery).toBeLessThan(0);
    expect(Math.abs(notVery)).toBeLessThan(Math.abs(not));
    expect(evidenceFor(both.analyze('It is not-very-good.').evidence, 'good').weight).toBeCloseTo(notVery);
  });

  test.each([
    ["The update didn't fix the issue.", 'issue'],
    ['Support could not resolve the outage.', 'outage'],
    ['Restarting does not stop the crashes.', 'crashes'],
  ])('a negated remedy leaves the problem in place: %s', (text, quote) => {
    const evidence = weightOf(text, quote);
    expect(evidence.rules).not.toContain('negation');
    expect(evidence.weight).toBeLessThan(0);
  });

  test("a plain disbelief still denies: I don't believe it's good", () => {
    expect(weightOf("I don't believe it's good.", 'good').rules).toContain('negation');
  });

  test.each([
    ['Nobody owns the problem.', 'problem'],
    ['They never acknowledged the outage.', 'outage'],
    ["Your agent didn't explain the error.", 'error'],
  ])('a negated act on a definite fault leaves the fault in place: %s', (text, quote) => {
    const evidence = weightOf(text, quote);
    expect(evidence.rules).not.toContain('negation');
    expect(evidence.weight).toBeLessThan(0);
  });

  test.each([
    // Meeting or making a fault, or an indefinite one, is denied with it.
    ["I haven't had the problem since the update.", 'problem'],
    ["It doesn't throw the error anymore.", 'error'],
    ['Nobody reported a problem.', 'problem'],
    ['No one on our team has had any problems.', 'problems'],
  ])('a fault that was never met is denied: %s', (text, quote) => {
    const evidence = weightOf(text, quote);
    expect(evidence.rules).toContain('negation');
    expect(evidence.weight).toBeGreaterThan(0);
  });

  test('the scored "no" of "no one" is spent on the fault its subject never met, and kept for a complaint of absence', () => {
    const relief = analyzer.analyze('No one on our team has had any problems.');
    expect(relief.evidence.map((item) => item.text)).toEqual(['problems']);
    expect(relief.sentiment.score).toBeGreaterThan(0);
    expect(analyzer.analyze('No one answered the phone.').sentiment.score).toBeLessThan(0);
  });

  test.each([
    ["We can't offer a refund.", 'refund'],
    ['There is no workaround.', 'workaround'],
    ['We do not offer refunds on annual plans.', 'refunds'],
  ])('a sought thing that is missing keeps its sign: %s', (text, quote) => {
    const evidence = weightOf(text, quote);
    expect(evidence.rules).not.toContain('negation');
    expect(evidence.weight).toBeLessThan(0);
  });

  test.each([
    ["I don't need a refund.", 'refund'],
    ['No workaround needed, the fix works.', 'workaround'],
  ])('a denied request for a sought thing flips as usual: %s', (text, quote) => {
    const evidence = weightOf(text, quote);
    expect(evidence.rules).toContain('negation');
    expect(evidence.weight).toBeGreaterThan(0);
  });

  test.each([
    ['The bug is still not fixed.', 'fixed'],
    ['Still no luck with the import.', 'luck'],
    ['It is still not clear what changed.', 'clear'],
  ])('a complaint that ends in its negator denies the good thing after it: %s', (text, quote) => {
    const evidence = weightOf(text, quote);
    expect(evidence.rules).toContain('negation');
    expect(evidence.weight).toBeLessThan(0);
  });

  test('a complaint after such a phrase stays a complaint, and praise ending in a negator spends it', () => {
    expect(weightOf('Still no cheque, damn.', 'damn').rules).not.toContain('negation');
    expect(weightOf('Second to none friendly staff.', 'friendly').weight).toBeGreaterThan(0);
  });

  test('"zero" negates as a determiner, not as a figure', () => {
    expect(weightOf("We've had zero downtime since switching.", 'downtime').weight).toBeGreaterThan(0);
    expect(weightOf('My knowledge of it is zero :(', ':(').weight).toBeLessThan(0);
  });

  test("a determiner's negation ends with its noun: a verb coordinated after it is asserted", () => {
    expect(weightOf('The limits changed with zero notice and broke our sync.', 'broke our sync').rules).not.toContain('negation');
    expect(weightOf('They shipped it with no warning and crashed every client.', 'crashed').rules).not.toContain('negation');
    expect(weightOf('There is no fast and reliable way to do this.', 'reliable').rules).toContain('negation');
    expect(weightOf('It never loads and crashes.', 'crashes').rules).toContain('negation');
  });

  test('what is lacked is denied, as after "no"; a lack denied is the thing had', () => {
    expect(weightOf('The new team lacks the passion of the old one.', 'passion').rules).toContain('negation');
    expect(weightOf('Our docs lack good examples.', 'good').weight).toBeLessThan(0);
    expect(weightOf('A complete lack of clear documentation.', 'clear').rules).toContain('negation');
    expect(weightOf('The new UI is not lacking in charm.', 'charm').rules).not.toContain('negation');
  });

  test('"nothing" is what it denies: a thing in the phrase after it is what it was about', () => {
    expect(weightOf('They offered me nothing for the inconvenience.', 'inconvenience').weight).toBeLessThan(0);
    expect(weightOf('Support said none about the outage.', 'outage').rules).not.toContain('negation');
    // A verb between: the phrase is part of the subject "nothing" denies.
    expect(weightOf('Nothing about it is good.', 'good').rules).toContain('negation');
    expect(weightOf('Nothing on the outage page is helpful.', 'helpful').rules).toContain('negation');
  });

  test.each([
    ['We never had this problem before the migration.', 'problem'],
    ["We didn't have any crashes until the update.", 'crashes'],
  ])('a denied problem bounded by "before" or "until" is there now: %s', (text, quote) => {
    const evidence = weightOf(text, quote);
    expect(evidence.rules).not.toContain('negation');
    expect(evidence.weight).toBeLessThan(0);
  });

  test.each([
    ['Never had a problem with billing until now.', 'Never had a problem'],
    ['No issues until the last update.', 'No issues'],
  ])('a denial of trouble said as one phrase and bounded to the past is trouble now: %s', (text, quote) => {
    const evidence = weightOf(text, quote);
    expect(evidence.rules).toContain('negation');
    expect(evidence.weight).toBeLessThan(0);
    expect(weightOf('Never had a problem with billing.', 'Never had a problem').weight).toBeGreaterThan(0);
  });

  test('without a remedy verb a negated problem still flips: "doesn\'t have any issues"', () => {
    expect(weightOf("It doesn't have any issues.", 'issues').rules).toContain('negation');
  });

  test('a phrase with its own negator is not negated again: "good, not great, not worth the wait"', () => {
    const evidence = weightOf('Food was good not great not worth the wait.', 'not worth');
    expect(evidence.rules).not.toContain('negation');
    expect(evidence.weight).toBeLessThan(0);
  });

  test.each([
    'Not urgent, just planning ahead.',
    'This is not critical.',
    "It's not a showstopper yet.",
    'No emergency.',
    'Not a blocker.',
  ])('a denied rating of urgency is calm triage and weighs nothing, its scored negator with it: %s', (text) => {
    expect(analyzer.analyze(text).evidence).toEqual([]);
  });

  test.each(['No more crashes since the update.', 'No more timeouts since the patch.'])(
    'a bad movement denied right after a scored "no" is good news, the "no" spent on it: %s',
    (text) => {
      const evidence = analyzer.analyze(text).evidence;
      expect(evidence.map((item) => item.text)).not.toContain('No');
      expect(evidence.reduce((sum, item) => sum + item.weight, 0)).toBeGreaterThan(0);
    },
  );

  test('which ratings of urgency deny to nothing is lexicon data a user extends', () => {
    const entries = { p1: -2 };
    const plain = analyzerWith([negation], { lexicons: [{ name: 'triage', entries }] });
    const rated = analyzerWith([negation], { lexicons: [{ name: 'triage', entries, severity: ['P1'] }] });
    expect(evidenceFor(plain.analyze('This is not a P1.').evidence, 'P1').weight).toBeGreaterThan(0);
    expect(rated.analyze('This is not a P1.').evidence).toEqual([]);
    // Stated, it keeps its weight.
    expect(evidenceFor(rated.analyze('This is a P1.').evidence, 'P1').weight).toBeLessThan(0);
  });

  test('"not loud enough" is a shortfall: the fault word keeps its sign', () => {
    const evidence = weightOf('The alert sound is not loud enough.', 'loud');
    expect(evidence.rules).not.toContain('negation');
    expect(evidence.weight).toBeLessThan(0);
  });

  test.each([
    ['Adding the route makes this less likely :(', ':('],
    ['We spent less time on bad tickets.', 'bad'],
  ])('"less" lowers only the adjective right after it: %s', (text, quote) => {
    expect(weightOf(text, quote).rules).not.toContain('negation');
  });

  test.each([
    ["I don't want to lose my data.", 'lose'],
    ["We wouldn't want to miss the deadline.", 'miss'],
    ["I didn't mean to upset anyone.", 'upset'],
    // A preference against: the fault is weighed, not denied.
    ["I'd rather not have to escalate this.", 'escalate'],
    ['We would prefer not to lose the history.', 'lose'],
  ])('a fault not wished for is neither relief nor praise: %s', (text, quote) => {
    // Without the rule the word is a fault; with it, it weighs nothing and leaves the evidence.
    expect(evidenceFor(analyzerWith([]).analyze(text).evidence, quote).weight).toBeLessThan(0);
    expect(analyzer.analyze(text).evidence.map((item) => item.text)).not.toContain(quote);
  });

  test.each(["It's not open source :)", "It's not open source =)"])('a face is the tone of the sentence, not denied: %s', (text) => {
    const face = analyzer.analyze(text).evidence.at(-1)!;
    expect(face.weight).toBeGreaterThan(0);
    expect(face.rules).not.toContain('negation');
  });

  test('a preference against praise is still its denial: "I\'d rather not recommend it"', () => {
    expect(weightOf("I'd rather not recommend it to anyone.", 'recommend').weight).toBeLessThan(0);
  });

  test.each([
    ['I have never been this disappointed.', 'disappointed'],
    ["I've never seen such poor service.", 'poor'],
    ['I have never been so frustrated in my life.', 'frustrated'],
    ['Never felt so welcome.', 'welcome'],
  ])('"never" before a degree word says "the most ever", and the word keeps its sign: %s', (text, quote) => {
    expect(weightOf(text, quote).rules).not.toContain('negation');
  });

  test.each([
    ["Haven't been this sore in a while.", 'sore'],
    ["I haven't been this happy in years.", 'happy'],
    ["I hadn't felt so frustrated since the migration.", 'frustrated'],
    ["I haven't been this frustrated with a vendor in years.", 'frustrated'],
  ])('"not" with a stretch of the past after the word says the same as "never": %s', (text, quote) => {
    expect(weightOf(text, quote).rules).not.toContain('negation');
  });

  test('without the stretch of the past, or without a verb of being or feeling, "not so" still denies', () => {
    expect(weightOf("I haven't been this happy.", 'happy').rules).toContain('negation');
    expect(weightOf('Not so good in a while.', 'good').rules).toContain('negation');
  });

  test('"never been that reliable" is a real denial', () => {
    const evidence = weightOf('It has never been that reliable.', 'reliable');
    expect(evidence.weight).toBeCloseTo(evidence.valence * NEGATION_SCALAR, 4);
  });
});

describe('a reply that only answers denies nothing after it', () => {
  test.each([
    ['nope still broken', 'still broken'],
    ['nah still down', 'still down'],
    ['no still waiting', 'still waiting'],
  ])('%s keeps its complaint', (text, quote) => {
    const evidence = weightOf(text, quote);
    expect(evidence.weight).toBe(evidence.valence);
  });

  test.each([
    ["No that's fine, take your time.", 'fine'],
    ["No it's great, thanks.", 'great'],
  ])('an answer before a clause of its own leaves the clause asserted: %s', (text, quote) => {
    const evidence = weightOf(text, quote);
    expect(evidence.rules).not.toContain('negation');
  });

  test('the clause after the answer is still denied by its own "not": "No it\'s not fine."', () => {
    const evidence = weightOf("No it's not fine.", 'fine');
    expect(evidence.weight).toBeCloseTo(evidence.valence * NEGATION_SCALAR, 4);
  });

  test('a "no" before a word it can deny still denies it: "no good"', () => {
    const evidence = weightOf('no good', 'good');
    expect(evidence.weight).toBeCloseTo(evidence.valence * NEGATION_SCALAR, 4);
  });
});
