import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { useGraph, useServiceHarness } from '../../../test/helpers.ts';
import { ErrorCode, toPayload } from '../../shared/errors.ts';
import type { CatalogContext } from '../context.ts';
import type { CategoryRow } from '../db/tables.ts';
import { BarcodeErrorCode } from '../domain/barcodes.ts';
import { CharacteristicErrorCode } from '../domain/characteristics.ts';
import { CatalogErrorCode } from '../domain/errors.ts';
import { catalog } from '../index.ts';
import {
  createCategory,
  createItem,
  itemInput,
  ONT_TEMPLATE,
  rowCounts,
  setItemPackagings,
  unique,
  validEan13,
  withWrongCheckDigit,
} from '../test-factories.ts';
import { activateItem } from './activate-item.ts';
import { addBarcode } from './add-barcode.ts';
import { archiveCategory } from './archive-category.ts';
import { createItem as createItemVerb } from './create-item.ts';
import { discontinueItem } from './discontinue-item.ts';
import { updateItem } from './update-item.ts';

describe('catalog items', () => {
  const h = useServiceHarness(catalog);
  let ctx: CatalogContext;
  /** Carries ponType and lanPorts (required); its child `ont` adds wifi. */
  let terminals: CategoryRow;
  let ont: CategoryRow;
  let routers: CategoryRow;

  beforeAll(async () => {
    ctx = h.context('CATALOG_MANAGER');
    const [ponType, lanPorts, wifi] = ONT_TEMPLATE;
    terminals = await createCategory(ctx, { name: 'Оптические терминалы', template: [ponType!, lanPorts!] });
    ont = await createCategory(ctx, { name: 'ONT', parentId: terminals.id, template: [wifi!] });
    routers = await createCategory(ctx, {
      name: 'Wi-Fi роутеры',
      template: [{ key: 'wanPorts', label: 'Порты WAN', type: 'NUMBER', required: true }],
    });
  });

  const create = (input: Record<string, unknown>) => toPayload('item', () => createItemVerb(ctx, input));
  const update = (input: Record<string, unknown>) => toPayload('item', () => updateItem(ctx, input));
  const counts = () => rowCounts(h.database, ['items', 'barcodes', 'audit_log']);
  const itemRow = async (id: string) =>
    (
      await h.database.sql`select category_id, characteristics, status from catalog.items where id = ${id}`
    )[0];

  describe('characteristics', () => {
    const good = { ponType: 'GPON', lanPorts: 4, wifi: true };

    it('stores values that follow the category template, inherited keys included', async () => {
      const payload = await create(itemInput(ont.id, { kind: 'EQUIPMENT_MODEL', characteristics: good }));
      expect(payload.userErrors).toEqual([]);
      expect(payload.item?.characteristics).toEqual(good);
      // wifi is optional: leaving it out is fine.
      const without = await create(
        itemInput(ont.id, { kind: 'EQUIPMENT_MODEL', characteristics: { ponType: 'EPON', lanPorts: 1 } }),
      );
      expect(without.userErrors).toEqual([]);
    });

    it.each([
      [
        'a value of the wrong type',
        { ...good, lanPorts: 'four' },
        CharacteristicErrorCode.WRONG_TYPE,
        'lanPorts',
      ],
      ['a boolean given as text', { ...good, wifi: 'yes' }, CharacteristicErrorCode.WRONG_TYPE, 'wifi'],
      [
        'a key the template does not know',
        { ...good, color: 'white' },
        CharacteristicErrorCode.UNKNOWN_CHARACTERISTIC,
        'color',
      ],
      [
        'a missing inherited required key',
        { ponType: 'GPON', wifi: true },
        CharacteristicErrorCode.REQUIRED,
        'lanPorts',
      ],
      [
        'an enum value not among the options',
        { ...good, ponType: 'DOCSIS' },
        CharacteristicErrorCode.NOT_ALLOWED,
        'ponType',
      ],
    ])('refuses %s with its code and field, and writes nothing', async (_, characteristics, code, key) => {
      const before = await counts();
      const input = itemInput(ont.id, {
        kind: 'EQUIPMENT_MODEL',
        characteristics,
        barcodes: [{ code: validEan13() }],
      });
      const payload = await create(input);
      expect(payload.item).toBeNull();
      expect(payload.userErrors).toEqual([
        expect.objectContaining({ code, field: ['input', 'characteristics', key] }),
      ]);
      expect(await counts()).toEqual(before);
    });

    it('reports every wrong value of one item at once', async () => {
      const payload = await create(
        itemInput(ont.id, { characteristics: { ponType: 'DOCSIS', wifi: 1, color: 'white' } }),
      );
      expect(payload.userErrors.map((e) => [e.code, e.field?.at(-1)]).sort()).toEqual(
        [
          [CharacteristicErrorCode.NOT_ALLOWED, 'ponType'],
          [CharacteristicErrorCode.WRONG_TYPE, 'wifi'],
          [CharacteristicErrorCode.UNKNOWN_CHARACTERISTIC, 'color'],
          [CharacteristicErrorCode.REQUIRED, 'lanPorts'],
        ].sort(),
      );
    });

    it('re-validates the values when an item moves to another category', async () => {
      const item = await createItem(ctx, ont.id, { kind: 'EQUIPMENT_MODEL', characteristics: good });
      const before = await counts();

      const moved = await update({ id: item.id, categoryId: routers.id });
      expect(moved.item).toBeNull();
      expect(moved.userErrors.map((e) => [e.code, e.field])).toEqual(
        expect.arrayContaining([
          [CharacteristicErrorCode.UNKNOWN_CHARACTERISTIC, ['input', 'characteristics', 'ponType']],
          [CharacteristicErrorCode.UNKNOWN_CHARACTERISTIC, ['input', 'characteristics', 'lanPorts']],
          [CharacteristicErrorCode.UNKNOWN_CHARACTERISTIC, ['input', 'characteristics', 'wifi']],
          [CharacteristicErrorCode.REQUIRED, ['input', 'characteristics', 'wanPorts']],
        ]),
      );
      expect(moved.userErrors).toHaveLength(4);
      expect(await counts()).toEqual(before);
      expect(await itemRow(item.id)).toMatchObject({ category_id: ont.id, characteristics: good });

      // With values that fit the new category, the move goes through.
      const fixed = await update({ id: item.id, categoryId: routers.id, characteristics: { wanPorts: 1 } });
      expect(fixed.userErrors).toEqual([]);
      expect(await itemRow(item.id)).toMatchObject({
        category_id: routers.id,
        characteristics: { wanPorts: 1 },
      });
    });
  });

  describe('barcodes', () => {
    it('refuses an EAN-13 with a wrong check digit as INVALID_EAN13 on its field, and writes nothing', async () => {
      const before = await counts();
      const payload = await create(
        itemInput(routers.id, {
          characteristics: { wanPorts: 1 },
          barcodes: [{ code: validEan13() }, { type: 'EAN13', code: withWrongCheckDigit(validEan13()) }],
        }),
      );
      expect(payload.userErrors).toEqual([
        expect.objectContaining({
          code: BarcodeErrorCode.INVALID_EAN13,
          field: ['input', 'barcodes', '1', 'code'],
        }),
      ]);
      expect(await counts()).toEqual(before);
    });

    it('refuses a barcode another item already holds as DUPLICATE_BARCODE', async () => {
      const code = validEan13();
      await createItem(ctx, routers.id, { characteristics: { wanPorts: 1 }, barcodes: [{ code }] });
      const before = await counts();
      // A scanner's trailing CR/LF does not make it another code.
      const payload = await create(
        itemInput(routers.id, { characteristics: { wanPorts: 2 }, barcodes: [{ code: `${code}\r\n` }] }),
      );
      expect(payload.userErrors).toEqual([
        expect.objectContaining({
          code: CatalogErrorCode.DUPLICATE_BARCODE,
          field: ['input', 'barcodes', '0', 'code'],
        }),
      ]);
      expect(await counts()).toEqual(before);
    });

    it('gives a barcode to exactly one of two items created at once with it', async () => {
      for (let round = 0; round < 5; round++) {
        const code = validEan13();
        const inputs = [0, 1].map(() =>
          itemInput(routers.id, { characteristics: { wanPorts: 1 }, barcodes: [{ code }] }),
        );
        const results = await Promise.allSettled(
          inputs.map((input) => toPayload('item', () => createItemVerb(h.context('CATALOG_MANAGER'), input))),
        );
        // Neither call fails with an exception: the loser gets a userError.
        expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled']);
        const payloads = results.map(
          (r) => (r as PromiseFulfilledResult<Awaited<ReturnType<typeof create>>>).value,
        );
        const winners = payloads.filter((p) => p.item);
        const losers = payloads.filter((p) => !p.item);
        expect(winners).toHaveLength(1);
        expect(losers).toHaveLength(1);
        expect(losers[0]!.userErrors.map((e) => e.code)).toEqual([CatalogErrorCode.DUPLICATE_BARCODE]);
        // Whether the check or the unique index caught it, the error points at the code in the input.
        expect(losers[0]!.userErrors[0]!.field).toEqual(['input', 'barcodes', '0', 'code']);

        const holders = await h.database.sql`select item_id from catalog.barcodes where code = ${code}`;
        expect(holders.map((r) => r.item_id)).toEqual([winners[0]!.item!.id]);
        const loserSku = inputs[payloads.indexOf(losers[0]!)]!.sku as string;
        expect(await h.database.sql`select id from catalog.items where sku = ${loserSku}`).toHaveLength(0);
      }
    });

    it('generates internal CAT codes when none is given, unique across concurrent calls', async () => {
      const items = await Promise.all(
        [0, 1, 2].map(() => createItem(ctx, routers.id, { characteristics: { wanPorts: 1 } })),
      );
      // Three calls per item, all at once: on the same item and across items.
      const calls = items.flatMap((item) => [0, 1, 2].map(() => item.id));
      const results = await Promise.all(
        calls.map((itemId) => toPayload('item', () => addBarcode(h.context('CATALOG_MANAGER'), { itemId }))),
      );
      expect(results.flatMap((r) => r.userErrors)).toEqual([]);

      const rows = await h.database.sql<{ item_id: string; code: string; type: string }[]>`
        select item_id, code, type from catalog.barcodes where item_id in ${h.database.sql(items.map((i) => i.id))}`;
      expect(rows).toHaveLength(calls.length);
      for (const row of rows)
        expect(row).toMatchObject({ type: 'CODE128', code: expect.stringMatching(/^CAT\d{9}$/) });
      expect(new Set(rows.map((r) => r.code)).size).toBe(calls.length);
      for (const item of items) expect(rows.filter((r) => r.item_id === item.id)).toHaveLength(3);
    });

    it('refuses to add a barcode another item holds', async () => {
      const code = validEan13();
      await createItem(ctx, routers.id, { characteristics: { wanPorts: 1 }, barcodes: [{ code }] });
      const other = await createItem(ctx, routers.id, { characteristics: { wanPorts: 1 } });
      const before = await counts();
      const payload = await toPayload('item', () => addBarcode(ctx, { itemId: other.id, code }));
      expect(payload.userErrors.map((e) => e.code)).toEqual([CatalogErrorCode.DUPLICATE_BARCODE]);
      expect(await counts()).toEqual(before);
    });

    it('gives a code added to two items at once to exactly one of them', async () => {
      for (let round = 0; round < 5; round++) {
        const code = validEan13();
        const pair = await Promise.all(
          [0, 1].map(() => createItem(ctx, routers.id, { characteristics: { wanPorts: 1 } })),
        );
        const results = await Promise.all(
          pair.map((item) =>
            toPayload('item', () => addBarcode(h.context('CATALOG_MANAGER'), { itemId: item.id, code })),
          ),
        );
        const losers = results.filter((r) => r.userErrors.length);
        expect(losers).toHaveLength(1);
        expect(losers[0]!.userErrors).toEqual([
          expect.objectContaining({ code: CatalogErrorCode.DUPLICATE_BARCODE, field: ['input', 'code'] }),
        ]);
        const holders = await h.database.sql`select item_id from catalog.barcodes where code = ${code}`;
        expect(holders).toHaveLength(1);
      }
    });

    it('refuses a package barcode as an item’s code, on add and on create, and writes nothing', async () => {
      const drum = validEan13();
      const cable = await createItem(ctx, routers.id, { characteristics: { wanPorts: 1 } });
      await setItemPackagings(ctx, cable.id, [{ name: 'Барабан 1000 м', quantity: '1000', barcode: drum }]);
      const other = await createItem(ctx, routers.id, { characteristics: { wanPorts: 1 } });
      const before = await counts();
      // No item carries a package's code: neither another item nor the packaged item itself.
      for (const itemId of [other.id, cable.id]) {
        const added = await toPayload('item', () => addBarcode(ctx, { itemId, code: drum }));
        expect(added.item).toBeNull();
        expect(added.userErrors).toEqual([
          expect.objectContaining({ code: CatalogErrorCode.DUPLICATE_BARCODE, field: ['input', 'code'] }),
        ]);
      }
      const created = await create(
        itemInput(routers.id, {
          characteristics: { wanPorts: 1 },
          barcodes: [{ code: validEan13() }, { code: drum }],
        }),
      );
      expect(created.item).toBeNull();
      expect(created.userErrors).toEqual([
        expect.objectContaining({
          code: CatalogErrorCode.DUPLICATE_BARCODE,
          field: ['input', 'barcodes', '1', 'code'],
        }),
      ]);
      expect(await counts()).toEqual(before);
      expect(await h.database.sql`select 1 from catalog.barcodes where code = ${drum}`).toHaveLength(0);
    });

    it('adds one internal code for a request retried with the same idempotency key', async () => {
      const item = await createItem(ctx, routers.id, { characteristics: { wanPorts: 1 } });
      const add = (input: Record<string, unknown>) =>
        h.execute(
          `mutation($input: AddCatalogItemBarcodeInput!) { addCatalogItemBarcode(input: $input) {
            item { id barcodes { type code } } userErrors { code field } } }`,
          { input },
          'CATALOG_MANAGER',
        );
      const key = randomUUID();
      const before = await counts();
      const first = await add({ itemId: item.id, idempotencyKey: key });
      expect(first.errors).toBeUndefined();
      expect(first.data?.addCatalogItemBarcode.userErrors).toEqual([]);
      const [code] = first.data!.addCatalogItemBarcode.item.barcodes as { type: string; code: string }[];
      expect(code).toEqual({ type: 'CODE128', code: expect.stringMatching(/^CAT\d{9}$/) });
      // The client never saw the answer and sends the request again.
      const retry = await add({ itemId: item.id, idempotencyKey: key });
      expect(retry.errors).toBeUndefined();
      expect(retry.data?.addCatalogItemBarcode).toEqual({
        item: { id: item.id, barcodes: [code] },
        userErrors: [],
      });
      expect(await counts()).toEqual({
        ...before,
        barcodes: before.barcodes! + 1,
        audit_log: before.audit_log! + 1,
      });
      const reused = await add({ itemId: item.id, code: validEan13(), idempotencyKey: key });
      expect(reused.data?.addCatalogItemBarcode.userErrors).toEqual([
        { code: ErrorCode.IDEMPOTENCY_KEY_REUSED, field: ['input', 'idempotencyKey'] },
      ]);
    });

    it('treats adding a code the item already has as done, writing nothing', async () => {
      const code = validEan13();
      const item = await createItem(ctx, routers.id, {
        characteristics: { wanPorts: 1 },
        barcodes: [{ code }],
      });
      const before = await counts();
      const payload = await toPayload('item', () => addBarcode(ctx, { itemId: item.id, code }));
      expect(payload.userErrors).toEqual([]);
      expect(await counts()).toEqual(before);
    });
  });

  describe('lifecycle and rules', () => {
    it('moves an item DRAFT → ACTIVE → DISCONTINUED → ACTIVE through its own verbs', async () => {
      const item = await createItem(ctx, routers.id, { characteristics: { wanPorts: 1 } });
      expect(item.status).toBe('DRAFT');
      for (const [verb, status] of [
        [activateItem, 'ACTIVE'],
        [discontinueItem, 'DISCONTINUED'],
        [activateItem, 'ACTIVE'],
      ] as const) {
        const payload = await toPayload('item', () => verb(ctx, { id: item.id }));
        expect(payload.userErrors).toEqual([]);
        expect(payload.item?.status).toBe(status);
        expect((await itemRow(item.id))?.status).toBe(status);
      }
    });

    it('refuses a new item that starts discontinued as INVALID_TRANSITION on input.status', async () => {
      const before = await counts();
      const payload = await create(
        itemInput(routers.id, { characteristics: { wanPorts: 1 }, status: 'DISCONTINUED' }),
      );
      expect(payload.userErrors).toEqual([
        expect.objectContaining({ code: CatalogErrorCode.INVALID_TRANSITION, field: ['input', 'status'] }),
      ]);
      expect(await counts()).toEqual(before);
    });

    it('changes nothing when an item is activated twice', async () => {
      const item = await createItem(ctx, routers.id, { characteristics: { wanPorts: 1 }, status: 'ACTIVE' });
      const before = await counts();
      const payload = await toPayload('item', () => activateItem(ctx, { id: item.id }));
      expect(payload.userErrors).toEqual([]);
      expect(await counts()).toEqual(before);
    });

    it('never takes a status through updateCatalogItem: its input has no status', async () => {
      const item = await createItem(ctx, routers.id, { characteristics: { wanPorts: 1 }, status: 'ACTIVE' });
      const res = await h.execute(
        'mutation($input: UpdateCatalogItemInput!) { updateCatalogItem(input: $input) { item { status } } }',
        { input: { id: item.id, status: 'DRAFT' } },
      );
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect((await itemRow(item.id))?.status).toBe('ACTIVE');
    });

    it('refuses a service without a service type', async () => {
      const services = await createCategory(ctx, { name: unique('Работы') });
      const before = await counts();
      const payload = await create(itemInput(services.id, { kind: 'SERVICE', serviceType: null }));
      expect(payload.userErrors).toEqual([
        expect.objectContaining({
          code: CatalogErrorCode.SERVICE_TYPE_REQUIRED,
          field: ['input', 'serviceType'],
        }),
      ]);
      expect(await counts()).toEqual(before);
      const ok = await create(itemInput(services.id, { kind: 'SERVICE', serviceType: 'ONE_TIME' }));
      expect(ok.userErrors).toEqual([]);
    });

    it('answers NOT_FOUND on input.categoryId for a category that does not exist', async () => {
      const before = await counts();
      const payload = await create(itemInput(randomUUID()));
      expect(payload.userErrors).toEqual([
        expect.objectContaining({ code: ErrorCode.NOT_FOUND, field: ['input', 'categoryId'] }),
      ]);
      expect(await counts()).toEqual(before);
    });

    it('archives a category subtree only once its items are no longer ACTIVE, then takes no new items', async () => {
      const top = await createCategory(ctx, { name: unique('Снято с продажи') });
      const below = await createCategory(ctx, { parentId: top.id });
      const active = await createItem(ctx, below.id, { status: 'ACTIVE' });
      await createItem(ctx, top.id, { status: 'DRAFT' });

      const refused = await toPayload('category', () => archiveCategory(ctx, { id: top.id }));
      expect(refused.userErrors).toEqual([
        expect.objectContaining({ code: CatalogErrorCode.CATEGORY_NOT_EMPTY, field: ['input', 'id'] }),
      ]);
      const statuses = () =>
        h.database
          .sql`select id, status from catalog.categories where id in (${top.id}, ${below.id}) order by depth`;
      expect((await statuses()).map((r) => r.status)).toEqual(['ACTIVE', 'ACTIVE']);

      expect((await toPayload('item', () => discontinueItem(ctx, { id: active.id }))).userErrors).toEqual([]);
      const archived = await toPayload('category', () => archiveCategory(ctx, { id: top.id }));
      expect(archived.userErrors).toEqual([]);
      expect(archived.category?.status).toBe('ARCHIVED');
      expect((await statuses()).map((r) => r.status)).toEqual(['ARCHIVED', 'ARCHIVED']);

      const before = await counts();
      const payload = await create(itemInput(below.id));
      expect(payload.userErrors).toEqual([
        expect.objectContaining({ code: CatalogErrorCode.CATEGORY_ARCHIVED, field: ['input', 'categoryId'] }),
      ]);
      expect(await counts()).toEqual(before);
    });
  });
});

