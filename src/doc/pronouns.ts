// Pronoun classes the rules and the aspect finder read.

/** The writer as a subject: "I have to worry", "we'd love a Slack integration". */
export const WRITER_PRONOUNS: ReadonlySet<string> = new Set(['i', 'we']);

/** Object pronouns: a word right before one acts on it ("the outage cost us a day"). */
export const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['us', 'me', 'him', 'them']);

/** The writer as an owner: "killed our batch job", "deleted my files". */
export const WRITER_POSSESSIVES: ReadonlySet<string> = new Set(['my', 'our']);

/** The writer as an object: "this bug is killing us", "it cost me a day". */
export const WRITER_OBJECTS: ReadonlySet<string> = new Set(['us', 'me']);
