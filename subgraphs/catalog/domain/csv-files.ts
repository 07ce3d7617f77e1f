/**
 * The catalog's two CSV files, items and prices, on the kit's CSV reader and writer: the columns, and
 * what each row must hold to be imported. Pure.
 */
import {
  type CsvFileShape,
  type CsvParseResult,
  type CsvRowReader,
  readCsvFile,
  CsvErrorCode as SharedCsvErrorCode,
  writeCsvFile,
} from '../../shared/csv.ts';

export type { CsvRowError } from '../../shared/csv.ts';

/** The shared CSV codes and the catalog's own cell checks. */
export const CsvErrorCode = {
  ...SharedCsvErrorCode,
  INVALID_BOOLEAN: 'INVALID_BOOLEAN',
  INVALID_NUMBER: 'INVALID_NUMBER',
} as const;

export interface ItemCsvRow {
  /** Physical line in the file where the record starts (the header is line 1). */
  line: number;
  sku: string;
  name: string;
  kind: string;
  /** Category names from the root joined with ' / ', e.g. "Оборудование / Абонентское оборудование / ONT". */
  categoryPath: string;
  /** As written: an OKEI code ("796"), its symbol ("шт"), its international symbol or an old name ("PCS"). */
  unit: string;
  status: string | null;
  manufacturer: string | null;
  vendorPartNumber: string | null;
  description: string | null;
  barcodes: string[];
  characteristics: Record<string, unknown>;
  /** Separated by `;`. */
  keywords: string[];
  trackedBySerial: boolean | null;
  trackedByMac: boolean | null;
  warrantyMonths: number | null;
  supply: string | null;
  snmpSysObjectId: string | null;
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
  /** Blank: as `setCatalogPrice` decides (roubles include VAT). */
  includesVat: boolean | null;
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
    'keywords',
    'trackedBySerial',
    'trackedByMac',
    'warrantyMonths',
    'supply',
    'snmpSysObjectId',
  ],
  required: ['sku', 'name', 'kind', 'categoryPath', 'unit'],
};
export const ITEM_CSV_COLUMNS = ITEM_CSV.columns;

export const PRICE_CSV: CsvFileShape = {
  columns: ['sku', 'currency', 'amount', 'validFrom', 'validTo', 'recurringPeriod', 'includesVat'],
  required: ['sku', 'currency', 'amount', 'validFrom'],
};
export const PRICE_CSV_COLUMNS = PRICE_CSV.columns;

const TRUE = new Set(['true', 'yes', 'y', '1', 'да', 'д', '+']);
const FALSE = new Set(['false', 'no', 'n', '0', 'нет', 'н', '-']);

/** A yes/no cell as people write it in either language (true, да, 1 / false, нет, 0); null when blank. */
function flag(row: CsvRowReader, column: string): boolean | null {
  const cell = row.optional(column);
  if (cell === null) return null;
  const value = cell.toLowerCase();
  if (TRUE.has(value)) return true;
  if (FALSE.has(value)) return false;
  row.fail(column, CsvErrorCode.INVALID_BOOLEAN, `"${cell}" is not yes or no: write true or false (да, нет)`);
  return null;
}

/** A whole number cell; null when blank. */
function whole(row: CsvRowReader, column: string): number | null {
  const cell = row.optional(column);
  if (cell === null) return null;
  if (!/^\d{1,9}$/.test(cell)) {
    row.fail(column, CsvErrorCode.INVALID_NUMBER, `"${cell}" is not a whole number`);
    return null;
  }
  return Number(cell);
}

const list = (cell: string | null, separators: RegExp) =>
  (cell ?? '')
    .split(separators)
    .map((part) => part.trim())
    .filter((part) => part !== '');

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
    barcodes: list(row.optional('barcodes'), /[;,]/),
    characteristics: row.jsonObject('characteristics', '{"ponType": "GPON", "lanPorts": 4}'),
    // A keyword may hold a comma ("cable, fibre" is one tag only when written so): `;` separates them.
    keywords: list(row.optional('keywords'), /;/),
    trackedBySerial: flag(row, 'trackedBySerial'),
    trackedByMac: flag(row, 'trackedByMac'),
    warrantyMonths: whole(row, 'warrantyMonths'),
    supply: row.optional('supply'),
    snmpSysObjectId: row.optional('snmpSysObjectId'),
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
    includesVat: flag(row, 'includesVat'),
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
      r.keywords.join(';'),
      r.trackedBySerial === null ? '' : String(r.trackedBySerial),
      r.trackedByMac === null ? '' : String(r.trackedByMac),
      r.warrantyMonths === null ? '' : String(r.warrantyMonths),
      r.supply ?? '',
      r.snmpSysObjectId ?? '',
    ]),
  );
}

export function pricesToCsv(rows: Omit<PriceCsvRow, 'line'>[]): string {
  return writeCsvFile(
    PRICE_CSV.columns,
    rows.map((r) => [
      r.sku,
      r.currency,
      r.amount,
      r.validFrom,
      r.validTo ?? '',
      r.recurringPeriod ?? '',
      r.includesVat === null ? '' : String(r.includesVat),
    ]),
  );
}
