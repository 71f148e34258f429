import { describe, expect, test } from 'vitest';
import { analyze, createAnalyzer } from '../src/index.js';
import { EMOTION_PRESENCE } from '../src/presence.js';

// A B2B suite for the emotion, intent and risk scorers: support-style texts written for cxtone.
const present = (text: string) =>
  Object.entries(analyze(text).emotions!.scores)
    .filter(([, score]) => score.intensity >= EMOTION_PRESENCE)
    .map(([name]) => name);
const intentsOf = (text: string) => analyze(text).intents!.map((result) => result.intent);

describe('emotions', () => {
  test.each([
    ['I am so frustrated with this export, it keeps failing.', 'frustration'],
    ["We're fed up with the constant sync errors.", 'frustration'],
    ["I'm running out of patience with this integration.", 'frustration'],
    ["Honestly not sure what we're paying for anymore.", 'disappointment'],
    ['Per my last three emails, we still do not have access to the admin console.', 'frustration'],
    ['This export bug is driving me crazy.', 'frustration'],
    ['Honestly, I am furious. Nobody told us about the price change.', 'anger'],
    ['How dare you delete our workspace without notice?', 'anger'],
    ["I'm confused about how the SSO settings interact with SCIM.", 'confusion'],
    ["The docs don't make sense to me — which token do I use?", 'confusion'],
    ["I'm a bit lost, where do I find the API key?", 'confusion'],
    ['Really disappointed with the new release; we expected better.', 'disappointment'],
    ['The onboarding was underwhelming and it let us down.', 'disappointment'],
    ["We're worried this could cause data loss during the migration.", 'anxiety'],
    ['I am nervous about the go-live next week.', 'anxiety'],
    ['This is urgent: please fix it ASAP, our checkout is failing.', 'urgency'],
    ['We need a fix immediately, production is down.', 'urgency'],
    ['Love the new dashboard, the team is delighted.', 'satisfaction'],
    ['Great job on the release, it works perfectly.', 'satisfaction'],
    ['Thank you so much, you saved our launch!', 'gratitude'],
    ['Really appreciate the quick turnaround on this.', 'gratitude'],
    ['Phew, relieved to see the service back to normal.', 'relief'],
    ['Honestly, I give up.', 'frustration'],
    ['Why is this so complicated?', 'frustration'],
    ['The migration has been a nightmare.', 'frustration'],
    ["I'm at a loss here, which setting do I change?", 'confusion'],
    ['This keeps happening and nobody seems to care.', 'frustration'],
    ["Frankly I'm tired of chasing this for a month.", 'frustration'],
    ['We have been chasing this for weeks.', 'frustration'],
    ['Your agent hung up on me twice.', 'anger'],
    ["I'm going to lose it if one more invoice is wrong.", 'frustration'],
    ['Our checkout is failing and we are losing orders.', 'urgency'],
    ['Please prioritize this, we have an audit on Monday.', 'urgency'],
    // A negation before the verb denies the verb, not the time: only "not right now" would.
    ['Users cannot log in right now.', 'urgency'],
    ['Can someone jump on a call tomorrow? Our launch depends on this.', 'urgency'],
    ['Any ETA on the fix? Our customers are starting to notice.', 'urgency'],
    ["I've spent the whole morning trying to get the SSO working and I'm about to give up.", 'frustration'],
    ['My boss is breathing down my neck about this.', 'anxiety'],
    ['hi, is anyone there? been waiting 20 min', 'frustration'],
    ['I have raised this three times now.', 'frustration'],
    ['This needs to be fixed immediately.', 'urgency'],
    ['We need it fixed right away.', 'urgency'],
    ['We need it sorted out right away.', 'urgency'],
  ])('%j expresses %s', (text, emotion) => {
    expect(present(text)).toContain(emotion);
  });

  test.each([
    ["I'm not confused anymore, the guide cleared it up.", 'confusion'],
    ['We are not worried about the migration.', 'anxiety'],
    ['Not frustrated at all, just curious.', 'frustration'],
    ['Great, now our entire production environment is down.', 'satisfaction'],
    ['Oh wonderful, another outage.', 'satisfaction'],
    ['Please kill the process and restart the worker.', 'anger'],
    ['Thanks in advance for looking into this.', 'gratitude'],
    ["I'm at a loss for words, thank you all.", 'confusion'],
    // A phrase the sentiment pass reads as a whole decides for its words: "at best" is no praise.
    ['The integration with Salesforce is flaky at best.', 'satisfaction'],
    // Exceeding a quota is no exceeded expectation.
    ['We exceeded our API quota twice this week and got throttled.', 'satisfaction'],
    // An agent naming the customer's feeling is empathy, not the agent's mood.
    ['I completely understand your frustration, let me look into this for you.', 'frustration'],
    ["I'm sorry for the confusion, the docs were out of date.", 'confusion'],
    // How soon something happened is no pressure felt.
    ['Page load time went from 8 seconds to under 2, our users noticed immediately.', 'urgency'],
    ['They had replied right away, and the export works again.', 'urgency'],
    // A launch that has happened is no deadline: "go live" presses, "went live" reports.
    ['p95 latency is down to 120ms since the new region went live.', 'urgency'],
    ['Setup took ten minutes and the team picked it up right away.', 'urgency'],
  ])('%j does not express %s', (text, emotion) => {
    expect(present(text)).not.toContain(emotion);
  });

  test('"I\'m afraid" announces bad news: negative and a little disappointed, not anxious; "afraid of" is fear', () => {
    for (const text of ["I'm afraid the export still fails.", 'Afraid not, the SSO fix did not help.']) {
      expect(analyze(text).sentiment.label, text).toBe('negative');
      expect(present(text), text).toContain('disappointment');
      expect(present(text), text).not.toContain('anxiety');
    }
    expect(present('I am afraid of losing our data in the migration.')).toContain('anxiety');
  });

  test("gratitude in a sign-off is not the customer's emotion", () => {
    const text = 'The export still fails with a timeout after the update.\n\nThanks,\nSam';
    expect(present(text)).not.toContain('gratitude');
    expect(present(text)).toContain('frustration');
  });

  test('gratitude for what support did is', () => {
    expect(present('Thank you so much for jumping on this, you saved our launch.')).toContain('gratitude');
  });

  test('sarcastic thanks is no gratitude, though the emotion lexicon reads a longer phrase than the sarcasm rule', () => {
    // The emotion lexicon's "really appreciate" holds the word the sarcasm rule turned round ("appreciate").
    expect(present('Really appreciate being put on hold for 45 minutes.')).not.toContain('gratitude');
    expect(present('Really appreciate you jumping on this so fast.')).toContain('gratitude');
    // A word inside an emotion phrase that keeps its own sign is the phrase's to judge.
    expect(present('Our cutover is very time sensitive.')).toContain('urgency');
  });

  test('praise said as a doubt is no confusion', () => {
    expect(present("Not sure what we'd do without it.")).not.toContain('confusion');
    expect(present('Not sure what the error means.')).toContain('confusion');
  });

  test('intensifiers, capitals and exclamation marks raise intensity', () => {
    const plain = analyze('I am frustrated.').emotions!.scores.frustration!.intensity;
    expect(analyze('I am extremely frustrated.').emotions!.scores.frustration!.intensity).toBeGreaterThan(plain);
    expect(analyze('I am FRUSTRATED.').emotions!.scores.frustration!.intensity).toBeGreaterThan(plain);
    expect(analyze('I am frustrated!!!').emotions!.scores.frustration!.intensity).toBeGreaterThan(plain);
  });

  test('repetition raises intensity', () => {
    const once = analyze('This is annoying.').emotions!.scores.frustration!.intensity;
    expect(analyze('This is annoying. Really annoying. So annoying.').emotions!.scores.frustration!.intensity).toBeGreaterThan(once);
  });

  test('a pasted log does not carry emotion', () => {
    const text = 'Deploy failed again, see below.\n\n```\nFATAL: worker killed, panic in scheduler\n```';
    expect(present(text)).not.toContain('anxiety');
    expect(present(text)).not.toContain('anger');
  });

  test('every emotion is reported, with evidence quoting the input', () => {
    const text = 'I am confused and a bit worried about the invoice.';
    const { emotions } = analyze(text);
    expect(Object.keys(emotions!.scores)).toEqual(
      expect.arrayContaining([
        'frustration',
        'anger',
        'confusion',
        'disappointment',
        'anxiety',
        'urgency',
        'satisfaction',
        'gratitude',
        'relief',
      ]),
    );
    for (const score of Object.values(emotions!.scores))
      for (const item of score.evidence) expect(text.slice(item.start, item.end)).toBe(item.text);
    expect(emotions!.scores.confusion!.evidence[0]!.text).toBe('confused');
    expect(emotions!.dominant).toBe('confusion');
  });

  test('polite but furious: courtesy does not hide anger', () => {
    const text =
      'Dear team, I hope you are well. Kindly note that we are absolutely furious that the invoice was sent to our customers. ' +
      'Best regards, Dana';
    expect(analyze(text).emotions!.dominant).toBe('anger');
  });
});

