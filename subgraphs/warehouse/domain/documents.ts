import { type UserError, userError } from '../../shared/errors.ts';
import { isWhole, type Milli, quantity, units } from './decimal.ts';
import { WarehouseErrorCode as E } from './errors.ts';

export type DocumentType = 'RECEIPT' | 'ISSUE' | 'TRANSFER' | 'WRITE_OFF' | 'RETURN' | 'ADJUSTMENT';
export type DocumentStatus = 'DRAFT' | 'POSTED' | 'REVERSED';
export type LocationKind = 'CENTRAL' | 'REGIONAL' | 'VAN' | 'SUPPLIER' | 'CUSTOMER' | 'IN_TRANSIT' | 'LOSS';

/** The system locations, one of each, made by the first migration. */
export const SYSTEM_LOCATIONS = ['SUPPLIER', 'CUSTOMER', 'IN_TRANSIT', 'LOSS'] as const;
export type SystemLocation = (typeof SYSTEM_LOCATIONS)[number];

/** Locations that keep balances: warehouses, vans, and stock on its way between them. */
export const holdsBalance = (kind: LocationKind): boolean =>
  kind !== 'SUPPLIER' && kind !== 'CUSTOMER' && kind !== 'LOSS';

/** Warehouses and vans: the locations the API shows as `Warehouse`. */
export const isWarehouse = (kind: LocationKind): boolean =>
  kind === 'CENTRAL' || kind === 'REGIONAL' || kind === 'VAN';

/** Which ends a document type names: the warehouse stock leaves, the one it arrives at. */
export const ENDS: Record<DocumentType, { source: boolean; destination: boolean }> = {
  RECEIPT: { source: false, destination: true },
  ISSUE: { source: true, destination: false },
  TRANSFER: { source: true, destination: true },
  WRITE_OFF: { source: true, destination: false },
  RETURN: { source: false, destination: true },
  // The warehouse counted: surplus comes in, shortage goes out.
  ADJUSTMENT: { source: true, destination: false },
};

/** Default number prefixes (ASCII, so a Code 128 of the number prints). */
export const DEFAULT_PREFIXES: Record<DocumentType, string> = {
  RECEIPT: 'RC',
  ISSUE: 'IS',
  TRANSFER: 'TR',
  WRITE_OFF: 'WO',
  RETURN: 'RT',
  ADJUSTMENT: 'AD',
};

/** `RC-2026-000001`: prefix, year, the year's sequence for the type. */
export const documentNumber = (prefix: string, year: number, sequence: number): string =>
  `${prefix}-${year}-${String(sequence).padStart(6, '0')}`;

export const PREFIX = /^[A-Z0-9]{1,10}$/;

/** What the warehouse knows of an item, for checking lines. */
export interface ItemFacts {
  id: string;
  kind: string;
  trackedBySerial: boolean;
  sku: string;
}

/** A serial-tracked item: each unit has its own serial and is in exactly one place. */
export const isSerialTracked = (item: Pick<ItemFacts, 'kind' | 'trackedBySerial'>): boolean =>
  item.kind === 'EQUIPMENT_MODEL' && item.trackedBySerial;

export interface LineDraft {
  itemId: string;
  quantity: string;
  serials?: readonly string[] | null;
  unitCost?: string | null;
  condition?: string | null;
  direction?: string | null;
}

export interface DocumentDraft {
  type: DocumentType;
  sourceId?: string | null;
  destinationId?: string | null;
  purpose?: string | null;
  reason?: string | null;
  lines: readonly LineDraft[];
}

/** A serial as stored: trimmed, upper case (scanners and people disagree on case). */
export const normalizeSerial = (serial: string): string => serial.trim().toUpperCase();

/**
 * The rules a document must meet to be saved and posted, without the database: the ends its type
 * names, the fields its type requires, and each line's quantity and serials against the item. `items`
 * holds what is known of the lines' items; an item it lacks is UNKNOWN_ITEM. Field paths start at
 * `base` (`['input']` for a create, `[]` when checking a stored draft).
 */