describe('barcode lookup through the gateway', () => {
  const g = useGraph();

  it('finds the item of a scanned code with the scanner’s trailing CR/LF', async () => {
    const manager = { role: 'CATALOG_MANAGER' as const };
    const category = await g.request(
      'mutation($input: CreateCatalogCategoryInput!) { createCatalogCategory(input: $input) { category { id } } }',
      { ...manager, variables: { input: { name: 'Сплиттеры' } } },
    );
    const categoryId = category.body.data?.createCatalogCategory.category.id as string;
    const code = validEan13();
    const created = await g.request(
      `mutation($input: CreateCatalogItemInput!) {
        createCatalogItem(input: $input) { item { id } userErrors { code field } }
      }`,
      {
        ...manager,
        variables: {
          input: {
            sku: 'SPL-PLC-1x8',
            name: 'Сплиттер PLC 1x8',
            kind: 'GOODS',
            unitCode: '796',
            categoryId,
            barcodes: [{ code }],
          },
        },
      },
    );
    expect(created.body.data?.createCatalogItem.userErrors).toEqual([]);
    const id = created.body.data?.createCatalogItem.item.id as string;
    const added = await g.request(
      `mutation($input: AddCatalogItemBarcodeInput!) {
        addCatalogItemBarcode(input: $input) { item { barcodes { type code } } userErrors { code } }
      }`,
      { ...manager, variables: { input: { itemId: id } } },
    );
    expect(added.body.errors).toBeUndefined();
    const internal = (
      added.body.data!.addCatalogItemBarcode.item.barcodes as { type: string; code: string }[]
    ).find((b) => b.type === 'CODE128')!.code;

    const lookup = (scanned: string) =>
      g.request('query($code: String!) { catalogItemByBarcode(code: $code) { id sku } }', {
        role: 'WAREHOUSE_KEEPER',
        variables: { code: scanned },
      });
    for (const scanned of [`${code}\r\n`, `${internal}\r\n`, `\t${code}`]) {
      const { status, body } = await lookup(scanned);
      expect(status).toBe(200);
      expect(body.errors).toBeUndefined();
      expect(body.data?.catalogItemByBarcode).toEqual({ id, sku: 'SPL-PLC-1x8' });
    }
    expect((await lookup(withWrongCheckDigit(code))).body.data?.catalogItemByBarcode).toBeNull();
  });
});