describe('urgency is time that counts, not time that passes', () => {
  test.each([
    ['Every hour of downtime costs us money.', 'urgency'],
    ['Please hurry, every minute counts.', 'urgency'],
  ])('%j → %s', (text, emotion) => {
    expect(analyze(text).emotions!.dominant).toBe(emotion);
  });

  test('a frequency is not urgency', () => {
    expect(analyze('The app logs me out every hour.').emotions!.scores.urgency!.intensity).toBe(0);
  });

  test('a time is denied only by a negator right before it: "not right now" is no urgency', () => {
    expect(analyze('Not right now, thanks.').emotions!.scores.urgency!.intensity).toBe(0);
    expect(analyze('We cannot access our data right now.').emotions!.scores.urgency!.intensity).toBeGreaterThan(0);
  });
});

describe('intents', () => {
  test.each([
    ['I want to speak to a manager about this.', 'escalate'],
    ['Please escalate this to your engineering lead.', 'escalate'],
    ['I have escalated this to your CEO.', 'escalate'],
    ['I want this escalated to someone senior today.', 'escalate'],
    ["I'm looping in our VP of Engineering.", 'escalate'],
    ['Can I talk to a real person please?', 'escalate'],
    ['We are cancelling our subscription. Also take us off the newsletter subscription list.', 'churn'],
    ['Is it possible to chat with an assistant?', 'escalate'],
    ['I am trying to chat with a damn agent.', 'escalate'],
    ['How do I contact a live person?', 'escalate'],
    ['We will cancel our subscription at the end of the month.', 'churn'],
    ["If this isn't fixed by Friday we will cancel.", 'churn'],
    ["We're evaluating alternatives and will not renew.", 'churn'],
    ['We are moving to a competitor next quarter.', 'churn'],
    ['Your competitor offered us the same features for half the price.', 'churn'],
    ['Please close our account.', 'churn'],
    ['If this keeps happening we will look for another vendor.', 'churn'],
    ['We are shopping around for a new provider.', 'churn'],
    ['We will go to your competitor.', 'churn'],
    ["Nothing against your team, but we've decided to go with a competitor.", 'churn'],
    ['We signed with another provider last week.', 'churn'],
    ['Honestly not sure why we are still paying for this.', 'churn'],
    ['Why are we still paying for this?', 'churn'],
    ['Please make the audit log exportable, our compliance team needs it.', 'feature_request'],
    ["Honestly we've been thinking about switching for a while.", 'churn'],
    ['We are considering leaving.', 'churn'],
    ["We'd like to cancel at the end of the term.", 'churn'],
    ['We will cancel before our renewal.', 'churn'],
    ["If the price goes up again we'll look elsewhere.", 'churn'],
    ["If this isn't fixed by Friday, we'll have to pause the rollout and revisit our options.", 'churn'],
    ['We are reconsidering our contract with you.', 'churn'],
    ['Our leadership has asked us to find a cheaper vendor.', 'churn'],
    ['Our CEO asked me last week why we still use this.', 'churn'],
    ["We need a clear answer by Friday or we'll have to involve legal.", 'escalate'],
    ['The export drops the last row every time.', 'bug_report'],
    ['This invoice includes users we removed in August.', 'billing_dispute'],
    ["Please don't auto-renew our subscription.", 'churn'],
    ["We're going to leave if this keeps happening.", 'churn'],
    ["It's the billing department that makes me want to leave.", 'churn'],
    ['Every outage makes us want to walk away.', 'churn'],
    ['Three outages in two weeks. Our CTO is asking whether we should move providers.', 'churn'],
    ["We're seriously considering moving to Zendesk at renewal.", 'churn'],
    ["I've told our sister company about you, expect a call from their CTO.", 'refer'],
    ['Is there a roadmap item for SAML support? Our security team requires it.', 'feature_request'],
    ['When I filter by date the results include items from the wrong month.', 'bug_report'],
    ['After the update, the Slack notifications arrive twice.', 'bug_report'],
    ["Congrats, you've just lost a customer for good.", 'churn'],
    ["Honestly I don't know why we keep paying for premium support.", 'churn'],
    ["We're on the verge of cancelling.", 'churn'],
    ["We're thinking about leaving for a competitor.", 'churn'],
    ["I'll be raising this with your VP of Customer Success.", 'escalate'],
    ['If nobody answers today I am calling your manager.', 'escalate'],
    ['How do I turn off auto-renewal?', 'churn'],
    ["We'll happily refer other clinics to you.", 'refer'],
    ['We refer all our partners to you, the integration is that good.', 'refer'],
    ['Any chance you could add SSO to the Pro plan?', 'feature_request'],
    ['We would like to add 20 more seats for the design team.', 'expand'],
    ["We'll be moving our other departments onto your platform next quarter.", 'expand'],
    ['How do we upgrade our plan to Enterprise?', 'expand'],
    ["We've outgrown the Starter plan.", 'expand'],
    ['Another team wants to roll it out to the support department.', 'expand'],
    ["I've already recommended you to two other founders.", 'refer'],
    ['Happy to be a reference for your sales team.', 'refer'],
    ['Would you be interested in a case study?', 'refer'],
    ['Do you have a referral program? My friend runs an agency.', 'refer'],
    ['The app keeps crashing when I open the reports tab.', 'bug_report'],
    ["Export doesn't work since the update.", 'bug_report'],
    ['We get a 500 error on every login attempt.', 'bug_report'],
    ['It would be great if you could add dark mode.', 'feature_request'],
    ['Any plans to support SAML with Okta groups?', 'feature_request'],
    ['We were charged twice for March.', 'billing_dispute'],
    ['Can someone explain why my account was charged a cancellation fee?', 'billing_dispute'],
    ['Why was our card billed again this month?', 'billing_dispute'],
    ['Sorry to bother you again, but the invoice still shows the wrong company address.', 'billing_dispute'],
    ['You double-charged our card in March.', 'billing_dispute'],
    ['The export throws a null pointer exception.', 'bug_report'],
    ['The CSV export still times out for any report over 10k rows.', 'bug_report'],
    ['The sync timed out again this morning.', 'bug_report'],
    ['The export button does nothing when I click it.', 'bug_report'],
    ['Nothing happens after I press sync.', 'bug_report'],
    ['The invoice is wrong, we only have 40 seats.', 'billing_dispute'],
    ['We want a refund for the outage period.', 'billing_dispute'],
    ["We don't recognize this charge on our latest invoice.", 'billing_dispute'],
    ['Please reverse the late fee, we paid on time.', 'billing_dispute'],
    ["There is a payment on our account that we didn't authorize.", 'billing_dispute'],
    ['Why were we charged for 50 seats?', 'billing_dispute'],
    ['Why did our bill go up without notice?', 'billing_dispute'],
    ['Can we get a credit for the downtime?', 'billing_dispute'],
    ['Our invoice shows the wrong VAT number.', 'billing_dispute'],
    ['This invoice shows 40 seats but we only have 32 active users.', 'billing_dispute'],
    ['Can someone tell me why our invoice shows 45 seats when we only have 30 users?', 'billing_dispute'],
    ['You billed us for 50 licenses but we only use 20.', 'billing_dispute'],
    ['The invoice shows a late fee even though we paid on time.', 'billing_dispute'],
    ['We were invoiced for 120 seats but the contract says 100.', 'billing_dispute'],
    ["We're still being billed for users we removed in March.", 'billing_dispute'],
    ['The price on the invoice is different from the quote.', 'billing_dispute'],
    ["We still haven't received the credit you promised for the outage.", 'billing_dispute'],
    ['The refund was supposed to arrive within 5 business days.', 'billing_dispute'],
    // A fee questioned, found, or owed nothing.
    ['Please explain the overage fee on our last invoice.', 'billing_dispute'],
    ['We found a new charge on the renewal invoice.', 'billing_dispute'],
    ['The onboarding was supposed to be free.', 'billing_dispute'],
    ["We shouldn't be billed for seats we removed.", 'billing_dispute'],
    ['Why did it cost us $400 to add two users?', 'billing_dispute'],
    ['Why am I seeing a platform fee on this invoice?', 'billing_dispute'],
    // Terms not honoured, charges the customer did not make, refunds still not credited.
    ["We didn't get the agreed discount on the annual plan.", 'billing_dispute'],
    ['The exchange rate on our last invoice is wrong.', 'billing_dispute'],
    ['You incorrectly calculated the tax on our renewal.', 'billing_dispute'],
    ['There is a charge of $900 on our card, but we did not order anything.', 'billing_dispute'],
    ['Someone has taken money from our company account.', 'billing_dispute'],
    ['Our refund for the cancelled seats has not been credited yet.', 'billing_dispute'],
    ["Why hasn't our refund been applied to the account?", 'billing_dispute'],
    ['The refund is still pending after three weeks.', 'billing_dispute'],
    ['Just give us our money back.', 'billing_dispute'],
    ['SSO was supposed to be included in our plan.', 'billing_dispute'],
    ['Our fees have suddenly increased.', 'billing_dispute'],
    ['Why did you charge us an extra $500 this month?', 'billing_dispute'],
    ['It would be amazing if the API supported bulk deletes.', 'feature_request'],
    ['How do I reset the API key?', 'how_to'],
    ['Is there a way to export audit logs?', 'how_to'],
    ['Great support, the team did a fantastic job.', 'praise'],
    ['Keep up the good work!', 'praise'],
    ['I want to file a formal complaint.', 'complaint'],
    ['This is unacceptable.', 'complaint'],
    ["We'd love a Slack integration.", 'feature_request'],
    ["I'm disputing the overage fee on our last invoice.", 'billing_dispute'],
    ['The last two invoices included seats we removed in August. Could you credit the difference?', 'billing_dispute'],
    ['Our CFO asked me to find out why our bill doubled.', 'billing_dispute'],
    ["We've decided not to renew.", 'churn'],
    ["I've told three colleagues at other companies about you, they're all signing up.", 'refer'],
    ['Can we get a quote for adding the compliance module to our enterprise plan?', 'expand'],
    ["If nobody from engineering replies today, I'm going over your head to your CEO.", 'escalate'],
    ["Honestly, we're shopping around. Your competitor offered us 30% off.", 'churn'],
    ['Our renewal is in 30 days and we are evaluating alternatives given the recent reliability issues.', 'churn'],
    ["The charge of $4,200 on our last invoice doesn't match the contract, please correct it.", 'billing_dispute'],
    ['The invoice total does not match what we agreed.', 'billing_dispute'],
    ['Our invoice for November shows 45 seats but we only have 38 active users.', 'billing_dispute'],
    ["We'd like to add another 20 licenses for our new support team.", 'expand'],
    ["We'll be expanding to the EU region next quarter and want to discuss pricing.", 'expand'],
    ['Please send me a quote for the Enterprise tier with 150 seats.', 'expand'],
    ['It would be really helpful if the API returned pagination cursors.', 'feature_request'],
    ["I've told every agency I know about you.", 'refer'],
    ["I've told two other teams about you, they're signing up next month.", 'refer'],
    ["My colleague at Acme is looking for a tool like this, I'll connect you.", 'refer'],
    ['This is the last straw. Get me your manager.', 'escalate'],
    // Leaving for good, declared: the customer will not buy from the vendor again.
    ['Never flying with them again.', 'churn'],
    ['We will never use your product again.', 'churn'],
    ["I'll never order from you again.", 'churn'],
    ["We won't be using you again.", 'churn'],
    ['Would not buy this again.', 'churn'],
  ])('%j → %s', (text, intent) => {
    expect(intentsOf(text)).toContain(intent);
  });

  test.each([
    ['We are not planning to cancel.', 'churn'],
    ['We have no intention of cancelling our contract.', 'churn'],
    // Leaving something, or leaving a job, is not leaving the vendor.
    ['This support chat makes me want to leave a review.', 'churn'],
    ['The on-call rota made me want to quit my job.', 'churn'],
    ['I was thinking about leaving early today.', 'churn'],
    // Moving to something new of the vendor's own is no leaving.
    ['We plan to move to the new version before our renewal.', 'churn'],
    // A bug report's steps are no question of how to do something.
    ['Steps to reproduce: open a report, click export. Expected a file, got a blank page.', 'how_to'],
    ['We made an exception to the refund policy for you.', 'bug_report'],
    ["We won't be moving to a competitor, don't worry.", 'churn'],
    // Never again of something else: the old tool left behind, a mistake not to repeat.
    ["With your tool I'll never use spreadsheets again.", 'churn'],
    ["Don't worry, we won't order the wrong part again.", 'churn'],
    ['Never had an issue with them again after the fix.', 'churn'],
    ['Please cancel the scheduled job, it runs twice.', 'churn'],
    ['No need to escalate, it is fixed now.', 'escalate'],
    ['What is your refund policy?', 'billing_dispute'],
    ['Your billing team refunded us within a day, very impressed.', 'billing_dispute'],
    ['Can you explain how the transfer fee is calculated?', 'billing_dispute'],
    ['What does it cost to add a user?', 'billing_dispute'],
    ['Is the onboarding free?', 'billing_dispute'],
    ['Thanks for the update.', 'praise'],
    ['The flag does nothing if the cache is off, which is expected.', 'bug_report'],
    ['I am looking for a new tool to plot charts in Python.', 'churn'],
    ['We are considering alternatives to the CSV export.', 'churn'],
    // Moving to the vendor's own product is the opposite of leaving it.
    ['Churn dropped by half since we switched to your platform.', 'churn'],
    ['We migrated to your platform last year.', 'churn'],
    ['Can you refer my question to your billing team?', 'refer'],
    ['Please refer to your documentation.', 'refer'],
    ['Please leave if you want to, the meeting is optional.', 'churn'],
    ["I'll leave it running if that helps.", 'churn'],
    ['Sorry to keep bugging you about this.', 'bug_report'],
    ["I haven't gotten my credit card in the mail.", 'billing_dispute'],
    ['The exchange rate for the EUR plan is shown at checkout.', 'billing_dispute'],
    ['We got the discount, thanks for sorting it out.', 'billing_dispute'],
    ['Your refund has been credited to the original card.', 'billing_dispute'],
    ['Who is giving me my money?', 'billing_dispute'],
    ['Is SSO included in our plan?', 'billing_dispute'],
    ['Our support costs have increased since the launch.', 'billing_dispute'],
    ['The charge went through, but I did not see a receipt email yet.', 'billing_dispute'],
    // Bringing back what was deleted is the opposite of leaving.
    ["Unfortunately we're unable to restore the deleted workspace after 30 days.", 'churn'],
    ['Can you recover the removed seats on our plan?', 'churn'],
    ['You can add a filter in the settings page.', 'feature_request'],
    ['Our referral link is broken.', 'refer'],
    // Asking whom to talk to is routing: in Banking77 it always is ("who do I talk to about a duplicate charge?").
    ["We'd like to add 20 more seats. Who should I talk to?", 'escalate'],
    // Leaving a newsletter is not leaving the product.
    ['Please cancel my newsletter subscription.', 'churn'],
    ['I want to cancel my subscription to your newsletter.', 'churn'],
    // Cancelling a purchase or a transfer is no leaving.
    ['How do I go about cancelling a transaction?', 'churn'],
    ['Question about cancelling purchase 732201349959', 'churn'],
    // An escalation reported done inside support is routing, not a customer asking for one.
    ["I've escalated this to our engineering team and will update you.", 'escalate'],
    ['Your ticket has been escalated to tier 2.', 'escalate'],
    ["I'm escalating this to the product team.", 'escalate'],
    // An accident undone is no leaving.
    ['Our admin accidentally deleted a workspace. Is there any way to restore it?', 'churn'],
    // Thanks for an escalation the vendor made.
    ['Really appreciate you escalating this internally. Keep me posted.', 'escalate'],
    ['Thank you so much for escalating this to engineering!', 'escalate'],
    // An assistant who is the subject is no one asked for.
    ['Our assistant will contact you tomorrow.', 'escalate'],
    // Something else that spreads is no customer growing.
    ['The outage will be expanding to other regions.', 'expand'],
    // Someone else's referral of the vendor to the writer is no referral by the writer.
    ['A colleague at Acme recommended you, so here we are.', 'refer'],
    // A cheaper way of doing something is no vendor sought; a table dropped on purpose is no bug.
    ['Looking for a cheaper solution to host static files.', 'churn'],
    ['Please drop the table and recreate it.', 'bug_report'],
    // A recommendation that was, not one that is.
    ['We used to recommend you to everyone.', 'refer'],
    // The vendor's credit, issued: a remedy given, not a bill disputed.
    ["I've issued a credit for the downtime, it should appear on your next invoice.", 'billing_dispute'],
    ['Thank you for waiving the late fee, that was really kind.', 'billing_dispute'],
  ])('%j is not %s', (text, intent) => {
    expect(intentsOf(text)).not.toContain(intent);
  });

  test('a conditional threat counts and says so', () => {
    const churn = analyze("If this isn't fixed by Friday we will cancel our subscription.").intents!.find(
      (result) => result.intent === 'churn',
    )!;
    expect(churn.evidence[0]).toMatchObject({ text: 'cancel our subscription', conditional: true, hedged: false });
  });

  test('a hedged intent counts with less confidence', () => {
    const sure = analyze('We are moving to a competitor.').intents!.find((result) => result.intent === 'churn');
    const hedged = analyze('We might be moving to a competitor.').intents!.find((result) => result.intent === 'churn');
    expect(hedged!.evidence[0]!.hedged).toBe(true);
    expect(hedged!.confidence).toBeLessThan(sure!.confidence);
  });

  test('expansion buried in a complaint is still found', () => {
    const text =
      'The export has been broken for two weeks and nobody has replied. That said, we want to add 15 more seats next month if ' +
      'this gets sorted.';
    const intents = intentsOf(text);
    expect(intents).toContain('expand');
    expect(intents).toContain('bug_report');
  });

  test('intent evidence quotes the input', () => {
    const text = 'Hello. We were double charged on invoice 4471, please refund us.';
    const dispute = analyze(text).intents!.find((result) => result.intent === 'billing_dispute')!;
    expect(dispute.evidence.length).toBe(2);
    for (const item of dispute.evidence) expect(text.slice(item.start, item.end)).toBe(item.text);
  });

  test('a cancellation dated by a renewal is churn; one dated by the calendar says nothing of what', () => {
    expect(intentsOf('We will cancel before our renewal.')).toContain('churn');
    expect(intentsOf('I need to cancel by the end of the month.')).not.toContain('churn');
  });

  test('going with a competitor is churn when the writer decides it, not when someone else once did', () => {
    expect(intentsOf("We've gone with another vendor.")).toContain('churn');
    expect(intentsOf('They went with another vendor last year, but came back.')).not.toContain('churn');
  });

  test('intents in pasted logs and quoted history are ignored', () => {
    const text = 'Works for me now.\n\n> On Monday you wrote:\n> We will cancel our subscription if this keeps happening.';
    expect(intentsOf(text)).not.toContain('churn');
  });
});

