/**
 * What the command line names cannot be used (a sources file that is missing or wrong, an edition
 * that is not there, two editions that cannot be compared): the user's to fix, so the CLI prints
 * its one line, never a stack.
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
