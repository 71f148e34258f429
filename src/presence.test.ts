import { expect, test } from 'vitest';
import { dominantEmotion, EMOTION_PRESENCE, presentEmotions } from './presence.js';

const scores = {
  anger: { intensity: 0.29 },
  frustration: { intensity: 0.6 },
  confusion: { intensity: EMOTION_PRESENCE },
  urgency: { intensity: 0.6 },
};

test('emotions at or above the presence threshold are present', () => {
  expect(presentEmotions(scores)).toEqual({ frustration: 0.6, confusion: 0.3, urgency: 0.6 });
});

test('the dominant emotion is the strongest present one, the first on ties, or null', () => {
  expect(dominantEmotion(scores)).toBe('frustration');
  expect(dominantEmotion({ anger: { intensity: 0.29 } })).toBeNull();
});
