// Which emotions count as present. Pure, without NLP imports, so the rollup entry can share it.

/** An emotion at or above this intensity is present; the strongest present one is `dominant`. Tuned on the train splits. */
export const EMOTION_PRESENCE = 0.3;

/** The present emotions with their intensities, in the order given. */
export function presentEmotions(scores: Readonly<Record<string, { intensity: number }>>): Record<string, number> {
  const present: Record<string, number> = {};
  for (const name in scores) if (scores[name]!.intensity >= EMOTION_PRESENCE) present[name] = scores[name]!.intensity;
  return present;
}

/** The strongest present emotion (the first on ties), or `null` when none is present. */
export function dominantEmotion(scores: Readonly<Record<string, { intensity: number }>>): string | null {
  let dominant: string | null = null;
  for (const [name, intensity] of Object.entries(presentEmotions(scores)))
    if (dominant === null || intensity > scores[dominant]!.intensity) dominant = name;
  return dominant;
}