describe('risk signals', () => {
  test('an escalation-shaped email scores high, with every factor quoted', () => {
    const text =
      'This is the THIRD time I am asking. Your team keeps breaking the SSO integration and our launch is Monday. I want to ' +
      'speak to your VP.';
    const { signals } = analyze(text);
    expect(signals!.escalationRisk).toBeGreaterThan(0.7);
    const names = signals!.factors.map((factor) => factor.factor);
    expect(names).toEqual(expect.arrayContaining(['waiting', 'blame', 'business_event', 'leadership', 'escalate_intent']));
    for (const factor of signals!.factors) for (const quote of factor.evidence) expect(text.slice(quote.start, quote.end)).toBe(quote.text);
  });

  test('legal language raises escalation risk', () => {
    const { signals } = analyze('This is a breach of our SLA and our lawyers will be in touch.');
    expect(signals!.factors.map((factor) => factor.factor)).toContain('legal');
    expect(signals!.escalationRisk).toBeGreaterThan(0.5);
  });

  test('clipped sentences in a negative message are a factor', () => {
    const { signals } = analyze('Still down. No reply. Terrible. Fix it now.');
    expect(signals!.factors.map((factor) => factor.factor)).toContain('clipped');
  });

  test('churn risk comes from competitors, renewal doubt and budget cuts', () => {
    const { signals } = analyze('With the budget cuts we are reconsidering our renewal and looking at alternatives.');
    const names = signals!.factors.filter((factor) => factor.risk === 'churn').map((factor) => factor.factor);
    expect(names).toEqual(expect.arrayContaining(['budget_cuts', 'renewal_doubt', 'competitor']));
    expect(signals!.churnRisk).toBeGreaterThan(0.6);
    expect(signals!.escalationRisk).toBeLessThan(0.3);
  });

  test("harm to the customer's own clients is business impact", () => {
    const factorsOf = (text: string) => analyze(text).signals!.factors.map((factor) => factor.factor);
    expect(factorsOf('Please, we really need help here, this is affecting all of our clients.')).toContain('business_impact');
    expect(factorsOf('The outage is impacting our customers.')).toContain('business_impact');
    expect(factorsOf("We've lost two customers this month because of missed notifications.")).toContain('business_impact');
    expect(factorsOf('The API returns 502 on every call. We have 40 customers waiting.')).toContain('business_impact');
    expect(factorsOf('Our customers are waiting for the fix.')).toContain('business_impact');
    expect(factorsOf('We waited 40 minutes.')).not.toContain('business_impact');
    expect(factorsOf('The setting is affecting all of the exports.')).not.toContain('business_impact');
  });

  test('an SLA kept is no legal threat; one breached or invoked is', () => {
    const factorsOf = (text: string) => analyze(text).signals!.factors.map((factor) => factor.factor);
    expect(factorsOf('Uptime was 99.98% last month, well within the SLA.')).not.toContain('legal');
    expect(factorsOf('You met the SLA again this month, nice.')).not.toContain('legal');
    expect(factorsOf('This is a breach of our SLA.')).toContain('legal');
    expect(factorsOf('Per our SLA we expect a response within 4 hours.')).toContain('legal');
  });

  test('doubts about renewing: a cost that cannot be justified, a renewal due soon, not wanting to leave but', () => {
    const factorsOf = (text: string) => analyze(text).signals!.factors.map((factor) => factor.factor);
    expect(factorsOf("At this point I can't justify it to my CFO.")).toContain('renewal_doubt');
    expect(factorsOf('Our contract is up next month.')).toContain('renewal_doubt');
    expect(factorsOf("I don't want to leave, but I need to see a plan.")).toContain('renewal_doubt');
    expect(factorsOf("I don't want to leave this page without saving, but the button is greyed out.")).not.toContain('renewal_doubt');
    expect(factorsOf("I can't justify the text in this editor.")).not.toContain('renewal_doubt');
    // A doubt of the product's worth; certainty of it is none.
    expect(factorsOf("Our renewal is coming up and frankly we're not sure it's worth it anymore.")).toContain('renewal_doubt');
    expect(factorsOf("I'm sure it's worth it.")).not.toContain('renewal_doubt');
  });

  test('a rollout paused or put on hold is a churn factor; a paused sync is not', () => {
    const factorsOf = (text: string) => analyze(text).signals!.factors.map((factor) => factor.factor);
    expect(factorsOf("If the SSO issue isn't resolved by Friday we'll have to pause the rollout.")).toContain('stalled_rollout');
    expect(factorsOf('We are putting our deployment on hold until this is fixed.')).toContain('stalled_rollout');
    expect(factorsOf('How do I pause the sync for one user?')).not.toContain('stalled_rollout');
    expect(factorsOf('Our leadership is now questioning whether we should stay.')).toContain('renewal_doubt');
  });

  test('exporting everything and stopping all future charges are cancellation factors', () => {
    const factorsOf = (text: string) => analyze(text).signals!.factors.map((factor) => factor.factor);
    expect(factorsOf("We're moving our support team to Zendesk next quarter, so we'll need to export everything.")).toContain(
      'cancellation',
    );
    expect(factorsOf('Please remove the card on file and stop all future charges.')).toContain('cancellation');
    expect(factorsOf('How do I export a single report?')).not.toContain('cancellation');
    expect(intentsOf("Let's set up a call to discuss expanding to the other 3 offices.")).toContain('expand');
  });

  test('a dealbreaker is a churn factor; a time it took to finish something is no wait', () => {
    const factorsOf = (text: string) => analyze(text).signals!.factors.map((factor) => factor.factor);
    expect(factorsOf('The lack of audit logs is a dealbreaker for our compliance team.')).toContain('renewal_doubt');
    expect(factorsOf('The price is not a dealbreaker.')).not.toContain('renewal_doubt');
    expect(factorsOf('I expected the migration to take weeks and your team had us live in two days.')).not.toContain('waiting');
    expect(factorsOf("We haven't heard back in two days.")).toContain('waiting');
  });

  test('an embedded question keeps its intent under the negated knowing before it', () => {
    expect(intentsOf("I don't understand why we were charged for 45 seats when we only have 30 users.")).toContain('billing_dispute');
    expect(intentsOf("I don't know how to cancel my subscription.")).toContain('churn');
    expect(intentsOf("I don't want to cancel my subscription.")).not.toContain('churn');
  });

  test('what a customer cannot afford to suffer again is no budget cut', () => {
    const factorsOf = (text: string) => analyze(text).signals!.factors.map((factor) => factor.factor);
    expect(factorsOf("We can't afford another outage like this before Black Friday.")).not.toContain('budget_cuts');
    expect(factorsOf("We can't afford the new pricing.")).toContain('budget_cuts');
  });

  test('a frozen budget is a budget cut, not a frozen screen', () => {
    const factorsOf = (text: string) => analyze(text).signals!.factors.map((factor) => factor.factor);
    expect(factorsOf('Budget has been frozen company-wide.')).toContain('budget_cuts');
    expect(intentsOf('Budget has been frozen company-wide.')).not.toContain('bug_report');
    expect(intentsOf('The app has been frozen for an hour.')).toContain('bug_report');
  });

  test('asking again and again, and being passed between agents, are escalation factors', () => {
    const factorsOf = (text: string) => analyze(text).signals!.factors.map((factor) => factor.factor);
    expect(factorsOf('I have asked for an update four times now.')).toContain('waiting');
    expect(factorsOf("I've emailed you several times about this invoice.")).toContain('waiting');
    expect(factorsOf('I already explained this to three different agents.')).toContain('runaround');
    expect(factorsOf('Third follow-up on this. Still nothing.')).toContain('waiting');
    expect(factorsOf("Any update on this? It's been a week.")).toContain('waiting');
    expect(factorsOf("It's been a great week for the team.")).toEqual([]);
    expect(factorsOf('We are three weeks into this ticket.')).toContain('waiting');
    expect(factorsOf('The nightly sync still duplicates contacts.')).toContain('waiting');
    expect(factorsOf('Our team tested it three times and it works.')).toEqual([]);
  });

  test('what only raises the stakes counts where something is wrong: a launch beside a failure, not in a question', () => {
    const factorsOf = (text: string) => analyze(text).signals!.factors.map((factor) => factor.factor);
    expect(factorsOf('Can you help with the migration plan?')).toEqual([]);
    expect(factorsOf('We have a board meeting by Friday, can you send the new report template?')).toEqual([]);
    expect(factorsOf('Our launch is Friday and the export fails with error 500.')).toContain('business_event');
    expect(factorsOf('The sync is broken and we need it by Friday.')).toContain('deadline');
    expect(factorsOf('The sync is broken and we need it before the weekend.')).toContain('deadline');
    // A remedy asked for by then is no remedy of the deadline.
    expect(factorsOf('The export is broken and we need it fixed by Friday.')).toContain('deadline');
    // Harm already done is no stake: it counts on its own.
    expect(factorsOf('Please, we really need help here, this is affecting all of our clients.')).toContain('business_impact');
  });

  test('a failure said again is waiting: "the system is down again"', () => {
    const factorsOf = (text: string) => analyze(text).signals!.factors.map((factor) => factor.factor);
    expect(factorsOf("It's embarrassing to tell our customers the system is down again.")).toContain('waiting');
    expect(factorsOf('The system is down.')).not.toContain('waiting');
  });

  test('a problem that persists and a close that depends on it are escalation factors', () => {
    const factorsOf = (text: string) => analyze(text).signals!.factors.map((factor) => factor.factor);
    expect(factorsOf('The export still times out.')).toContain('waiting');
    expect(factorsOf('This breaks our month-end close.')).toContain('business_event');
    expect(factorsOf('How do I export all our data before we leave?')).toContain('cancellation');
  });

  test('a renewal in doubt is a churn risk, not a stated intent to leave', () => {
    const doubts = [
      "We're on the fence about renewing.",
      'Our renewal is at risk.',
      'You are at risk of losing us.',
      "We're evaluating whether to keep using you.",
      'Can we get on a call this week? Leadership is questioning whether to continue.',
      'Honestly the only thing keeping us here is the Jira integration.',
      'The only reason we stay is the price.',
      'Leadership is questioning the value we get from this tool.',
      'Our CFO asked me to justify this spend before renewal.',
      "Our renewal is coming up and I'm not sure we can justify the cost.",
    ];
    for (const text of doubts) {
      const { signals, intents } = analyze(text);
      expect(signals!.factors.map((factor) => factor.factor)).toContain('renewal_doubt');
      expect(intents!.map((intent) => intent.intent)).not.toContain('churn');
    }
    expect(analyze("I'm deciding whether to keep the default settings.").signals!.churnRisk).toBe(0);
    // A doubt weighs less than a stated cancellation.
    const doubt = analyze("We're on the fence about renewing.").signals!.churnRisk;
    expect(doubt).toBeLessThan(analyze('We will cancel our subscription.').signals!.churnRisk);
  });

  test('a happy customer has no risk', () => {
    const { signals } = analyze('Thank you so much, you saved our launch! The team loves the new release.');
    expect(signals!.escalationRisk).toBe(0);
    expect(signals!.churnRisk).toBe(0);
  });

  test('a plain question has no risk', () => {
    const { signals } = analyze('How do I rotate the webhook secret?');
    expect(signals!.escalationRisk).toBe(0);
    expect(signals!.churnRisk).toBe(0);
  });

  test('a negated threat is not a risk', () => {
    expect(analyze('We are not planning to cancel, we just need the fix.').signals!.churnRisk).toBe(0);
  });
});

