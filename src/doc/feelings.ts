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
