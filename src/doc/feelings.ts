// Words of thanks: an opening of courtesy before a report ("thanks for the update: still broken") and what names an act
// as thanked ("thanks for looking into the outage").
export const THANKS_WORDS: ReadonlySet<string> = new Set(['thank', 'thanks', 'thx', 'appreciate', 'grateful', 'kudos', 'cheers']);

// Feelings named as nouns ("frustration", "anger"). Whose feeling such a noun is depends on who owns it, and it never
// names an aspect of a product or service: shared by the rule that reads the owner and by the aspect finder.
export const FEELING_NOUNS: ReadonlySet<string> = new Set([
  'frustration',
  'frustrations',
  'anger',
  'annoyance',
  'irritation',
  'disappointment',
  'dissatisfaction',
  'unhappiness',
  'confusion',
  'concern',
  'concerns',
  'anxiety',
]);
