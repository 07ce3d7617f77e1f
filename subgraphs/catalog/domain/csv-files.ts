/**
 * The catalog's two CSV files, items and prices, on the kit's CSV reader and writer: the columns, and
 * what each row must hold to be imported. Pure.
 */
import {
  CsvErrorCode,
  type CsvFileShape,
  type CsvParseResult,
  type CsvRowReader,
  readCsvFile,
  writeCsvFile,
} from '../../shared/csv.ts';

export { CsvErrorCode, type CsvRowError } from '../../shared/csv.ts';

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

export const ITEM_CSV: CsvFileShape = {
  columns: [
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
  ],
  required: ['sku', 'name', 'kind', 'categoryPath', 'unit'],
};
export const ITEM_CSV_COLUMNS = ITEM_CSV.columns;

export const PRICE_CSV: CsvFileShape = {
  columns: ['sku', 'currency', 'amount', 'validFrom', 'validTo', 'recurringPeriod'],
  required: ['sku', 'currency', 'amount', 'validFrom'],
};
export const PRICE_CSV_COLUMNS = PRICE_CSV.columns;

/** Reads an items file. Rows with errors are left out of `rows`; `errors` is sorted by line. */
export function parseItemsCsv(text: string): CsvParseResult<ItemCsvRow> {
  return readCsvFile(text, ITEM_CSV, (row) => ({
    line: row.line,
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
    characteristics: row.jsonObject('characteristics', '{"ponType": "GPON", "lanPorts": 4}'),
  }));
}

function currency(row: CsvRowReader): string {
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
  return readCsvFile(text, PRICE_CSV, (row) => ({
    line: row.line,
    sku: row.required('sku'),
    currency: currency(row),
    amount: row.amount('amount') ?? '',
    validFrom: row.date('validFrom', true) ?? '',
    validTo: row.date('validTo', false),
    recurringPeriod: row.optional('recurringPeriod'),
  }));
}

export function itemsToCsv(rows: Omit<ItemCsvRow, 'line'>[]): string {
  return writeCsvFile(
    ITEM_CSV.columns,
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
  return writeCsvFile(
    PRICE_CSV.columns,
    rows.map((r) => [r.sku, r.currency, r.amount, r.validFrom, r.validTo ?? '', r.recurringPeriod ?? '']),
  );
}
