/**
 * How a CSV import runs, whatever the file: every row is checked first against what the database holds
 * (read once for the whole file, the rows it will change locked), then the good rows are written in
 * batches — no savepoint per row, so 50,000 rows are a handful of statements. ALL_OR_NOTHING writes
 * nothing when any row is bad; VALID_ROWS_ONLY writes the good rows and reports the bad; a dry run
 * checks and reports, writing nothing. A conflict only a concurrent writer can cause (a SKU or barcode
 * taken between the check and the write) rolls the attempt back and the import runs again with that row
 * reported, so a row is written whole or not at all.
 */
import { z } from 'zod';
import type { CsvRowError } from '../../shared/csv.ts';
import type { Tx } from '../../shared/db.ts';
import type { CatalogContext } from '../context.ts';
import { defineVerb } from './kit.ts';

/** The largest file an import takes (the SDL's `@bulkInput` and `@maxLength` say the same). */
export const CSV_MAX_BYTES = 20_000_000;

export const csvImportInput = z.object({
  csv: z.string().max(CSV_MAX_BYTES, 'A CSV file is at most 20 MB'),
  mode: z.enum(['ALL_OR_NOTHING', 'VALID_ROWS_ONLY']).default('ALL_OR_NOTHING'),
  dryRun: z.boolean().nullish(),
});

export interface CsvImportResult {
  created: number;
  updated: number;
  skipped: number;
  errors: CsvRowError[];
}

/** What one file's checks found: the rows to write (with whether each creates), and every error. */
export interface CheckedFile<W> {
  rows: { line: number; write: W; creates: boolean }[];
  errors: CsvRowError[];
  /** Lines of the file holding a record (good or bad). */
  lines: number;
}

/** Rows whose write met another writer's change: the lines, each with the error to report. */
export class WriteConflict extends Error {
  readonly errors: CsvRowError[];
  constructor(errors: CsvRowError[]) {
    super('a concurrent writer took what a row needed');
    this.name = 'WriteConflict';
    this.errors = errors;
  }
}

/** Thrown to leave the transaction without writing, carrying the import's answer. */
class Refused extends Error {
  readonly result: CsvImportResult;
  constructor(result: CsvImportResult) {
    super('import refused');
    this.result = result;
  }
}

export interface ImportSpec<W> {
  name: string;
  /** Checks the whole file inside the transaction; `known` are errors to report whatever the database says. */
  check(ctx: CatalogContext, tx: Tx, csv: string, known: CsvRowError[]): Promise<CheckedFile<W>>;
  /** Writes the checked rows; throws WriteConflict for rows a concurrent writer got in the way of. */
  write(ctx: CatalogContext, tx: Tx, rows: CheckedFile<W>['rows']): Promise<void>;
}

const sorted = (errors: CsvRowError[]) => [...errors].sort((a, b) => a.line - b.line);

/** An import verb over `spec`; its answer is the counts and the errors by line. */
export function defineImport<W>(spec: ImportSpec<W>) {
  const verb = defineVerb({
    name: spec.name,
    input: csvImportInput.extend({ known: z.array(z.custom<CsvRowError>()).default([]) }),
    run: async (ctx, input, tx): Promise<CsvImportResult> => {
      const checked = await spec.check(ctx, tx, input.csv, input.known);
      const errors = sorted(checked.errors);
      const bad = new Set(errors.map((e) => e.line));
      const good = checked.rows.filter((r) => !bad.has(r.line));
      if (input.mode === 'ALL_OR_NOTHING' && errors.length) {
        throw new Refused({ created: 0, updated: 0, skipped: checked.lines, errors });
      }
      const result = {
        created: good.filter((r) => r.creates).length,
        updated: good.filter((r) => !r.creates).length,
        skipped: checked.lines - good.length,
        errors,
      };
      if (input.dryRun) throw new Refused(result);
      await spec.write(ctx, tx, good);
      ctx.logger.info(
        { created: result.created, updated: result.updated, skipped: result.skipped },
        `${spec.name} done`,
      );
      return result;
    },
  });
  return async (ctx: CatalogContext, rawInput: unknown): Promise<CsvImportResult> => {
    let known: CsvRowError[] = [];
    for (let attempt = 0; ; attempt++) {
      try {
        return await verb(ctx, { ...(rawInput as object), known });
      } catch (error) {
        if (error instanceof Refused) return error.result;
        if (error instanceof WriteConflict && attempt < 3) {
          known = [...known, ...error.errors];
          continue;
        }
        throw error;
      }
    }
  };
}
