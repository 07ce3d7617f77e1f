import type { CatalogContext } from '../context.ts';
import { barcodesOfItems } from '../db/barcodes.ts';
import { allCategories } from '../db/categories.ts';
import { type ItemFilter, itemsForExport } from '../db/items.ts';
import { priceHistories } from '../db/prices.ts';
import { listUnits } from '../db/units.ts';
import { itemsToCsv, pricesToCsv } from '../domain/csv-files.ts';
import { categoryPaths } from '../domain/items.ts';

/** Exports are capped; a larger catalog is exported by category. */
export const EXPORT_LIMIT = 200_000;

/**
 * Items matching the filter as CSV, in the columns the import reads. The unit is written as its symbol
 * («шт», «м»): Excel keeps it as typed, where it would turn the code 006 into the number 6.
 */
export async function exportItemsCsv(ctx: CatalogContext, filter: ItemFilter = {}): Promise<string> {
  const db = ctx.db;
  const [rows, categories, units] = await Promise.all([
    itemsForExport(db, filter, EXPORT_LIMIT),
    allCategories(db),
    listUnits(db),
  ]);
  const paths = categoryPaths(categories);
  const symbolOf = new Map(units.map((u) => [u.code, u.symbol]));
  const codes = new Map<string, string[]>();
  if (rows.length) {
    for (const b of await barcodesOfItems(
      db,
      rows.map((r) => r.id),
    )) {
      codes.set(b.itemId, [...(codes.get(b.itemId) ?? []), b.code]);
    }
  }
  return itemsToCsv(
    rows.map((r) => ({
      sku: r.sku,
      name: r.name,
      kind: r.kind,
      categoryPath: paths.get(r.categoryId) ?? '',
      unit: symbolOf.get(r.unitCode) ?? r.unitCode,
      status: r.status,
      manufacturer: r.manufacturer,
      vendorPartNumber: r.vendorPartNumber,
      description: r.description,
      barcodes: codes.get(r.id) ?? [],
      characteristics: r.characteristics,
      keywords: r.keywords,
      trackedBySerial: r.trackedBySerial,
      trackedByMac: r.trackedByMac,
      warrantyMonths: r.warrantyMonths,
      supply: r.supply,
      snmpSysObjectId: r.snmpSysObjectId,
    })),
  );
}

/** Prices (every window) of the items matching the filter as CSV. */
export async function exportPricesCsv(ctx: CatalogContext, filter: ItemFilter = {}): Promise<string> {
  const db = ctx.db;
  const rows = await itemsForExport(db, filter, EXPORT_LIMIT);
  const skuOf = new Map(rows.map((r) => [r.id, r.sku]));
  const prices = rows.length
    ? await priceHistories(
        db,
        rows.map((r) => r.id),
        null,
      )
    : [];
  return pricesToCsv(
    prices
      .map((p) => ({
        sku: skuOf.get(p.itemId) ?? '',
        currency: p.currency,
        amount: p.amount,
        validFrom: p.validFrom.toISOString(),
        validTo: p.validTo ? p.validTo.toISOString() : null,
        recurringPeriod: p.recurringPeriod,
        includesVat: p.includesVat,
      }))
      .sort((a, b) => a.sku.localeCompare(b.sku) || a.validFrom.localeCompare(b.validFrom)),
  );
}
