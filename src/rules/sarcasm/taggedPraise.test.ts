import { describe, expect, test } from 'vitest';
import { analyzerWith } from '../../../test/helpers.js';
import { createSarcasmRule } from './index.js';
import { taggedPraise } from './taggedPraise.js';

const analyzer = analyzerWith([createSarcasmRule({ cues: [taggedPraise] })]);
const mocked = (text: string) =>
  analyzer
    .analyze(text)
    .evidence.filter((item) => item.rules.includes('sarcasm'))
    .map((item) => item.text);

describe('tagged-praise cue', () => {
  test.each([
    ['Hours on the phone, hung up on twice #greatservice', '#greatservice'],
    ['The sync failed again and we lost a day of data. #love', '#love'],
    ['Stuck on the tarmac for three hours with no water #awesome', '#awesome'],
    // The complaint on the tag's own side of a contrast.
    ['The new app looks nice, but it crashed twice today #awesome', '#awesome'],
  ])('turns round a praising tag on a complaint: %s', (text, tag) => {
    expect(mocked(text)).toEqual([tag]);
  });

  test.each([
    'Landed early, the crew was lovely #greatservice',
    'The delay was annoying but the crew was wonderful #love',
    'Great flight today #awesome',
    // The rest of the sentence is no clear complaint.
    'Waiting at the gate #love',
    // A contrast sets the tag against the complaint before it.
    'Flights are often frustrating, but today the crew was #amazing',
  ])('leaves sincere tags alone: %s', (text) => {
    expect(mocked(text)).toEqual([]);
  });
});
