import { type CsvError as ParserError, parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';

/**
 * CSV files of items and prices, as people keep them in Excel: this module only reads and writes the
 * text. A file is refused or accepted row by row by the import verb, which does the semantic checks
 * (does the SKU exist, does the category path resolve); here a row is only checked for what the file
 * itself can tell (a required cell is empty, an amount or a date does not parse).
 */

export interface ItemCsvRow {
  /** Physical line in the file where the record starts (the header is line 1). */
  line: number;
  sku: string;
  name: string;
  kind: string;
  /** Category names from the root joined with ' / ', e.g. "Оборудование / Абонентское оборудование / ONT". */
  categoryPath: string;
  unit: string;
  status: string | null;
  manufacturer: string | null;
  vendorPartNumber: string | null;
  description: string | null;
  barcodes: string[];
  characteristics: Record<string, unknown>;
}

export interface PriceCsvRow {
  line: number;
  sku: string;
  currency: string;
  /** Decimal with at most 2 places and '.' as the separator, e.g. "1234.5". */
  amount: string;
  /** ISO date (YYYY-MM-DD) or datetime with an offset. */
  validFrom: string;
  validTo: string | null;
  recurringPeriod: string | null;
}

export interface CsvRowError {
  line: number;
  /** The column's canonical name (as in ITEM_CSV_COLUMNS / PRICE_CSV_COLUMNS), null for the whole row or file. */
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
  INVALID_DATE: 'INVALID_DATE',
  INVALID_CURRENCY: 'INVALID_CURRENCY',
} as const;

export const ITEM_CSV_COLUMNS: readonly string[] = [
  'sku',
  'name',
  'kind',
  'categoryPath',
  'unit',
  'status',
  'manufacturer',
  'vendorPartNumber',
  'description',
  'barcodes',
  'characteristics',
];
const ITEM_REQUIRED_COLUMNS = ['sku', 'name', 'kind', 'categoryPath', 'unit'];

export const PRICE_CSV_COLUMNS: readonly string[] = [
  'sku',
  'currency',
  'amount',
  'validFrom',
  'validTo',
  'recurringPeriod',
];
const PRICE_REQUIRED_COLUMNS = ['sku', 'currency', 'amount', 'validFrom'];

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
function detectDelimiter(text: string): ',' | ';' {
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

function readCsv(
  text: string,
  columns: readonly string[],
  required: readonly string[],
): { records: CsvRecord[]; errors: CsvRowError[] } {
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
  const canonical = new Map(columns.map((c) => [c.toLowerCase(), c]));
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
      message: `Unknown column${unknown.length > 1 ? 's' : ''} ${unknown.map((u) => `"${u}"`).join(', ')}; the columns are ${columns.join(', ')}`,
    });
  }
  for (const column of required) {
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
      if (column) cells.set(column, cell);
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

/** Reads one record's cells; collects its errors so a row reports everything wrong with it at once. */
class RowReader {
  readonly errors: CsvRowError[] = [];
  private readonly record: CsvRecord;
  constructor(record: CsvRecord) {
    this.record = record;
  }

  fail(column: string, code: string, message: string): void {
    this.errors.push({ line: this.record.line, column, code, message });
  }

  /** The cell as written, or null when it is blank or the column is absent. */
  raw(column: string): string | null {
    const cell = this.record.cells.get(column);
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
}

function readRows<R>(
  text: string,
  columns: readonly string[],
  required: readonly string[],
  toRow: (row: RowReader, line: number) => R,
): CsvParseResult<R> {
  const { records, errors } = readCsv(text, columns, required);
  const rows: R[] = [];
  for (const record of records) {
    const reader = new RowReader(record);
    const row = toRow(reader, record.line);
    if (reader.errors.length > 0) errors.push(...reader.errors);
    else rows.push(row);
  }
  errors.sort((a, b) => a.line - b.line);
  return { rows, errors };
}

function parseCharacteristics(row: RowReader): Record<string, unknown> {
  const cell = row.optional('characteristics');
  if (cell === null) return {};
  let value: unknown;
  try {
    value = JSON.parse(cell);
  } catch (error) {
    row.fail('characteristics', CsvErrorCode.INVALID_JSON, `Not valid JSON: ${(error as Error).message}`);
    return {};
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    row.fail(
      'characteristics',
      CsvErrorCode.INVALID_JSON,
      'Characteristics are a JSON object, e.g. {"ponType": "GPON", "lanPorts": 4}',
    );
    return {};
  }
  return value as Record<string, unknown>;
}

/**
 * Reads an items file. Rows with errors are left out of `rows`; `errors` is sorted by line. A file
 * whose header is wrong or that is not valid CSV gives no rows at all.
 */
export function parseItemsCsv(text: string): CsvParseResult<ItemCsvRow> {
  return readRows(text, ITEM_CSV_COLUMNS, ITEM_REQUIRED_COLUMNS, (row, line) => ({
    line,
    sku: row.required('sku'),
    name: row.required('name'),
    kind: row.required('kind'),
    categoryPath: row.required('categoryPath'),
    unit: row.required('unit'),
    status: row.optional('status'),
    manufacturer: row.optional('manufacturer'),
    vendorPartNumber: row.optional('vendorPartNumber'),
    // Kept as written: line breaks and indentation in a description are the author's.
    description: row.raw('description'),
    barcodes: (row.optional('barcodes') ?? '')
      .split(/[;,]/)
      .map((code) => code.trim())
      .filter((code) => code !== ''),
    characteristics: parseCharacteristics(row),
  }));
}

// At most 12 integer digits, as the setPrice input allows.
const AMOUNT = /^\d{1,12}(?:[.,]\d{1,2})?$/;
// Excel in the Russian locale formats 1234,5 as "1 234,50" with a (narrow) no-break space.
const GROUPED_AMOUNT = /^\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d{1,2})?$/;

function parseAmount(row: RowReader): string {
  const cell = row.required('amount');
  if (cell === '') return cell;
  const value = GROUPED_AMOUNT.test(cell) ? cell.replace(/[ \u00a0\u202f]/g, '') : cell;
  if (!AMOUNT.test(value)) {
    row.fail(
      'amount',
      CsvErrorCode.INVALID_AMOUNT,
      `"${cell}" is not an amount: at most 12 digits and 2 decimal places, e.g. 1490.00 or 1490,5`,
    );
    return '';
  }
  return value.replace(',', '.');
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DATETIME =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2}))$/;
// Excel in the Russian locale turns an ISO date it opened into DD.MM.YYYY when it saves the file.
const RU_DATE = /^(\d{2})\.(\d{2})\.(\d{4})$/;

function isCalendarDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** An ISO date or a datetime with an offset (a bare local time would depend on the server's zone). */
function normalizeDate(value: string): string | null {
  const ru = RU_DATE.exec(value);
  if (ru) {
    const [, d, m, y] = ru.map(Number) as [number, number, number, number];
    return isCalendarDate(y, m, d) ? `${ru[3]}-${ru[2]}-${ru[1]}` : null;
  }
  const date = ISO_DATE.exec(value);
  if (date) {
    const [, y, m, d] = date.map(Number) as [number, number, number, number];
    return isCalendarDate(y, m, d) ? value : null;
  }
  const time = ISO_DATETIME.exec(value);
  if (time) {
    const [, y, m, d, hh, mm, ss, oh, om] = time.map((part) => Number(part ?? 0)) as number[];
    const ok = isCalendarDate(y!, m!, d!) && hh! <= 23 && mm! <= 59 && ss! <= 59 && oh! <= 23 && om! <= 59;
    return ok ? value : null;
  }
  return null;
}

function parseDate(row: RowReader, column: string, required: boolean): string | null {
  const cell = required ? row.required(column) : row.optional(column);
  if (!cell) return null;
  const value = normalizeDate(cell);
  if (value === null) {
    row.fail(
      column,
      CsvErrorCode.INVALID_DATE,
      `"${cell}" is not a date: give YYYY-MM-DD (or DD.MM.YYYY) or a datetime with a zone, e.g. 2025-01-01T00:00:00+03:00`,
    );
  }
  return value;
}

function parseCurrency(row: RowReader): string {
  const cell = row.required('currency');
  if (cell !== '' && !/^[A-Z]{3}$/.test(cell)) {
    row.fail(
      'currency',
      CsvErrorCode.INVALID_CURRENCY,
      `"${cell}" is not a currency code: 3 capital letters, e.g. RUB`,
    );
  }
  return cell;
}

/** Reads a prices file; same contract as `parseItemsCsv`. */
export function parsePricesCsv(text: string): CsvParseResult<PriceCsvRow> {
  return readRows(text, PRICE_CSV_COLUMNS, PRICE_REQUIRED_COLUMNS, (row, line) => ({
    line,
    sku: row.required('sku'),
    currency: parseCurrency(row),
    amount: parseAmount(row),
    validFrom: parseDate(row, 'validFrom', true) ?? '',
    validTo: parseDate(row, 'validTo', false),
    recurringPeriod: row.optional('recurringPeriod'),
  }));
}

// ------------------------------------------------------------------------------------------ writing

/**
 * UTF-8 with a BOM (without it Excel reads the file as the ANSI code page and garbles Cyrillic), ','
 * between cells, CRLF between records, cells quoted where needed.
 */
function writeCsv(columns: readonly string[], records: string[][]): string {
  return stringify([[...columns], ...records], {
    bom: true,
    delimiter: ',',
    record_delimiter: '\r\n',
    // Off by default once `record_delimiter` is given: a bare LF in a description must still be quoted.
    quote_record_delimiter: true,
  });
}

export function itemsToCsv(rows: Omit<ItemCsvRow, 'line'>[]): string {
  return writeCsv(
    ITEM_CSV_COLUMNS,
    rows.map((r) => [
      r.sku,
      r.name,
      r.kind,
      r.categoryPath,
      r.unit,
      r.status ?? '',
      r.manufacturer ?? '',
      r.vendorPartNumber ?? '',
      r.description ?? '',
      r.barcodes.join(';'),
      Object.keys(r.characteristics).length === 0 ? '' : JSON.stringify(r.characteristics),
    ]),
  );
}

export function pricesToCsv(rows: Omit<PriceCsvRow, 'line'>[]): string {
  return writeCsv(
    PRICE_CSV_COLUMNS,
    rows.map((r) => [r.sku, r.currency, r.amount, r.validFrom, r.validTo ?? '', r.recurringPeriod ?? '']),
  );
}
