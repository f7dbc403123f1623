import { createRequire } from 'node:module';
import { join } from 'node:path';
import { SourceError } from '../pipeline/errors.ts';
import { extractDocument } from '../pipeline/extract/extract-document.ts';
import { documentId } from '../pipeline/ingest/document-id.ts';
import { ingestSources } from '../pipeline/ingest/ingest-sources.ts';
import { writeFileAtomic } from '../pipeline/publish/atomic-folder.ts';
import { publishDocumentDataset, toPublishedJson, writeDocumentIndex } from '../pipeline/publish/document-dataset.ts';
import { validateAgainst } from '../pipeline/validate/schema-validator.ts';
import type { FileOutcome, RunReport } from '../schemas/types.ts';
import type { RunProgress } from './progress.ts';

export const toolVersion: string = (createRequire(import.meta.url)('../package.json') as { version: string }).version;

export interface RunBatchOptions {
  /** Folder the datasets are published into. */
  outDir: string;
  progress?: RunProgress;
  /** Called once per file that could not be processed, with the one-line reason. */
  onFailure?: (file: string, error: SourceError) => void;
}

/** Turns anything thrown while processing a file into the reason the report gives. */
function asSourceError(error: unknown): SourceError {
  if (error instanceof SourceError) return error;
  const detail = error instanceof Error ? error.message : String(error);
  return new SourceError('unreadable', `cannot read the PDF: ${detail}`, { cause: error });
}

/**
 * The embedded mode: runs every stage in this process, file after file. A file that fails is
 * reported and the batch goes on; the run report is written last.
 */
export async function runBatch(paths: readonly string[], options: RunBatchOptions): Promise<RunReport> {
  const { outDir, progress, onFailure } = options;
  const startedAt = new Date().toISOString();
  const { documents, duplicates } = await ingestSources(paths);
  const files: FileOutcome[] = [];
  progress?.start(documents.length);

  for (const source of documents) {
    const outcome: FileOutcome = {
      file: source.path,
      sha256: source.sha256,
      status: 'failed',
      document_id: documentId(source.fileName, source.sha256),
      pages: null,
      duplicate_of: null,
      error: null,
    };
    try {
      const document = await extractDocument(source, {
        onPage: (page, pageCount) => progress?.pageDone(source.fileName, page, pageCount),
      });
      const issues = validateAgainst('document-text.schema.json', document);
      if (issues.length > 0) throw new Error(`the extracted text breaks its schema: ${issues[0]!.message}`);
      outcome.pages = document.pages.length;
      outcome.status = await publishDocumentDataset(outDir, document);
    } catch (error) {
      const failure = asSourceError(error);
      outcome.error = { code: failure.code, message: failure.message };
      onFailure?.(source.path, failure);
    }
    files.push(outcome);
    progress?.fileDone(source.fileName);
  }
  progress?.stop();

  for (const duplicate of duplicates) {
    files.push({
      file: duplicate.path,
      sha256: duplicate.sha256,
      status: 'duplicate',
      document_id: null,
      pages: null,
      duplicate_of: duplicate.duplicateOf,
      error: null,
    });
  }
  await writeDocumentIndex(outDir);
  const report: RunReport = {
    schema_version: '1.0.0',
    tool_version: toolVersion,
    started_at: startedAt,
    finished_at: new Date().toISOString(),
    files,
    totals: {
      files: files.length,
      pages: files.reduce((sum, f) => sum + (f.pages ?? 0), 0),
      failed: files.filter((f) => f.status === 'failed').length,
    },
  };
  await writeFileAtomic(join(outDir, 'run-report.json'), toPublishedJson(report));
  return report;
}
