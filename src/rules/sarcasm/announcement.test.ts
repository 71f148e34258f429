import { describe, expect, test } from 'vitest';
import { analyzerWith, evidenceFor } from '../../../test/helpers.js';
import { announcement } from './announcement.js';
import { createSarcasmRule } from './index.js';

const analyzer = analyzerWith([createSarcasmRule({ cues: [announcement] })]);
const praise = (text: string, quote: string) => evidenceFor(analyzer.analyze(text).evidence, quote);

describe('announcement cue', () => {
  test.each([
    ['What a great way to start the week: the billing portal is down again.', 'great'],
    ['Lovely surprise this morning — another price increase.', 'Lovely'],
    ['Perfect timing: the API went down right before our demo.', 'Perfect'],
    ['Best part: it crashes every time I open a report.', 'Best'],
    ['Great - now the export is broken too.', 'Great'],
  ])('inverts praise that announces bad news: %s', (text, quote) => {
    const evidence = praise(text, quote);
    expect(evidence.weight).toBeLessThan(0);
    expect(evidence.rules).toEqual(['sarcasm']);
  });

  test.each([
    ['Great news: the outage is resolved.', 'Great'],
    ['What a great way to start the week: the new release fixed all our issues.', 'great'],
    ['Love this feature: no more manual exports.', 'Love'],
    // A wish announces a request, thanks a reply, a quotation what someone said.
    ['It would be great: the export fails every time.', 'great'],
    ['Thanks for the update: still broken.', 'Thanks'],
    ['Best comment from the review: "That is terrifying."', 'Best'],
    // Too long a stretch before the colon is a sentence of its own.
    ['I found an excellent tutorial on how to set up the columns here: it is broken on mobile.', 'excellent'],
    // A contrast after the mark weighs, not announces.
    ['Decent Thai food in cute - though a bit dank - little hangout, but service terrible.', 'Decent'],
    // A hyphen inside a word announces nothing.
    ['Great self-service portal, the dashboard is slow.', 'Great'],
  ])('leaves sincere praise alone: %s', (text, quote) => {
    expect(praise(text, quote).weight).toBeGreaterThan(0);
  });
});
