/** The kit's conformance suite over the warehouse's entities, lists and writes. */
import { randomUUID } from 'node:crypto';
import { describe } from 'vitest';
import { useServiceHarness } from '../../test/helpers.ts';
import { describeConformance } from '../shared/conformance.ts';
import type { WarehouseContext } from './context.ts';
import { WarehouseEvent } from './events.ts';
import { warehouse } from './index.ts';
import { createDocument } from './service/create-document.ts';
import { postDocument } from './service/post-document.ts';
import { createWarehouse } from './service/warehouses.ts';
import { knownItem } from './test-factories.ts';

describe('warehouse', () => {
  const h = useServiceHarness(warehouse);
  const count = async (query: string, value: unknown) =>
    Number((await h.database.sql.unsafe(query, [value as string]))[0]?.n ?? 0);

  const warehouseInput = () => ({
    kind: 'REGIONAL',
    code: `W-${randomUUID().slice(0, 8)}`,
    name: 'Региональный склад',
    address: 'Москва, ул. Складская, 3',
  });
  const newWarehouse = async (ctx: WarehouseContext) => (await createWarehouse(ctx, warehouseInput())).id;
  const receiptInput = async (ctx: WarehouseContext) => ({
    type: 'RECEIPT',
    destinationId: await newWarehouse(ctx),
    supplierReference: `Счёт ${randomUUID().slice(0, 6)}`,
    lines: [{ itemId: await knownItem(h.database), quantity: '120.5', unitCost: '18.40' }],
  });
  const newDraft = async (ctx: WarehouseContext) => (await createDocument(ctx, await receiptInput(ctx))).id;

  describeConformance<WarehouseContext>(h, {
    auditTable: 'warehouse.audit_log',
    readScope: 'warehouse:read',
    entities: [
      { typename: 'Warehouse', create: newWarehouse, selection: 'id code kind' },
      { typename: 'StockDocument', create: newDraft, selection: 'id number status' },
    ],
    lists: [
      {
        field: 'stockDocuments',
        fill: async (ctx, n) => {
          for (let i = 0; i < n; i++) await newDraft(ctx);
        },
      },
      {
        field: 'stockBalances',
        args: 'filter: { nonZero: false }',
        fill: async (ctx, n) => {
          const w = await newWarehouse(ctx);
          const items = [];
          for (let i = 0; i < n; i++) items.push(await knownItem(h.database));
          await createDocument(ctx, {
            type: 'RECEIPT',
            destinationId: w,
            lines: items.map((itemId) => ({ itemId, quantity: '1', unitCost: '1.00' })),
          }).then((d) => postDocument(ctx, { id: d.id }));
        },
      },
    ],
    writes: [
      {
        name: 'createWarehouse',
        arrange: async (ctx) => async () => newWarehouse(ctx),
        audit: { entityType: 'Warehouse', action: 'create' },
        events: [],
      },
      {
        name: 'createStockDocument',
        arrange: async (ctx) => {
          const input = await receiptInput(ctx);
          return async () => (await createDocument(ctx, input)).id;
        },
        audit: { entityType: 'StockDocument', action: 'create' },
        events: [],
      },
      {
        name: 'postStockDocument',
        arrange: async (ctx) => {
          const id = await newDraft(ctx);
          return async () => (await postDocument(ctx, { id })).id;
        },
        audit: { entityType: 'StockDocument', action: 'post' },
        events: [WarehouseEvent.DOCUMENT_POSTED],
      },
    ],
    creating: [
      {
        name: 'createWarehouse',
        verb: createWarehouse,
        input: async () => warehouseInput(),
        id: (result) => (result as { id: string }).id,
        rows: (input) =>
          count('select count(*)::int as n from warehouse.locations where code = $1', input.code),
      },
      {
        name: 'createStockDocument',
        verb: createDocument,
        input: receiptInput,
        id: (result) => (result as { id: string }).id,
        rows: (input) =>
          count(
            'select count(*)::int as n from warehouse.documents where supplier_reference = $1',
            input.supplierReference,
          ),
      },
    ],
  });
});
