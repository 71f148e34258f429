// The particles of phrasal verbs, after the verb or its object: "set up", "picked it up", "sorted it out", "log off".
export const PHRASAL_PARTICLES: ReadonlySet<string> = new Set(['up', 'down', 'in', 'out', 'on', 'off']);
