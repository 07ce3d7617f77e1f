/** What a stock document's print form shows: plain data, built by the service from the database. */
export interface StockDocumentPrint {
  type: 'RECEIPT' | 'ISSUE' | 'TRANSFER' | 'WRITE_OFF' | 'RETURN' | 'ADJUSTMENT';
  status: 'DRAFT' | 'POSTED' | 'REVERSED';
  /** ASCII, e.g. "RC-2026-000001": printed and encoded as Code 128. */
  number: string;
  /** YYYY-MM-DD */
  date: string;
  /** Names of the warehouses (or system locations) stock leaves and arrives at; null where none. */
  source: string | null;
  destination: string | null;
  /** Supplier reference, subscriber, field task or order, as text; null where none. */
  counterpart: string | null;
  reason: string | null;
  comment: string | null;
  /** The document this one reverses, by number. */
  reversalOf: string | null;
  lines: {
    name: string;
    sku: string;
    unit: string;
    /** Decimal strings as the API answers them: "2", "120.5". */
    quantity: string;
    serials: string[];
    /** "1290.00" or null when unknown (a draft issue). */
    unitCost: string | null;
    cost: string | null;
    condition: string | null;
    direction: 'IN' | 'OUT' | null;
  }[];
  /** Sum of the lines' costs, "12900.00". */
  total: string;
  author: string;
  postedAt: Date | null;
  /** IANA zone `postedAt` is printed in; Europe/Moscow when left out. */
  timeZone?: string;
}
