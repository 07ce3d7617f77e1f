/**
 * CSV files as people keep them in Excel, for every module that imports or exports a file (catalog
 * items and prices, warehouse receipts, subscribers, equipment, stock counts). This reads and writes
 * the text only: a file's rows are checked here for what the file itself can tell (a required cell is
 * empty, an amount or a date does not parse); the import verb does the checks that need the database.
 *
 * Reading: UTF-8 with or without a BOM; `,` or `;` (Russian Excel writes the locale's list separator);
 * CRLF, LF or CR line ends; header names in any case; every row numbered by the physical line it starts
 * on. Russian Excel's amounts ("1 234,50") and dates (DD.MM.YYYY) are accepted.
 *
 * Writing: UTF-8 with a BOM, `,`, CRLF; a cell a spreadsheet would run as a formula (starting with
 * `=`, `+`, `-`, `@`, a tab or a carriage return) is written with a leading `'`, as OWASP recommends,
 * and that `'` is dropped again when the file is read back, so export → import round-trips.
 */
import { type CsvError as ParserError, parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { parseIsoDate, parseIsoDateTime } from './scalars.ts';

export interface CsvRowError {
  /** 1-based physical line where the record starts (the header is line 1). */
  line: number;
  /** The column's canonical name, null for the whole row or file. */
  column: string | null;
  code: string;
  message: string;
}

export interface CsvParseResult<R> {
  rows: R[];
  errors: CsvRowError[];
}

export const CsvErrorCode = {
  MALFORMED_CSV: 'MALFORMED_CSV',
  MISSING_HEADER: 'MISSING_HEADER',
  UNKNOWN_COLUMN: 'UNKNOWN_COLUMN',
  MISSING_COLUMN: 'MISSING_COLUMN',
  DUPLICATE_COLUMN: 'DUPLICATE_COLUMN',
  COLUMN_COUNT: 'COLUMN_COUNT',
  REQUIRED: 'REQUIRED',
  INVALID_JSON: 'INVALID_JSON',
  INVALID_AMOUNT: 'INVALID_AMOUNT',
  INVALID_QUANTITY: 'INVALID_QUANTITY',
  INVALID_DATE: 'INVALID_DATE',
  INVALID_CURRENCY: 'INVALID_CURRENCY',
} as const;

/** The columns of one kind of file. */
export interface CsvFileShape {
  columns: readonly string[];
  required: readonly string[];
}

// ------------------------------------------------------------------------------------------ reading

interface CsvRecord {
  line: number;
  /** Canonical column name → cell as written (not trimmed). */
  cells: Map<string, string>;
}

/** Byte offset of the start of every physical line; a line ends at CRLF, LF or a lone CR. */
function lineStarts(bytes: Uint8Array): number[] {
  const starts = [0];
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) starts.push(i + 1);
  }
  return starts;
}

function lineAt(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** Russian Excel writes ';' (the list separator of the locale) where others write ','. */
export function detectDelimiter(text: string): ',' | ';' {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch === ',') commas++;
    else if (!quoted && ch === ';') semicolons++;
  }
  return semicolons > commas ? ';' : ',';
}

const isBlank = (cell: string) => cell.trim() === '';

/** What a spreadsheet would run as a formula (OWASP CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell as written to a file: a formula-looking cell gets a leading `'`. */
export function neutralizeFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** A cell as read from a file: the `'` that `neutralizeFormula` put before a formula-looking cell is dropped. */
export function restoreFormula(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}

