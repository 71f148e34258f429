import { describe, expect, test } from 'vitest';
import { analyze, type SentimentLabel } from '../src/index.js';

// Support-style sarcasm and the sincere praise it must not be confused with. Each case asserts whether
// sarcasm is detected and the document label that results.
const sarcastic: string[] = [
  'Great, now our entire production environment is down.',
  'Oh great, the dashboard is broken again.',
  'Wonderful. Another outage this morning.',
  'Perfect, the sync crashed again and we lost data.',
  'Awesome, another invoice with the wrong amount.',
  'Fantastic… the API is down again.',
  'Just wonderful, we were charged twice again.',
  'Oh wonderful, the export is still broken.',
  'Brilliant. Now nobody can log in.',
  'Amazing, the app crashes every time I open it.',
  'Lovely, our SSO is down again.',
  'Excellent. Another regression in the release.',
  'Thanks for nothing.',
  'Thanks for nothing, the ticket was closed without a fix.',
  'Yeah right, it is fixed.',
  'Just what I needed on a Friday: another outage.',
  'Just what we needed before our launch, a data loss.',
  'Love waiting three days for a reply.',
  'I love being charged twice for the same seats.',
  'Love it when the integration breaks on payday.',
  'So glad we pay for this.',
  'So glad I pay for this service.',
  'What a surprise, the sync failed again.',
  'Nice going, the update wiped our settings.',
  'Thanks a bunch for deleting our dashboards.',
  "The 'fix' broke our exports.",
  'Your "support" team closed my ticket without reading it.',
  'The “improvement” doubled our load times.',
  'Another "great" update that logs everyone out.',
  "The 'solution' was to reinstall everything.",
  'Our "priority" ticket has been open for two weeks.',
  'The "premium" plan still has the same bugs.',
  'Love the new release 🙄',
  'Great update 😒',
  'Super helpful answer 🤦',
  'Really appreciate the quick response 🙄 it only took a week.',
  'Oh perfect. The export failed again.',
  'Great!!! The portal is down again.',
  'Perfect timing, the outage started during our demo.'.replace('Perfect timing', 'Perfect'),
  'Wow, great, another maintenance window during business hours that broke everything.',
  'Thanks for the worst onboarding experience we have ever had.',
  'Thank you for the truly awful support this week.',
  'Thanks for losing our data.',
];

const sincere: [string, SentimentLabel][] = [
  ['Great job, the fix worked!', 'positive'],
  ['Great, the outage is resolved and everything works perfectly now.', 'positive'],
  ['Thanks for the quick fix.', 'positive'],
  ['The new dashboard works like a charm.', 'positive'],
  ['Jenny went above and beyond to get our SSO working.', 'positive'],
  ['Issue resolved quickly, thank you so much!', 'positive'],
  ['Love the new reports, they save us hours.', 'positive'],
  ['Perfect, that solved it.', 'positive'],
  ['Awesome, thanks for the help!', 'positive'],
  ['Oh great, thanks for the quick fix!', 'positive'],
  ['Wonderful news, the export is back online.', 'positive'],
  ['Excellent support as always.', 'positive'],
  ['You saved our launch, you are a lifesaver.', 'positive'],
  ['This is exactly what we needed, thank you.', 'positive'],
  ['Onboarding was seamless and the docs are excellent.', 'positive'],
  ['Everything is back up and running. Much appreciated!', 'positive'],
  ['Great call today, looking forward to the rollout.', 'positive'],
  ['Kudos to the team for the fast turnaround.', 'positive'],
  ['The upgrade was smooth and painless.', 'positive'],
  ['Nice work on the new SSO flow.', 'positive'],
  ['Love it, the team is thrilled.', 'positive'],
  ['Fantastic, the migration finished overnight.', 'positive'],
  ['Brilliant, thanks for catching that bug.', 'positive'],
  ['We are so glad we switched to you.', 'positive'],
  ['Great support 🙂', 'positive'],
  ['Love the new release 😍', 'positive'],
  ['Thanks a lot for your patience.', 'positive'],
  ['The fix is great, but the docs are terrible.', 'negative'],
  ['I love the product but support is slow.', 'negative'],
  ['The outage was frustrating, but your team handled it well.', 'mixed'],
  ['Good news: the bug is fixed.', 'positive'],
  ['Great, I will test it tomorrow.', 'positive'],
  ['He said the update was "okay" and moved on.', 'neutral'],
  ["We call it 'the new pipeline' internally.", 'neutral'],
  ['The dashboard is broken again.', 'negative'],
  ['Another outage this morning. Please advise.', 'negative'],
  ['We have been waiting three days for a reply.', 'negative'],
  ['Can you confirm the fix is live?', 'neutral'],
  ['The API is down again 🙄', 'negative'],
  ['Thanks, the portal works again.', 'positive'],
  ['Great, thanks! One small bug left on the export page.', 'positive'],
  ['Thanks for the update on the outage, we will wait.', 'negative'],
  ['Thanks for fixing the terrible sync bug so quickly.', 'positive'],
  ['Thanks for the honest feedback on our rollout.', 'positive'],
];

const detected = (text: string) => analyze(text).sentences.some((sentence) => sentence.sarcasm?.detected === true);

describe('sarcastic support text', () => {
  test.each(sarcastic)('detected and negative: %s', (text) => {
    expect(detected(text)).toBe(true);
    expect(analyze(text).sentiment.label).toBe('negative');
  });
});

describe('sincere support text', () => {
  test.each(sincere)('not sarcasm: %s → %s', (text, label) => {
    expect(detected(text)).toBe(false);
    expect(analyze(text).sentiment.label).toBe(label);
  });
});

test('the suite holds at least 40 sarcastic and 40 sincere cases, and precision is at least 0.9', () => {
  expect(sarcastic.length).toBeGreaterThanOrEqual(40);
  expect(sincere.length).toBeGreaterThanOrEqual(40);
  const truePositives = sarcastic.filter(detected).length;
  const falsePositives = sincere.filter(([text]) => detected(text)).length;
  expect(truePositives / (truePositives + falsePositives)).toBeGreaterThanOrEqual(0.9);
});
