/** Exit codes of the `cxtone` command, documented in the README. */
export const EXIT = {
  /** Every row was read and scored. */
  ok: 0,
  /** Bad usage or an unreadable input: nothing, or not everything, was read. */
  usage: 1,
  /** Finished, but some rows were bad (each reported on stderr with its line number). */
  badRows: 2,
  /** `--strict`: stopped at the first bad row. */
  strict: 3,
} as const;