describe('scorer switches and custom data', () => {
  test('scorers can be turned off per analyzer and per call', () => {
    const core = createAnalyzer({ emotions: false, intents: false, signals: false }).analyze('We will cancel.');
    expect(core.emotions).toBeUndefined();
    expect(core.intents).toBeUndefined();
    expect(core.signals).toBeUndefined();
    const call = analyze('We will cancel.', { emotions: false });
    expect(call.emotions).toBeUndefined();
    expect(call.intents!.map((result) => result.intent)).toContain('churn');
  });

  test('signals read intents and emotions even when those are not returned', () => {
    const text = "I'm furious. If this isn't fixed by Friday we will cancel our subscription.";
    const signalsOnly = analyze(text, { emotions: false, intents: false, signals: true });
    expect(signalsOnly.emotions).toBeUndefined();
    expect(signalsOnly.intents).toBeUndefined();
    const factors = signalsOnly.signals!.factors.map((factor) => factor.factor);
    expect(factors).toContain('churn_intent');
    expect(factors).toContain('anger');
    expect(signalsOnly.signals).toEqual(analyze(text).signals);
  });

  test('bad scorer switches fail clearly', () => {
    expect(() => analyze('x', { emotions: 'yes' } as never)).toThrow(/"emotions" .* must be a boolean/);
    expect(() => analyze('x', { topics: true } as never)).toThrow(/unknown option "topics" of analyze\(\)/);
    expect(() => createAnalyzer({ intents: 1 } as never)).toThrow(/"intents" in options must be a boolean/);
  });

  test('users add emotions, intents and risk factors through a lexicon', () => {
    const analyzer = createAnalyzer({
      lexicons: [
        {
          name: 'acme',
          emotions: { delight: { 'pulse sync rocks': 0.9 }, frustration: { 'sync storm': 0.8 } },
          intents: { churn: ['(leave|leaving) acme'], training_request: ['(book|need|schedule) [a|an] (training|workshop)'] },
          riskFactors: { outage_word: { risk: 'escalation', weight: 0.5, patterns: ['sync storm'] } },
        },
      ],
    });
    const result = analyzer.analyze('Another sync storm. We need a workshop for the new hires or we are leaving Acme.');
    expect(result.emotions!.scores.frustration!.intensity).toBeGreaterThanOrEqual(EMOTION_PRESENCE);
    expect(result.emotions!.scores.delight!.intensity).toBe(0);
    expect(result.intents!.map((intent) => intent.intent)).toEqual(expect.arrayContaining(['churn', 'training_request']));
    expect(result.signals!.factors.map((factor) => factor.factor)).toContain('outage_word');
  });

  test('a lexicon can remove an intent and an emotion term', () => {
    const analyzer = createAnalyzer({
      lexicons: [{ name: 'quiet', intents: { how_to: null }, emotions: { confusion: { confused: null } } }],
    });
    const result = analyzer.analyze('How do I fix this? I am confused.');
    expect(result.intents!.map((intent) => intent.intent)).not.toContain('how_to');
    expect(result.emotions!.scores.confusion!.evidence.map((item) => item.text)).not.toContain('confused');
    expect(analyze('How do I fix this? I am confused.').emotions!.scores.confusion!.evidence.map((item) => item.text)).toContain(
      'confused',
    );
  });

  test('an emotion term listed at 0 claims its words: a wish is not the satisfaction of "good"', () => {
    expect(analyze('Good luck with the launch!').emotions!.scores.satisfaction!.intensity).toBe(0);
    // Nor is a greeting.
    expect(analyze('Good morning, the sync is failing again with error 429.').emotions!.scores.satisfaction!.intensity).toBe(0);
    const text = 'The sync storm is over, finally a good week.';
    const claimed = createAnalyzer({ lexicons: [{ name: 'claims', emotions: { satisfaction: { 'good week': 0 } } }] });
    expect(claimed.analyze(text).emotions!.scores.satisfaction!.evidence.map((item) => item.text)).not.toContain('good');
    expect(analyze(text).emotions!.scores.satisfaction!.evidence.map((item) => item.text)).toContain('good');
  });
});
