import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * vitest's global set-up: every temporary folder the tests make (their output folders, drawn
 * PDFs, a CLI's or Chromium's own) goes into one folder of the run, set as TMPDIR before the test
 * processes start, and removed when the run ends, so a run leaves nothing in the system's /tmp.
 */
export default function tempRoot(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'pdf-opendata-tests-'));
  process.env.TMPDIR = root;
  return () => {
    try {
      rmSync(root, { recursive: true, force: true });
    } catch (error) {
      // A folder a test left unremovable is worth a line, not a failed run.
      console.warn(`could not remove the tests' temporary folder ${root}: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
}