export function checkDocument(
  draft: DocumentDraft,
  items: ReadonlyMap<string, ItemFacts>,
  base: (string | number)[],
): UserError[] {
  const errors: UserError[] = [];
  const ends = ENDS[draft.type];
  const at = (...path: (string | number)[]) => [...base, ...path];
  for (const [end, needed] of [
    ['sourceId', ends.source],
    ['destinationId', ends.destination],
  ] as const) {
    const given = draft[end] != null;
    if (needed && !given) {
      errors.push(userError(E.WAREHOUSE_REQUIRED, `A ${draft.type} needs ${end}`, at(end)));
    } else if (!needed && given) {
      errors.push(userError(E.WAREHOUSE_NOT_ALLOWED, `A ${draft.type} takes no ${end}`, at(end)));
    }
  }
  if (draft.type === 'TRANSFER' && draft.sourceId && draft.sourceId === draft.destinationId) {
    errors.push(userError(E.SAME_WAREHOUSE, 'A transfer goes to another warehouse', at('destinationId')));
  }
  if (draft.type === 'ISSUE' && !draft.purpose) {
    errors.push(userError(E.PURPOSE_REQUIRED, 'An issue says what it is for', at('purpose')));
  }
  if (draft.type === 'WRITE_OFF' && !draft.reason?.trim()) {
    errors.push(userError(E.REASON_REQUIRED, 'A write-off says why', at('reason')));
  }
  if (draft.lines.length === 0) {
    errors.push(userError(E.NO_LINES, 'A document has at least one line', at('lines')));
  }
  const seen = new Map<string, number>();
  draft.lines.forEach((line, i) => {
    const path = (field: string) => at('lines', i, field);
    const item = items.get(line.itemId);
    if (!item) {
      errors.push(userError(E.UNKNOWN_ITEM, `No catalog item ${line.itemId}`, path('itemId')));
      return;
    }
    let q: Milli;
    try {
      q = quantity(line.quantity);
    } catch {
      errors.push(userError(E.INVALID_QUANTITY, 'Not a quantity', path('quantity')));
      return;
    }
    if (q <= 0n) {
      errors.push(userError(E.INVALID_QUANTITY, 'A quantity is more than zero', path('quantity')));
      return;
    }
    const serials = line.serials ?? [];
    if (isSerialTracked(item)) {
      if (!isWhole(q)) {
        errors.push(
          userError(E.FRACTIONAL_QUANTITY, `${item.sku} is counted in whole units`, path('quantity')),
        );
      } else if (serials.length !== units(q)) {
        errors.push(
          userError(
            E.SERIAL_COUNT_MISMATCH,
            `${item.sku} needs ${units(q)} serial numbers, ${serials.length} given`,
            path('serials'),
          ),
        );
      }
      serials.forEach((raw, j) => {
        const serial = normalizeSerial(raw);
        if (!serial) {
          errors.push(userError(E.INVALID_QUANTITY, 'An empty serial number', at('lines', i, 'serials', j)));
          return;
        }
        const key = `${item.id}\n${serial}`;
        if (seen.has(key)) {
          errors.push(
            userError(E.DUPLICATE_SERIAL, `Serial ${serial} is given twice`, at('lines', i, 'serials', j)),
          );
        }
        seen.set(key, i);
      });
    } else if (serials.length) {
      errors.push(userError(E.SERIALS_NOT_TRACKED, `${item.sku} has no serial numbers`, path('serials')));
    }
    if (draft.type === 'RECEIPT' && line.unitCost == null) {
      errors.push(userError(E.UNIT_COST_REQUIRED, 'A receipt line says what a unit cost', path('unitCost')));
    }
    if (draft.type === 'RETURN' && !line.condition) {
      errors.push(userError(E.CONDITION_REQUIRED, 'A returned line says its condition', path('condition')));
    }
    if (draft.type === 'ADJUSTMENT' && !line.direction) {
      errors.push(userError(E.DIRECTION_REQUIRED, 'An adjustment line is IN or OUT', path('direction')));
    }
  });
  return errors;
}

/** Where each line of a posted document moves, as ids of locations. */
export interface PlannedMove {
  line: number;
  itemId: string;
  fromId: string;
  toId: string;
  quantity: Milli;
  serials: string[];
  /** RECEIPT, and RETURN or incoming ADJUSTMENT lines with a cost: the unit cost it comes in at. */
  unitCost: string | null;
}

export interface PostingEnds {
  sourceId: string | null;
  destinationId: string | null;
  viaTransit: boolean;
  system: Record<SystemLocation, string>;
}

/** The moves posting a document writes: each line from one location to another (Odoo's model). */
export function planMoves(
  type: DocumentType,
  lines: readonly (LineDraft & { serials: readonly string[] })[],
  ends: PostingEnds,
): PlannedMove[] {
  const { system } = ends;
  const source = ends.sourceId as string;
  const destination = ends.destinationId as string;
  return lines.map((line, i) => {
    const [fromId, toId] = ((): [string, string] => {
      switch (type) {
        case 'RECEIPT':
          return [system.SUPPLIER, destination];
        case 'ISSUE':
          return [source, system.CUSTOMER];
        case 'TRANSFER':
          return [source, ends.viaTransit ? system.IN_TRANSIT : destination];
        case 'WRITE_OFF':
          return [source, system.LOSS];
        case 'RETURN':
          return [system.CUSTOMER, destination];
        case 'ADJUSTMENT':
          return line.direction === 'IN' ? [system.LOSS, source] : [source, system.LOSS];
      }
    })();
    return {
      line: i,
      itemId: line.itemId,
      fromId,
      toId,
      quantity: quantity(line.quantity),
      serials: line.serials.map(normalizeSerial),
      unitCost: line.unitCost ?? null,
    };
  });
}