function readRecords(text: string, shape: CsvFileShape): { records: CsvRecord[]; errors: CsvRowError[] } {
  const bytes = Buffer.from(text, 'utf8');
  const starts = lineStarts(bytes);
  // csv-parse's own `info.lines` counts the CR and the LF of a CRLF inside a quoted cell as two lines,
  // so the start line is taken from the byte offset where the previous record ended (`info.bytes`).
  let end = 0;
  const recordLines: number[] = [];
  let records: string[][];
  try {
    records = parse(bytes, {
      bom: true,
      delimiter: detectDelimiter(text.replace(/^\ufeff/, '')),
      record_delimiter: ['\r\n', '\n', '\r'],
      relax_column_count: true,
      // Blank lines come through as records so that `end` moves past them; they are dropped below.
      skip_empty_lines: false,
      on_record: (cells, info) => {
        recordLines.push(lineAt(starts, end));
        end = info.bytes;
        return cells;
      },
    });
  } catch (error) {
    const code = (error as ParserError).code;
    if (typeof code !== 'string' || !(code.startsWith('CSV_') || code === 'INVALID_OPENING_QUOTE'))
      throw error;
    const line = lineAt(starts, end);
    const message =
      code === 'CSV_QUOTE_NOT_CLOSED'
        ? `A quoted cell opened in the record starting at line ${line} is never closed`
        : `The record starting at line ${line} is not valid CSV: ${(error as Error).message}`;
    return { records: [], errors: [{ line, column: null, code: CsvErrorCode.MALFORMED_CSV, message }] };
  }

  // Excel leaves rows of empty cells (";;;;") where something was once typed.
  const nonBlank = records
    .map((cells, i) => ({ line: recordLines[i] ?? 1, cells }))
    .filter((r) => !r.cells.every(isBlank));
  const [header, ...data] = nonBlank;
  if (!header) {
    return {
      records: [],
      errors: [
        { line: 1, column: null, code: CsvErrorCode.MISSING_HEADER, message: 'The file has no header line' },
      ],
    };
  }

  const errors: CsvRowError[] = [];
  const canonical = new Map(shape.columns.map((c) => [c.toLowerCase(), c]));
  const positions: (string | null)[] = [];
  const unknown: string[] = [];
  for (const name of header.cells) {
    const trimmed = name.trim();
    // An unnamed column (a trailing delimiter) is tolerated as long as nothing is written under it.
    if (trimmed === '') {
      positions.push(null);
      continue;
    }
    const column = canonical.get(trimmed.toLowerCase());
    if (!column) {
      unknown.push(trimmed);
      positions.push(null);
    } else if (positions.includes(column)) {
      errors.push({
        line: header.line,
        column,
        code: CsvErrorCode.DUPLICATE_COLUMN,
        message: `The column "${column}" appears twice`,
      });
      positions.push(null);
    } else {
      positions.push(column);
    }
  }
  if (unknown.length > 0) {
    errors.push({
      line: header.line,
      column: null,
      code: CsvErrorCode.UNKNOWN_COLUMN,
      message: `Unknown column${unknown.length > 1 ? 's' : ''} ${unknown.map((u) => `"${u}"`).join(', ')}; the columns are ${shape.columns.join(', ')}`,
    });
  }
  for (const column of shape.required) {
    if (!positions.includes(column)) {
      errors.push({
        line: header.line,
        column,
        code: CsvErrorCode.MISSING_COLUMN,
        message: `The required column "${column}" is missing`,
      });
    }
  }
  if (errors.length > 0) return { records: [], errors };

  const rows: CsvRecord[] = [];
  for (const record of data) {
    const cells = new Map<string, string>();
    let stray = false;
    record.cells.forEach((cell, i) => {
      const column = positions[i];
      if (column) cells.set(column, restoreFormula(cell));
      else if (!isBlank(cell)) stray = true;
    });
    if (stray) {
      errors.push({
        line: record.line,
        column: null,
        code: CsvErrorCode.COLUMN_COUNT,
        message: `The row has ${record.cells.length} cells and a value outside the ${header.cells.length} named columns (is a delimiter inside an unquoted cell?)`,
      });
      continue;
    }
    rows.push({ line: record.line, cells });
  }
  return { records: rows, errors };
}

// At most 12 integer digits, as the Money scalar allows.
const AMOUNT = /^\d{1,12}(?:[.,]\d{1,2})?$/;
const QUANTITY = /^\d{1,12}(?:[.,]\d{1,3})?$/;
// Excel in the Russian locale formats 1234,5 as "1 234,50" with a (narrow) no-break space.
const GROUPED = /^\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d{1,3})?$/;

// Excel in the Russian locale turns an ISO date it opened into DD.MM.YYYY when it saves the file.
const RU_DATE = /^(\d{2})\.(\d{2})\.(\d{4})$/;

/**
 * An ISO date, a DD.MM.YYYY date or a datetime with a zone, normalised to ISO; null when not one. The
 * same rules as the `Date` and `DateTime` scalars (real days, years 0001–9999).
 */
export function normalizeCsvDate(value: string): string | null {
  const ru = RU_DATE.exec(value);
  if (ru) return parseIsoDate(`${ru[3]}-${ru[2]}-${ru[1]}`);
  return parseIsoDate(value) ?? (parseIsoDateTime(value) ? value : null);
}

/** Reads one record's cells; collects its errors so a row reports everything wrong with it at once. */
export class CsvRowReader {
  readonly errors: CsvRowError[] = [];
  readonly line: number;
  private readonly cells: Map<string, string>;

