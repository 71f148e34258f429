import { describe, expect, test } from 'vitest';
import { analyzerWith, evidenceFor } from '../../../test/helpers.js';
import { analyze } from '../../index.js';
import { createSarcasmRule } from './index.js';
import { interjection } from './interjection.js';

const analyzer = analyzerWith([createSarcasmRule({ cues: [interjection] })]);
const praise = (text: string, quote: string) => evidenceFor(analyzer.analyze(text).evidence, quote);

describe('interjection cue', () => {
  test.each([
    ['Great, now our entire production environment is down.', 'Great'],
    ['Just wonderful, another outage.', 'wonderful'],
    ['Perfect. The sync crashed again.', 'Perfect'],
    ['Awesome! Lost data again.', 'Awesome'],
    ['Fantastic… the invoice is wrong again.', 'Fantastic'],
    ['Wow, only took three weeks to get a reply.', 'Wow'],
    ['Oh good, another invoice error.', 'good'],
    ['Unbelievable. Down again for the whole team.', 'Unbelievable'],
    // Praise in scare quotes is mocked, so it counts against: the bug alone would be too weak a complaint.
    ['Oh great, the "fix" reintroduced the bug from March.', 'great'],
    // Standing alone after the complaint, it answers it.
    ['So the invoice is wrong for the third time. Brilliant.', 'Brilliant'],
    ['The sync failed overnight and we lost two days of data. Perfect.', 'Perfect'],
    ['The export failed again. Impressive.', 'Impressive'],
    ['Congratulations, the export is broken again.', 'Congratulations'],
    // Praise of more than one word.
    ['Way to go, the invoice is wrong for the fourth month in a row.', 'Way to go'],
    ['Well done, the export is broken again.', 'Well done'],
    // A verdict on help, degree-marked and alone, answering a complaint.
    ['Another day, another outage. Very reassuring.', 'reassuring'],
    ['The export failed again. How helpful.', 'helpful'],
    // A plain failure beside it is enough: "fails again", "never arrives".
    ['Login fails again. Great.', 'Great'],
    ['Fantastic. Another password reset email that never arrives.', 'Fantastic'],
    // A thing praised alone, then what has happened since.
    ['Brilliant update. Now nothing loads.', 'Brilliant'],
    // Gladness at a change the writer made, answered the same way.
    ['So glad we upgraded. Now nothing works.', 'glad'],
    ['Really happy I switched to the new plan. Now I get billed twice.', 'happy'],
    ['Perfect timing. Now the API is down.', 'Perfect'],
    // Praise of the moment is an interjection too.
    ['Perfect timing, the dashboard went down right before the board meeting.', 'Perfect'],
    ['Great timing. The dashboard went down again.', 'Great'],
    // Or before a comma and "now" in its own sentence.
    ['Great job on the new release, now nothing loads.', 'Great'],
    ['Great work team, now it is all broken again.', 'Great'],
    // A sarcastic formula is the negative situation, though the rules invert it only after the cues look.
    ['Great, thanks for nothing.', 'Great'],
    // Closing a complaint after a pause.
    ['The export is broken again, great.', 'great'],
    ['Another crash — wonderful.', 'wonderful'],
  ])('inverts interjected praise over a negative situation: %s', (text, quote) => {
    const evidence = praise(text, quote);
    expect(evidence.weight).toBeLessThan(0);
    expect(evidence.rules).toEqual(['sarcasm']);
  });

  test.each([
    ['Great job, the fix worked.', 'Great'],
    ['Perfect timing, thanks!', 'Perfect'],
    ['Great timing, the fix landed just before our launch.', 'Great'],
    ['Great, the outage is resolved and it works perfectly.', 'Great'],
    ['The fix is great, but the docs are bad.', 'great'],
    ['Great. Thanks for the help.', 'Great'],
    ['Great, thanks! One small bug left.', 'Great'],
    ['Wow, it only took five minutes to set up!', 'Wow'],
    // Surprise standing alone before a complaint is as often shock as sarcasm.
    ['Wow. The outage took down every region.', 'Wow'],
    // Mild praise is an interjection only after "oh".
    ['Good, another invoice error to fix before Friday.', 'Good'],
    ['Unbelievable, you fixed it in five minutes!', 'Unbelievable'],
    ['We finally got the report working. Perfect.', 'Perfect'],
    ['The new dashboard is fast. Impressive.', 'Impressive'],
    ['Congrats on the launch, the new dashboard looks great.', 'Congrats'],
    // Surprise alone after a complaint is as often shock.
    ['The outage took down every region. Wow.', 'Wow'],
    ['Great update! Now I can finally export to PDF.', 'Great'],
    ['Great job. Now please fix the other bug.', 'Great'],
    ['Great release. The export is broken though.', 'Great'],
    ['The fix works now, great.', 'great'],
    ['Great job on the new release, now everything loads faster.', 'Great'],
    ['So glad we upgraded. Now everything is faster.', 'glad'],
    ['Way to go team, the launch went without a hitch.', 'Way to go'],
    ['Thanks for walking me through the setup. Very helpful.', 'helpful'],
    ['The export works now. So helpful!', 'helpful'],
    ['Great job, thanks, now the export is broken.', 'Great'],
    ['I was worried, but it works, great!', 'great'],
    ['The export is broken again, but the new one is great.', 'great'],
  ])('leaves sincere praise alone: %s', (text, quote) => {
    expect(praise(text, quote).weight).toBeGreaterThan(0);
  });

  test.each([
    ['The export never arrived. Great.', 'Great'],
    ['Our dashboard is down. Perfect.', 'Perfect'],
    ['The drinks never came. Awesome!', 'Awesome'],
    // A listed negative situation is a complaint to answer, however weakly it scores alone.
    ['Only took 9 days to get a reply. Impressive.', 'Impressive'],
  ])('answers a problem however calmly it was reported (default rules, calm among them): %s', (text, quote) => {
    const result = analyze(text);
    expect(result.sentences[1]!.sarcasm?.detected).toBe(true);
    expect(evidenceFor(result.evidence, quote).weight).toBeLessThan(0);
  });

  test('a problem denied before it stays good news', () => {
    expect(analyze('No errors since the patch. Great.').sentences[1]!.sarcasm?.detected ?? false).toBe(false);
  });
});
