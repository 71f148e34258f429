// Which emotions count as present. Pure, without NLP imports, so the rollup entry can share it.

/** An emotion at or above this intensity is present; the strongest present one is `dominant`. Tuned on the train splits. */
export const EMOTION_PRESENCE = 0.3;

/** The present emotions with their intensities, in the order given. */
export function presentEmotions(scores: Readonly<Record<string, { intensity: number }>>): Record<string, number> {
  const present: Record<string, number> = {};
  for (const name in scores) if (scores[name]!.intensity >= EMOTION_PRESENCE) present[name] = scores[name]!.intensity;
  return present;
}

/** The built-in emotions that feel good; every other emotion, a user's own included, counts as unpleasant. */
export const PLEASANT_EMOTIONS: ReadonlySet<string> = new Set(['satisfaction', 'gratitude', 'relief']);

/**
 * The strongest present emotion (the first on ties), or `null` when none is present. With `feeling`, the strongest
 * of that kind when one is present: in a complaint with a side compliment ("Jenny was fantastic though"), the
 * complaint's feeling is the dominant one.
 */
export function dominantEmotion(
  scores: Readonly<Record<string, { intensity: number }>>,
  feeling?: 'pleasant' | 'unpleasant',
): string | null {
  const present = Object.entries(presentEmotions(scores));
  const agreeing = feeling ? present.filter(([name]) => PLEASANT_EMOTIONS.has(name) === (feeling === 'pleasant')) : [];
  let dominant: string | null = null;
  for (const [name, intensity] of agreeing.length > 0 ? agreeing : present)
    if (dominant === null || intensity > scores[dominant]!.intensity) dominant = name;
  return dominant;
}