  constructor(record: CsvRecord) {
    this.line = record.line;
    this.cells = record.cells;
  }

  fail(column: string, code: string, message: string): void {
    this.errors.push({ line: this.line, column, code, message });
  }

  /** The cell as written, or null when it is blank or the column is absent. */
  raw(column: string): string | null {
    const cell = this.cells.get(column);
    return cell === undefined || isBlank(cell) ? null : cell;
  }

  optional(column: string): string | null {
    return this.raw(column)?.trim() ?? null;
  }

  required(column: string): string {
    const value = this.optional(column);
    if (value === null) this.fail(column, CsvErrorCode.REQUIRED, `"${column}" is required`);
    return value ?? '';
  }

  /** A non-negative amount of money (two decimals at most), `,` or `.` as the point, grouped or not. */
  amount(column: string, required = true): string | null {
    return this.decimal(
      column,
      required,
      AMOUNT,
      CsvErrorCode.INVALID_AMOUNT,
      'an amount: at most 12 digits and 2 decimal places, e.g. 1490.00 or 1490,5',
    );
  }

  /** A non-negative quantity (three decimals at most), written like an amount. */
  quantity(column: string, required = true): string | null {
    return this.decimal(
      column,
      required,
      QUANTITY,
      CsvErrorCode.INVALID_QUANTITY,
      'a quantity: at most 12 digits and 3 decimal places, e.g. 120 or 120,5',
    );
  }

  private decimal(
    column: string,
    required: boolean,
    shape: RegExp,
    code: string,
    expected: string,
  ): string | null {
    const cell = required ? this.required(column) : this.optional(column);
    if (!cell) return required ? '' : null;
    const value = GROUPED.test(cell) ? cell.replace(/[ \u00a0\u202f]/g, '') : cell;
    if (!shape.test(value)) {
      this.fail(column, code, `"${cell}" is not ${expected}`);
      return '';
    }
    return value.replace(',', '.');
  }

  /** A date (ISO or DD.MM.YYYY) or a datetime with a zone, as ISO text. */
  date(column: string, required: boolean): string | null {
    const cell = required ? this.required(column) : this.optional(column);
    if (!cell) return null;
    const value = normalizeCsvDate(cell);
    if (value === null) {
      this.fail(
        column,
        CsvErrorCode.INVALID_DATE,
        `"${cell}" is not a date: give YYYY-MM-DD (or DD.MM.YYYY) or a datetime with a zone, e.g. 2025-01-01T00:00:00+03:00`,
      );
    }
    return value;
  }

  /** A JSON object (characteristics and the like); {} when blank. */
  jsonObject(column: string, example: string): Record<string, unknown> {
    const cell = this.optional(column);
    if (cell === null) return {};
    let value: unknown;
    try {
      value = JSON.parse(cell);
    } catch (error) {
      this.fail(column, CsvErrorCode.INVALID_JSON, `Not valid JSON: ${(error as Error).message}`);
      return {};
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      this.fail(column, CsvErrorCode.INVALID_JSON, `A JSON object is expected here, e.g. ${example}`);
      return {};
    }
    return value as Record<string, unknown>;
  }
}

/**
 * Reads a file of `shape` into rows with `toRow`. Rows with errors are left out of `rows`; `errors` is
 * sorted by line. A file whose header is wrong or that is not valid CSV gives no rows at all.
 */
export function readCsvFile<R>(
  text: string,
  shape: CsvFileShape,
  toRow: (row: CsvRowReader) => R,
): CsvParseResult<R> {
  const { records, errors } = readRecords(text, shape);
  const rows: R[] = [];
  for (const record of records) {
    const reader = new CsvRowReader(record);
    const row = toRow(reader);
    if (reader.errors.length > 0) errors.push(...reader.errors);
    else rows.push(row);
  }
  errors.sort((a, b) => a.line - b.line);
  return { rows, errors };
}

// ------------------------------------------------------------------------------------------ writing

/**
 * A file for Excel: UTF-8 with a BOM (without it Excel reads the file as the ANSI code page and garbles
 * Cyrillic), ',' between cells, CRLF between records, cells quoted where needed, formula-looking cells
 * neutralised.
 */
export function writeCsvFile(columns: readonly string[], records: readonly (readonly string[])[]): string {
  return stringify([[...columns], ...records.map((r) => r.map(neutralizeFormula))], {
    bom: true,
    delimiter: ',',
    record_delimiter: '\r\n',
    // Off by default once `record_delimiter` is given: a bare LF in a description must still be quoted.
    quote_record_delimiter: true,
  });
}
