import { describe, expect, test } from 'vitest';
import { analyze, type SentimentLabel } from '../src/index.js';

// Support-style texts where general-purpose scorers go wrong. Each row: the text, the expected
// document label, quotes that must appear in the evidence, and quotes that must not.
interface Trap {
  text: string;
  label: SentimentLabel;
  evidence?: string[];
  notEvidence?: string[];
}

const traps: Record<string, Trap[]> = {
  'sarcastic praise over an outage': [
    { text: 'Great, now our entire production environment is down. Not happy.', label: 'negative', evidence: ['is down', 'happy'] },
    { text: 'Wonderful. Another outage this morning.', label: 'negative', evidence: ['outage'] },
    { text: 'Oh perfect, the dashboard is broken again.', label: 'negative', evidence: ['broken'] },
    { text: 'Awesome, the sync crashed again and we lost data.', label: 'negative', evidence: ['crashed', 'lost data'] },
    { text: 'Thanks for nothing.', label: 'negative', evidence: ['Thanks for nothing'] },
    { text: 'Nice of you to finally respond.', label: 'negative', evidence: ['Nice of you to finally'] },
    { text: 'Support finally replied after two weeks.', label: 'negative', evidence: ['finally replied'] },
    { text: "It's finally fixed, thank you!", label: 'positive', evidence: ['fixed'] },
    { text: 'Great job, the fix worked!', label: 'positive', evidence: ['Great'] },
    { text: 'Great, the outage is resolved and everything works perfectly now.', label: 'positive', evidence: ['works perfectly'] },
  ],
  'negated complaints and praise': [
    { text: 'The new release is not bad at all.', label: 'positive', evidence: ['bad'] },
    { text: "We haven't had any issues since the upgrade.", label: 'positive' },
    { text: 'No complaints from the team this quarter.', label: 'positive', evidence: ['No complaints'] },
    { text: 'The integration is not working.', label: 'neutral', evidence: ['not working'] },
    { text: "The export doesn't work anymore.", label: 'neutral', evidence: ["doesn't work"] },
    { text: 'Your agent was not helpful at all.', label: 'negative', evidence: ['helpful'] },
    { text: 'This is not very good.', label: 'negative', evidence: ['good'] },
    { text: 'The API is not only fast but also reliable.', label: 'positive', evidence: ['reliable'] },
    { text: 'I never received a reply.', label: 'negative', evidence: ['never received'] },
    { text: 'We can no longer log in.', label: 'negative', evidence: ['can no longer'] },
    { text: "I can't log in to the admin console.", label: 'negative', evidence: ["can't log in"] },
    { text: "I'm afraid we can't offer a refund on annual plans.", label: 'negative', evidence: ['refund'] },
    { text: 'There is no workaround yet.', label: 'negative', evidence: ['workaround'] },
    { text: 'I appreciate your help, but the issue is still not resolved.', label: 'negative', evidence: ['resolved'] },
    { text: 'The export is still not fixed.', label: 'negative', evidence: ['fixed'] },
    { text: "We've had zero downtime since switching.", label: 'positive', evidence: ['downtime'] },
    { text: 'Not a single email from your team in two weeks.', label: 'negative', evidence: ['Not a single email'] },
    { text: 'We cannot issue a refund for this order.', label: 'negative', evidence: ['refund'], notEvidence: ['issue'] },
  ],
  'technical words are not emotion': [
    { text: 'Please kill the process and restart the worker.', label: 'neutral', notEvidence: ['kill'] },
    { text: 'Delete the old .svn folders lying around in the repo.', label: 'neutral', notEvidence: ['lying'] },
    { text: 'Please ensure the optimization job runs before the export.', label: 'neutral', notEvidence: ['ensure', 'optimization'] },
    { text: 'If this solved it, please accept the answer.', label: 'neutral', notEvidence: ['accept'] },
    { text: 'It is desirable that the export keeps the column order.', label: 'neutral', notEvidence: ['desirable'] },
    { text: 'Can I export the report to Excel?', label: 'neutral', notEvidence: ['Excel'] },
    { text: 'The Excel export is missing columns.', label: 'neutral', notEvidence: ['Excel'] },
    { text: 'Your team continues to excel at support.', label: 'positive', evidence: ['excel'] },
    { text: 'Their onboarding support is unsurpassed.', label: 'positive', evidence: ['unsurpassed'] },
    { text: 'Unbeatable value for a team our size.', label: 'positive', evidence: ['Unbeatable'] },
    { text: 'Run kill -9 on the stuck pid, then abort the job.', label: 'negative', evidence: ['stuck'], notEvidence: ['kill', 'abort'] },
    { text: 'Priority: Critical\nCould you look at ticket 4411 when you get a chance?', label: 'neutral', notEvidence: ['Critical'] },
    { text: 'Severity critical, component billing-export.', label: 'neutral', notEvidence: ['critical'] },
    { text: 'We push to the master branch and execute the migration script.', label: 'neutral' },
    { text: 'The import throws an exception on line 42.', label: 'neutral', notEvidence: ['exception'] },
    { text: 'The crash is in LogWorker::svc() when the queue is empty.', label: 'neutral', evidence: ['crash'], notEvidence: [':s'] },
    { text: 'Set my_var=true and restart the worker.', label: 'neutral', notEvidence: ['true'] },
    // A boolean is a value, not agreement ("so true!"), and an issue in a tracker is a ticket, not a problem.
    { text: 'Set enabled to true and restart the worker.', label: 'neutral', notEvidence: ['true'] },
    { text: 'The flag is true by default and the method returns true.', label: 'neutral', notEvidence: ['true'] },
    { text: 'So true!', label: 'positive', evidence: ['true'] },
    { text: 'You may close this issue.', label: 'neutral', notEvidence: ['issue'] },
    { text: 'I filed an issue on GitHub, see issue 4411.', label: 'neutral', notEvidence: ['issue'] },
    { text: 'Same issue here since the update.', label: 'neutral', evidence: ['issue'] },
    { text: 'Call obj->kill() before the worker exits.', label: 'neutral', notEvidence: ['kill'] },
    { text: 'In general, this is a _terrible_ idea.', label: 'negative', evidence: ['terrible'] },
    {
      text: 'Steps:\n```\n$ cxctl sync --force\nFATAL: connection refused\n```\nThat is all I see.',
      label: 'neutral',
      notEvidence: ['FATAL'],
    },
    {
      text:
        'Here is the log:\n2024-03-01 10:22:13 ERROR Failed to connect: timeout\n2024-03-01 10:22:14 FATAL worker ' +
        'killed\nCan you take a look?',
      label: 'neutral',
      notEvidence: ['Failed', 'killed'],
    },
    {
      text:
        'Traceback (most recent call last):\n  File "app.py", line 3, in <module>\n    main()\nValueError: bad value\nAny ' +
        'idea what this means?',
      label: 'neutral',
      notEvidence: ['bad'],
    },
    {
      text:
        'at com.acme.Sync.run(Sync.java:42)\nat java.lang.Thread.run(Thread.java:748)\nThe nightly job keeps crashing and ' +
        'it is blocking us.',
      label: 'negative',
      evidence: ['keeps crashing', 'blocking us'],
    },
    { text: 'We see a cache hit on every request.', label: 'neutral', notEvidence: ['hit'] },
    { text: 'We get error 500 on the upload endpoint.', label: 'neutral', notEvidence: ['error'] },
  ],
  'quoted replies and signatures': [
    {
      text:
        'Still broken, I am afraid.\n\nOn Tue, Mar 5, 2024 at 9:12 AM Acme Support <help@acme.io> wrote:\n> Great news, the ' +
        'fix is live! We are thrilled to help.',
      label: 'negative',
      evidence: ['Still broken'],
      notEvidence: ['Great', 'thrilled'],
    },
    { text: 'Works now.\n\n> Awesome, glad it is fixed!\n> Best, Support', label: 'neutral', notEvidence: ['Awesome', 'glad'] },
    {
      text:
        'The invoice is wrong again.\n\n-----Original Message-----\nFrom: Billing\nSent: Monday\nWe love our customers and ' +
        'are happy to help.',
      label: 'negative',
      notEvidence: ['love', 'happy'],
    },
    {
      text: 'Our SSO login is failing for every user.\n\nThanks,\nDana Smith\nHead of IT, Example Corp\n+1 555 0100',
      label: 'neutral',
      notEvidence: ['Thanks'],
    },
    { text: 'The report is wrong.\n\nKind regards,\nSam', label: 'neutral', notEvidence: ['regards'] },
    { text: 'Can you reset my password?\n\nSent from my iPhone', label: 'neutral' },
    {
      text:
        'Export fixed, thank you!\n\nCONFIDENTIALITY NOTICE: This email is confidential. If you are not the intended ' +
        'recipient, unfortunately you must delete it.',
      label: 'positive',
      notEvidence: ['unfortunately'],
    },
    { text: 'Thanks in advance for looking into this.', label: 'neutral', notEvidence: ['Thanks in advance'] },
    { text: 'Hope you are well. Could you send the Q3 invoice?', label: 'neutral' },
    { text: 'Gentle reminder: could you send the Q3 invoice?', label: 'neutral', notEvidence: ['Gentle'] },
    { text: 'Sorry to bother you, where do I find the API key?', label: 'neutral', notEvidence: ['Sorry', 'bother'] },
    { text: 'I hate to be that guy, but is there an ETA?', label: 'neutral', notEvidence: ['hate'] },
    { text: 'No rush, whenever you get a chance.', label: 'neutral', notEvidence: ['No'] },
    { text: 'Quick follow-up on ticket #48213.', label: 'neutral', notEvidence: ['Quick'] },
    {
      text: "Thanks for reaching out, and sorry for the trouble! I've passed this on.",
      label: 'positive',
      notEvidence: ['trouble', 'reaching'],
    },
    { text: 'Thanks!', label: 'positive', evidence: ['Thanks'] },
  ],
  'polite but angry escalations': [
    { text: 'This bug is costing us customers.', label: 'negative', evidence: ['costing us'] },
    { text: 'The Salesforce integration keeps dropping records.', label: 'negative', evidence: ['dropping records'] },
    { text: 'It has been a week and nobody has replied.', label: 'negative', evidence: ['nobody has replied'] },
    {
      text:
        'Hi team,\n\nThis is the third time this month that the API has gone down during business hours. Our customers are ' +
        'affected and we are losing revenue. This is unacceptable. Please escalate to your engineering lead.\n\nThanks,\nMaria',
      label: 'negative',
      evidence: ['third time', 'losing revenue', 'unacceptable'],
    },
    {
      text: 'I appreciate your help so far, but we are still waiting for a fix after two weeks.',
      label: 'negative',
      evidence: ['still waiting'],
    },
    { text: 'With all due respect, this outage is a breach of our SLA.', label: 'negative', evidence: ['outage'] },
    { text: 'Any update on this? It has been 5 days.', label: 'negative', evidence: ['Any update'] },
    { text: 'We have been waiting for a response since Monday. Kindly escalate.', label: 'negative', evidence: ['been waiting'] },
    {
      text: 'Thank you for the quick reply. Unfortunately the workaround did not help and the sync is still broken.',
      label: 'negative',
      evidence: ['still broken'],
    },
    { text: 'Your billing team charged us twice this month.', label: 'negative', evidence: ['charged us twice'] },
    { text: 'We were double charged and nobody has answered our emails.', label: 'negative', evidence: ['double charged'] },
  ],
  'genuine praise and resolution': [
    {
      text: 'Jenny went above and beyond to get our SSO working. Kudos to the team!',
      label: 'positive',
      evidence: ['above and beyond', 'Kudos'],
    },
    { text: 'Issue resolved quickly, thank you so much!', label: 'positive', evidence: ['resolved quickly'] },
    { text: 'The new dashboard works like a charm.', label: 'positive', evidence: ['works like a charm'] },
    { text: 'Bulk export is the killer feature for us.', label: 'positive', evidence: ['killer feature'] },
    { text: 'Setup was a breeze and Jenny is a rockstar.', label: 'positive', evidence: ['a breeze', 'rockstar'] },
    { text: 'Support had the fix deployed in no time.', label: 'positive', evidence: ['in no time'] },
    { text: 'Exports now run with no lag.', label: 'positive', evidence: ['no lag'] },
    { text: 'At $20 a seat the Pro plan is a steal.', label: 'positive', evidence: ['a steal'] },
    { text: 'You saved our launch, you are a lifesaver.', label: 'positive', evidence: ['lifesaver'] },
    { text: 'Onboarding was seamless and the docs are excellent.', label: 'positive', evidence: ['seamless', 'excellent'] },
    {
      text: 'Everything is back up and running. Much appreciated!',
      label: 'positive',
      evidence: ['back up and running', 'Much appreciated'],
    },
    { text: 'Couldn’t be happier with the support we got. 🎉', label: 'positive' },
    { text: "I can't recommend your onboarding team enough.", label: 'positive', evidence: ['recommend'] },
    { text: 'I never expected such great support from a vendor.', label: 'positive', evidence: ['great'] },
    { text: "Honestly, I don't think the new reporting is reliable.", label: 'negative', evidence: ['reliable'] },
    { text: 'We got the SSO add-on at no extra charge.', label: 'positive', evidence: ['no extra charge'] },
    { text: "We can't wait to roll the new dashboard out to every region.", label: 'positive', evidence: ["can't wait to"] },
    { text: 'Looking forward to the new release!', label: 'positive', evidence: ['Looking forward to'] },
    { text: 'The new dashboard was a big hit with the team.', label: 'positive', evidence: ['big hit'] },
    { text: 'Since the migration the numbers speak for themselves.', label: 'positive', evidence: ['speak for themselves'] },
    { text: 'I look forward to hearing from you.', label: 'neutral' },
    { text: "I can't stress enough how helpful Jenny was.", label: 'positive', evidence: ['helpful'], notEvidence: ['stress'] },
  ],
  'contrast, questions and conditionals': [
    { text: 'I love the product but your support is terrible.', label: 'negative', evidence: ['love', 'terrible'] },
    { text: 'The setup was painful, but the result is great.', label: 'positive', evidence: ['great'] },
    { text: 'Although the UI is slow, the reports are excellent.', label: 'positive', evidence: ['excellent'] },
    { text: 'Is the integration working now?', label: 'neutral' },
    { text: 'If the export worked, I would be thrilled.', label: 'neutral' },
    { text: 'Why is the dashboard still broken?', label: 'negative', evidence: ['still broken'] },
    { text: 'Could you tell me if this is a known bug?', label: 'neutral' },
  ],
  'requests and wishes are not praise': [
    { text: "I'd like to cancel my subscription.", label: 'negative', notEvidence: ['like'] },
    { text: 'I would like to add ten more seats.', label: 'neutral', notEvidence: ['like'] },
    { text: 'We would love to get an update on this.', label: 'neutral', notEvidence: ['love'] },
    { text: 'I wish the export supported CSV.', label: 'negative', evidence: ['wish'] },
    { text: 'Wish you a great week, Sam.', label: 'positive', notEvidence: ['Wish'] },
    { text: 'We need a reliable export before the audit.', label: 'neutral' },
    { text: 'You had better check the logs first.', label: 'neutral', notEvidence: ['better'] },
  ],
  'comparisons that praise or blame': [
    { text: "Honestly, we've had better support from a chatbot.", label: 'negative', evidence: ["'ve had better"] },
    { text: 'I cannot imagine a more responsive team.', label: 'positive', evidence: ['responsive'] },
    { text: 'Nothing better than a release that just works.', label: 'positive', evidence: ['better'] },
    { text: 'The new pricing is no better than the old one.', label: 'negative', evidence: ['better'] },
    { text: 'Prices are lower than last year and the plan is flexible.', label: 'positive', evidence: ['lower'] },
  ],
  'misspelled sentiment words': [
    { text: 'The onboarding was terible and the docs are dissapointing.', label: 'negative', evidence: ['terible'] },
    { text: 'Your team was increadibly helpful, the rollout was magnificant.', label: 'positive', evidence: ['magnificant'] },
  ],
  malfunctions: [
    { text: 'The SSO login loops forever after the latest update.', label: 'negative', evidence: ['loops forever'] },
    { text: 'Support closed my ticket without a fix.', label: 'negative', evidence: ['without a fix'] },
    { text: 'Your agent hung up on me twice.', label: 'negative', evidence: ['hung up on'] },
    { text: 'The renewal quote is 40% higher than last year.', label: 'negative', evidence: ['quote is 40% higher'] },
    { text: 'Your mobile app logs me out every five minutes.', label: 'negative', evidence: ['logs me out'] },
    { text: 'The integration is a black box, we have no visibility into errors.', label: 'negative', evidence: ['no visibility'] },
    { text: 'The search returns irrelevant results.', label: 'negative', evidence: ['irrelevant'] },
    {
      text: "We've been a loyal customer for 6 years and this is how you treat us?",
      label: 'negative',
      evidence: ['this is how you treat'],
      notEvidence: ['loyal'],
    },
    { text: 'Not a single update in two weeks.', label: 'negative', evidence: ['Not a single update'] },
    {
      text: 'Reports take ages to generate and the connector duplicates every contact.',
      label: 'negative',
      evidence: ['take ages', 'duplicates every'],
    },
    {
      text: 'Your team dropped the ball on this one; the UI feels dated too.',
      label: 'negative',
      evidence: ['dropped the ball', 'feels dated'],
    },
    { text: 'I have been trying to reach someone for a week.', label: 'negative', evidence: ['trying to reach'] },
    { text: 'Got an automated reply and nothing since.', label: 'negative', evidence: ['nothing since'] },
    { text: "The docs are outdated and the examples don't compile.", label: 'negative', evidence: ['outdated', "n't compile"] },
    { text: 'The sync works, but barely.', label: 'negative', evidence: ['but barely'] },
    { text: 'They changed our plan without notice.', label: 'negative', evidence: ['without notice'] },
    { text: 'Our invoices are late again.', label: 'negative', evidence: ['are late'] },
    { text: 'The mobile app drains the battery in two hours.', label: 'negative', evidence: ['drains the battery'] },
    { text: 'Data export silently drops rows over 10k.', label: 'negative', evidence: ['drops rows'] },
    { text: 'The laptop we got from you quit working after a week.', label: 'negative', evidence: ['quit working'] },
    { text: "The card reader keeps acting up and won't recognize badges.", label: 'negative', evidence: ['acting up', "n't recognize"] },
    {
      text: 'After the update the kiosk will not boot and the screen goes black.',
      label: 'negative',
      evidence: ['not boot', 'goes black'],
    },
    { text: 'The app hangs on the login page.', label: 'neutral', evidence: ['hangs'] },
    { text: 'Units overheat in the afternoon.', label: 'negative', evidence: ['overheat'] },
    { text: 'Certain users see the banner twice.', label: 'neutral', notEvidence: ['Certain'] },
  ],
  'met and exceeded expectations': [
    { text: 'The new plan far exceeded our expectations.', label: 'positive', evidence: ['exceeded our expectations'] },
    { text: 'Honestly, the reporting module does not meet our needs.', label: 'negative', evidence: ['meet our needs'] },
    { text: 'The audit log is a plus.', label: 'positive', evidence: ['a plus'] },
    { text: 'Another plus is the audit log.', label: 'positive', evidence: ['Another plus'] },
  ],
  'unmet wishes and remedies that failed': [
    { text: 'The reporting could be better.', label: 'negative', evidence: ['better'] },
    { text: 'Your support could not be better.', label: 'positive' },
    { text: 'The new reporting is decent at best.', label: 'negative', evidence: ['at best'] },
    { text: 'The desktop app would hang during the import.', label: 'neutral', evidence: ['would hang'] },
    { text: 'Hang on, I am checking with the team.', label: 'neutral', notEvidence: ['Hang'] },
    { text: "The patch didn't fix the issue.", label: 'negative', evidence: ['issue'] },
    { text: "Restarting the connector didn't help.", label: 'negative', evidence: ["didn't help"] },
    { text: 'We will definitely cancel if this is not fixed.', label: 'negative', notEvidence: ['definitely'] },
    { text: 'Support took 5 days to reply.', label: 'negative', evidence: ['took 5 days'] },
    { text: 'When will this be fixed?', label: 'neutral', notEvidence: ['fixed'] },
    { text: 'The sync should be fixed by Friday.', label: 'neutral', notEvidence: ['fixed'] },
    { text: 'The export has been fixed, thanks!', label: 'positive', evidence: ['fixed'] },
    { text: 'We had to send the scanner back twice.', label: 'negative', evidence: ['had to send'] },
    { text: 'We waited three weeks for a fix.', label: 'negative', evidence: ['waited three weeks'] },
    { text: 'It took over 3 days to get a reply.', label: 'negative', evidence: ['took over 3 days'] },
    { text: 'We waited 40 minutes on the support line.', label: 'negative', evidence: ['waited 40 minutes'] },
    { text: 'The rollout only took 2 days.', label: 'neutral' },
    { text: 'Please wait a day and retry the sync.', label: 'neutral' },
    { text: 'They increased our price by 30% at renewal.', label: 'negative', evidence: ['increased our price'] },
    { text: 'Another price increase, and nothing new in the product.', label: 'negative', evidence: ['price increase'] },
    { text: 'The renewal price was higher than quoted.', label: 'negative', evidence: ['price was higher'] },
    { text: 'Prices are higher than last year for the same seats.', label: 'negative', evidence: ['Prices are higher'] },
    { text: 'Good luck getting anyone on the phone after 5pm.', label: 'negative', evidence: ['Good luck getting'] },
    { text: 'Not too crazy about the new billing page.', label: 'negative', evidence: ['crazy about'] },
    { text: 'The sync rarely works.', label: 'negative', evidence: ['works'] },
  ],
  'intensifiers scale and score nothing themselves': [
    { text: 'Honestly the new editor is a huge step backwards.', label: 'negative', evidence: ['step backwards'], notEvidence: ['huge'] },
    { text: 'This is a huge problem for our finance team.', label: 'negative', evidence: ['problem'], notEvidence: ['huge'] },
    { text: 'Your team was a huge help during the migration.', label: 'positive', evidence: ['huge help'] },
    { text: 'The agent was incredibly rude.', label: 'negative', evidence: ['rude'], notEvidence: ['incredibly'] },
    { text: 'The admin console is incredibly slow.', label: 'negative', notEvidence: ['incredibly'] },
    { text: 'The new search is ridiculously fast.', label: 'positive', evidence: ['fast'], notEvidence: ['ridiculously'] },
    { text: 'The renewal quote was ridiculously high.', label: 'negative', evidence: ['ridiculously'] },
    {
      text: 'Your team was outrageously helpful during the migration.',
      label: 'positive',
      evidence: ['helpful'],
      notEvidence: ['outrageously'],
    },
  ],
  '"well" as praise of how something works, not as filler': [
    { text: 'The import works really well.', label: 'positive', evidence: ['well'] },
    { text: 'The new editor is well designed.', label: 'positive', evidence: ['well'] },
    { text: 'Well, the export failed again.', label: 'negative', notEvidence: ['Well'] },
    { text: 'The export failed as well.', label: 'neutral', notEvidence: ['well'] },
    { text: 'The new connector played well with our Salesforce setup.', label: 'positive', evidence: ['well'] },
    { text: 'The sync ran well over the limit again.', label: 'neutral', notEvidence: ['well'] },
    { text: "The sync doesn't work well.", label: 'negative', evidence: ["doesn't work well"] },
  ],
  'support vocabulary that is not sentiment': [
    { text: 'Can you share your screen and the credit card number on file?', label: 'neutral', notEvidence: ['share', 'credit', 'number'] },
    { text: 'The fix is ready for testing, as agreed.', label: 'neutral', notEvidence: ['ready', 'agreed'] },
    { text: 'Please attach the logs from the hard drive.', label: 'neutral', notEvidence: ['hard'] },
    { text: 'Our main concern is the renewal date.', label: 'negative', evidence: ['concern'] },
    {
      text: 'This is important: the third party connector allows two accounts.',
      label: 'neutral',
      notEvidence: ['important', 'party', 'allows'],
    },
    { text: 'The new workflow saves us hours every week.', label: 'positive', evidence: ['saves us'] },
    { text: "I can't save my report.", label: 'neutral', evidence: ["n't save"] },
    { text: 'Passwords with special characters are rejected.', label: 'negative', evidence: ['rejected'], notEvidence: ['special'] },
    { text: 'The fan on the card reader is loud.', label: 'negative', evidence: ['loud'], notEvidence: ['fan'] },
    { text: 'We are a huge fan of the new editor.', label: 'positive', evidence: ['huge fan'] },
    { text: 'Drag and drop does not work in the drop-down menu.', label: 'negative', notEvidence: ['Drag', 'drop-down'] },
    {
      text: 'The export button at the top of the page has moved; finding it is a top priority for us.',
      label: 'neutral',
      notEvidence: ['top'],
    },
    { text: 'On top of that, the sync failed again.', label: 'negative', evidence: ['failed'], notEvidence: ['top'] },
    { text: 'Their support team is top of the line.', label: 'positive', evidence: ['top of the line'] },
    { text: 'The admin page is non-responsive since the update.', label: 'negative', evidence: ['non-responsive'] },
    { text: 'No need to restart the server after the upgrade.', label: 'neutral', notEvidence: ['No'] },
    { text: 'The API key is hard-coded in the config file.', label: 'neutral', notEvidence: ['hard'] },
    { text: 'Thank you for your patience while we look into this.', label: 'neutral' },
    { text: 'The invoice is dated March 5.', label: 'neutral' },
    { text: 'We are worried about the security audit next week.', label: 'negative', evidence: ['worried'], notEvidence: ['security'] },
    {
      text: 'Our customer success manager sent the service agreement and the alert settings.',
      label: 'neutral',
      notEvidence: ['success', 'agreement', 'alert'],
    },
    {
      text: 'Please add the PO number to the invoice; FYI our NFC readers run the LTS release on XP.',
      label: 'neutral',
      notEvidence: ['PO', 'FYI', 'NFC', 'LTS', 'XP'],
    },
    { text: 'The migration was time-consuming and error-prone.', label: 'negative', evidence: ['time-consuming', 'error-prone'] },
    { text: 'Uptime has been rock-solid and the platform is cutting-edge.', label: 'positive', evidence: ['rock-solid', 'cutting-edge'] },
  ],
  'excess: "too" before a neutral or mildly positive word': [
    { text: 'The nightly export takes too long.', label: 'negative', evidence: ['too long'] },
    { text: 'The session expires too quickly.', label: 'negative', evidence: ['too quickly'] },
    { text: 'Honestly the rollout was too good to be true.', label: 'positive', evidence: ['good'] },
    { text: 'The new chart colours are far too bright.', label: 'negative', evidence: ['too bright'] },
    { text: "You're too kind, thanks for the quick fix!", label: 'positive', notEvidence: ['too kind'] },
    { text: 'Too many clicks to add a user.', label: 'negative', evidence: ['Too many'] },
    { text: 'The font on invoices is not too small.', label: 'positive', evidence: ['too small'] },
    { text: 'The new report is great too.', label: 'positive', evidence: ['great'], notEvidence: ['too'] },
    { text: 'Me too.', label: 'neutral' },
  ],
  'emphasis, emoji and multi-sentence tickets': [
    { text: 'The app is DOWN again!!!', label: 'negative', evidence: ['DOWN'] },
    { text: 'THE APP IS SLOW TODAY.', label: 'neutral', evidence: ['SLOW'] },
    { text: 'Login works again 👍', label: 'positive', evidence: ['👍'] },
    { text: 'Another outage 😡', label: 'negative', evidence: ['outage', '😡'] },
    { text: 'Sync is flaky :(', label: 'negative', evidence: ['flaky'] },
    {
      text:
        'Hi Sam. Hope you had a great weekend. Our production environment has been down since 6am and every customer is ' +
        'affected. Please call me.',
      label: 'negative',
      evidence: ['been down'],
    },
    { text: 'Release went out. Ticket #1432 is closed. See https://status.example.com/incidents/187.', label: 'neutral' },
    { text: 'Please issue the invoice for March.', label: 'neutral', notEvidence: ['issue'] },
    { text: 'The webhook fires twice for every event.', label: 'neutral', notEvidence: ['fires'] },
    { text: 'The ticket has been escalated to our engineering team.', label: 'neutral', notEvidence: ['escalated'] },
    { text: 'Please disregard my previous email.', label: 'neutral', notEvidence: ['disregard'] },
    { text: 'Steps to reproduce: open settings, click save, observe the error.', label: 'neutral', notEvidence: ['save'] },
    { text: 'We issued a credit note last week.', label: 'neutral', notEvidence: ['issued'] },
    { text: 'My only issue is the battery life.', label: 'negative', evidence: ['issue'] },
    { text: 'The API returns a 500 error intermittently.', label: 'neutral', evidence: ['intermittently'] },
    { text: 'You guys rock!', label: 'positive', evidence: ['You guys rock'] },
    { text: 'Please cancel our subscription effective immediately.', label: 'negative', notEvidence: ['effective'] },
    { text: 'Quick question about the API rate limits.', label: 'neutral', notEvidence: ['Quick'] },
    { text: "Can't wait for the new dashboard!", label: 'positive', evidence: ["Can't wait"] },
    { text: "We can't wait any longer for a fix.", label: 'negative', evidence: ["can't wait any longer"] },
    { text: "We've decided not to renew.", label: 'negative', evidence: ['not to renew'] },
    { text: 'Thanks, that workaround did the trick.', label: 'positive', evidence: ['did the trick'] },
    { text: "Unfortunately the workaround didn't do the trick.", label: 'negative', evidence: ['do the trick'] },
    { text: 'We noticed an unauthorized charge on our card.', label: 'negative', evidence: ['unauthorized charge'] },
    { text: "There is a charge on our invoice that we didn't authorize.", label: 'negative', evidence: ["we didn't authorize"] },
    { text: 'The API returns 401 Unauthorized for every call.', label: 'neutral', notEvidence: ['Unauthorized'] },
    { text: 'Your account manager never returns my calls.', label: 'negative', evidence: ['never returns my calls'] },
    { text: 'We have scheduled maintenance on Saturday from 2am to 4am UTC.', label: 'neutral', notEvidence: ['scheduled maintenance'] },
    { text: 'Great, another scheduled maintenance.', label: 'negative', evidence: ['another scheduled maintenance'] },
    { text: 'It is what it is, just let me know when it is fixed.', label: 'neutral' },
    { text: 'I cannot believe how easy the migration was.', label: 'positive', evidence: ['easy'] },
    { text: "I can't tell you how frustrated we are with the outages.", label: 'negative' },
  ],
  'status words and product names are not praise': [
    { text: 'The invoice charged us for 45 seats but we only have 30 active users.', label: 'neutral', notEvidence: ['active'] },
    { text: 'Active Directory sync fails for nested groups.', label: 'neutral', notEvidence: ['Active'] },
    { text: 'We were promised a dedicated account manager and never got one.', label: 'negative', notEvidence: ['dedicated'] },
    { text: "We'll be moving to another provider at renewal.", label: 'neutral', notEvidence: ['moving'] },
    { text: 'Thanks for the dedicated effort, the team was amazing.', label: 'positive', evidence: ['dedicated'] },
  ],
  'idioms of reviews': [
    { text: 'Integration with HubSpot is hit or miss.', label: 'negative', evidence: ['hit or miss'] },
    { text: "We switched from Zendesk and haven't looked back.", label: 'positive', evidence: ['looked back'] },
    { text: 'Our customer success manager checks in regularly and actually listens.', label: 'positive', evidence: ['actually listens'] },
  ],
  'being ignored, said briefly': [
    { text: 'Zero response after 4 days. Is anyone there?', label: 'negative', evidence: ['Zero response'] },
    { text: 'Third follow-up on this. Still nothing.', label: 'negative', evidence: ['Still nothing'] },
    { text: "Response was fast but didn't actually answer my question.", label: 'negative', evidence: ['actually answer'] },
    { text: "Can't believe how long this is taking.", label: 'negative', evidence: ['how long this is taking'] },
    { text: "We've had nothing but problems since switching to your platform.", label: 'negative', evidence: ['nothing but problems'] },
    { text: 'It would be nice if someone actually read my ticket.', label: 'negative', evidence: ['nice if someone actually'] },
    { text: 'The bot keeps sending me in circles.', label: 'negative', evidence: ['in circles'] },
    { text: "I'm sorry for the confusion, the docs were out of date.", label: 'negative', notEvidence: ['confusion'] },
  ],
  wishes: [
    { text: 'Good luck with the launch tomorrow!', label: 'positive', evidence: ['Good luck'] },
    { text: 'Moving everything to a spreadsheet? Good luck with that.', label: 'negative', evidence: ['Good luck with that'] },
    { text: 'Good luck getting anyone on the phone after 5pm.', label: 'negative', evidence: ['Good luck getting'] },
  ],
  'feeling words the base lexicon lacks': [
    { text: 'Enough is enough: the sync has failed every night this week.', label: 'negative', evidence: ['Enough is enough'] },
    { text: 'We are at our wits end with this integration.', label: 'negative', evidence: ['at our wits end'] },
    { text: 'Your onboarding docs are rubbish.', label: 'negative', evidence: ['rubbish'] },
    { text: 'The service has gone downhill since the acquisition.', label: 'negative', evidence: ['gone downhill'] },
  ],
};

for (const [category, cases] of Object.entries(traps)) {
  describe(category, () => {
    test.each(cases)('$text', ({ text, label, evidence = [], notEvidence = [] }) => {
      const result = analyze(text);
      const quotes = result.evidence.map((item) => item.text);
      expect(result.sentiment.label, JSON.stringify(result.evidence)).toBe(label);
      for (const quote of evidence) expect(quotes.some((q) => q.includes(quote) || quote.includes(q))).toBe(true);
      for (const quote of notEvidence) expect(quotes.some((q) => q.toLowerCase().includes(quote.toLowerCase()))).toBe(false);
      for (const item of result.evidence) expect(text.slice(item.start, item.end)).toBe(item.text);
    });
  });
}

test('the suite holds at least 60 cases', () => {
  expect(Object.values(traps).flat().length).toBeGreaterThanOrEqual(60);
});
