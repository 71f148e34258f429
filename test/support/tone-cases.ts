// Tone versus problem (issue 18): the same problem written calmly and written by an upset customer. A calm report is
// neutral and still reports its problem; an upset one is negative. Shared by test/tone.test.ts and benchmarks/eval.ts.

/** One problem, told twice. */
export interface TonePair {
  calm: string;
  upset: string;
}

export const tonePairs: readonly TonePair[] = [
  {
    calm: 'The CSV export fails with error 500 when the report has more than 10k rows.',
    upset: 'The CSV export fails AGAIN with error 500, this is completely unacceptable!',
  },
  {
    calm: 'SSO login returns an invalid_grant error since the 2.3 update.',
    upset: 'Your SSO login has been broken for two weeks and nobody seems to care.',
  },
  {
    calm: 'The webhook to our Slack integration is not working after we rotated the token.',
    upset: 'The Slack integration is still not working and I am sick of chasing you about it.',
  },
  {
    calm: 'The dashboard is slow to load for accounts with many projects.',
    upset: 'The dashboard is ridiculously slow, it is driving my whole team crazy.',
  },
  {
    calm: 'Version 4.2 of the Android app crashes on startup on Pixel devices.',
    upset: 'The Android app crashes constantly, what a terrible release.',
  },
  {
    calm: 'The invoice PDF shows the wrong VAT number for our EU entity.',
    upset: 'Wrong VAT number on the invoice, again. Seriously, how hard can this be?',
  },
  {
    calm: 'Scheduled reports are missing the last day of the month.',
    upset: 'Scheduled reports keep missing data and frankly we are fed up.',
  },
  {
    calm: 'The API returns a 429 status for requests well under the documented rate limit.',
    upset: 'Your API keeps throwing 429s for no reason and it is killing our launch.',
  },
  {
    calm: 'Uploading a file larger than 2 GB fails with a timeout.',
    upset: 'Uploads fail every single time, this is a disaster for us.',
  },
  {
    calm: 'The search field does not find tickets by their external ID.',
    upset: 'Search is useless, it cannot even find a ticket by its ID. Pathetic.',
  },
  {
    calm: 'The mobile app logs users out after the update to version 3.1.',
    upset: 'Your stupid app logs me out every ten minutes and I am losing my mind.',
  },
  {
    calm: 'The sync between Salesforce and the CRM module stopped working on Monday.',
    upset: 'The Salesforce sync stopped working and we are losing deals because of it. Fix it now!',
  },
  {
    calm: 'The permissions page shows an error when a role has no members.',
    upset: 'The permissions page is a mess and throws errors constantly, awful.',
  },
  {
    calm: 'Exported dates are in UTC instead of the account time zone.',
    upset: 'The exported dates are wrong again, this is infuriating.',
  },
  {
    calm: 'The build fails on the deploy step with exit code 137.',
    upset: 'Builds are failing left and right and your support is nowhere to be found.',
  },
  {
    calm: 'The password reset email is not delivered to addresses on our domain.',
    upset: 'Still no password reset email after three attempts, I am extremely frustrated.',
  },
  {
    calm: 'The chart widget renders blank in Safari 17.',
    upset: 'The charts are completely broken in Safari and nobody has bothered to fix them.',
  },
  {
    calm: 'Bulk edit fails for more than 500 records with a validation error.',
    upset: 'Bulk edit is broken and I have wasted my entire afternoon on it. Terrible.',
  },
  {
    calm: 'The audit log is missing entries for deleted users.',
    upset: 'The audit log is missing entries, which is a serious compliance problem and honestly scary.',
  },
  {
    calm: 'Calendar sync duplicates recurring events after an edit.',
    upset: 'Calendar sync is duplicating everything, what a joke.',
  },
  {
    calm: 'The CLI prints a deprecation warning for the --token flag.',
    upset: 'Your CLI spams deprecation warnings and it is really annoying.',
  },
  {
    calm: 'Image thumbnails are not generated for HEIC files.',
    upset: 'Thumbnails are broken for half our files, very disappointing.',
  },
  {
    calm: 'The billing page shows an incorrect seat count after we removed two users.',
    upset: 'You charged us for seats we removed, and the billing page is wrong. Ridiculous.',
  },
  {
    calm: 'The import wizard rejects files encoded in UTF-16.',
    upset: 'The import wizard is a nightmare and keeps rejecting our files.',
  },
  {
    calm: 'The notification settings do not save when the form has an empty field.',
    upset: 'I have tried five times and the notification settings still do not save. So frustrating.',
  },
  {
    calm: 'The SAML metadata endpoint returns a 404 on the EU region.',
    upset: 'SAML is down on the EU region and our whole company is locked out. This is urgent!',
  },
  {
    calm: 'Report filters are lost when the page is refreshed.',
    upset: 'Losing my report filters on every refresh is maddening.',
  },
  {
    calm: 'The Zapier trigger does not fire for tickets created by email.',
    upset: 'The Zapier trigger is broken and I am disappointed that nobody told us.',
  },
  {
    calm: 'The PDF export cuts off the last column of wide tables.',
    upset: 'The PDF export is garbage, it cuts off half the table.',
  },
  {
    calm: 'The on-premise agent loses its connection after about 24 hours.',
    upset: 'Your agent drops its connection every day and I am tired of restarting it.',
  },
];

/** Pasted code, logs, stack traces, templates and checklists: no feeling, whatever words they hold. */
export const pastedNeutral: readonly string[] = [
  'Here is the output:\n\n```\nERROR: fatal: could not read from remote repository\nkill -9 12345\n```',
  'Steps to reproduce:\n1. Open the export page\n2. Click "Export"\n3. The request fails',
  '- [x] I have searched existing issues\n- [x] I have read the documentation\n- [ ] I have added tests',
  'Stack trace:\n    at Object.parse (native)\n    at handleError (/app/lib/errors.js:42:11)\n    at process._tickCallback (node.js:415:13)',
  'The job runs `cleanup_failed_tasks()` every hour and `kill_stale_workers()` at midnight.',
  'Set `abort_on_error: true` in config.yml and restart the worker.',
  '## Expected behavior\nThe export completes.\n\n## Actual behavior\nThe export fails.',
  'Log excerpt: 2026-11-02T10:14:03Z WARN retry attempt 3 failed; 2026-11-02T10:14:09Z ERROR giving up',
  'We call `client.reject(promise)` and then `logger.fatal(err)` in the handler.',
  'Priority: Critical\nSeverity: Sev1\nComponent: Export\nVersion: 4.2.0',
];
