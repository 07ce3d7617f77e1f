import { beforeAll, describe, expect, it } from 'vitest';
import { useServiceHarness } from '../../../test/helpers.ts';
import { ErrorCode, toPayload } from '../../shared/errors.ts';
import type { CatalogContext } from '../context.ts';
import type { CategoryRow } from '../db/tables.ts';
import { CatalogErrorCode } from '../domain/errors.ts';
import { catalog } from '../index.ts';
import {
  createCategory,
  createItem,
  itemInput,
  rowCounts,
  setItemPackagings,
  unique,
  validEan13,
} from '../test-factories.ts';
import { createItem as createItemVerb } from './create-item.ts';
import { setPackagings } from './set-packagings.ts';
import { updateItem } from './update-item.ts';

describe('units, packagings and equipment models', () => {
  const h = useServiceHarness(catalog);
  let ctx: CatalogContext;
  let category: CategoryRow;

  beforeAll(async () => {
    ctx = h.context('CATALOG_MANAGER');
    category = await createCategory(ctx, { name: 'Склад' });
  });

  const create = (input: Record<string, unknown>) => toPayload('item', () => createItemVerb(ctx, input));
  const update = (input: Record<string, unknown>) => toPayload('item', () => updateItem(ctx, input));
  const counts = () => rowCounts(h.database, ['items', 'audit_log', 'packagings']);

  async function read<T = Record<string, any>>(
    query: string,
    variables: Record<string, unknown>,
  ): Promise<T> {
    const res = await h.execute(query, variables, 'PARTNER');
    expect(res.errors).toBeUndefined();
    return res.data as T;
  }
  const ITEM = `query($id: ID!) { catalogItem(id: $id) {
    unit { code symbol name internationalSymbol kind }
    keywords trackedBySerial trackedByMac warrantyMonths supply snmpSysObjectId
    packagings { name barcode quantity } } }`;

  describe('units of measure', () => {
    it('answers an item’s unit as its OKEI code with the Russian symbol and name', async () => {
      const cable = await createItem(ctx, category.id, { kind: 'MATERIAL', unitCode: '018' });
      const { catalogItem } = await read(ITEM, { id: cable.id });
      expect(catalogItem.unit).toEqual({
        code: '018',
        symbol: 'пог. м',
        name: 'Погонный метр',
        internationalSymbol: null,
        kind: 'LENGTH',
      });
    });

    it('refuses an unknown OKEI code as UNKNOWN_UNIT on input.unitCode, and writes nothing', async () => {
      const before = await counts();
      const payload = await create(itemInput(category.id, { unitCode: 'PCS' }));
      expect(payload.item).toBeNull();
      expect(payload.userErrors).toEqual([
        expect.objectContaining({ code: CatalogErrorCode.UNKNOWN_UNIT, field: ['input', 'unitCode'] }),
      ]);
      const item = await createItem(ctx, category.id);
      const afterCreate = await counts();
      const changed = await update({ id: item.id, unitCode: '999' });
      expect(changed.userErrors.map((e) => [e.code, e.field])).toEqual([
        [CatalogErrorCode.UNKNOWN_UNIT, ['input', 'unitCode']],
      ]);
      expect(await counts()).toEqual(afterCreate);
      expect(afterCreate.items).toBe(before.items! + 1);
    });

    it('lists the units, all of them or of one kind', async () => {
      const { units } = await read<{ units: { code: string; symbol: string; kind: string }[] }>(
        '{ units { code symbol kind } }',
        {},
      );
      expect(units.map((u) => u.code)).toEqual(
        expect.arrayContaining(['796', '006', '166', '112', '839', '362', '876', '018']),
      );
      expect(units.find((u) => u.code === '796')).toEqual({ code: '796', symbol: 'шт', kind: 'COUNT' });
      const time = await read<{ units: { code: string }[] }>('{ units(kind: TIME) { code } }', {});
      expect(time.units.map((u) => u.code)).toEqual(['356', '359', '362', '364']);
    });
  });

  describe('packagings', () => {
    it('gives a cable a 1,000 m drum: receiving 3 drums is 3,000 m', async () => {
      const cable = await createItem(ctx, category.id, { kind: 'MATERIAL', unitCode: '006' });
      const drumCode = validEan13();
      await setItemPackagings(ctx, cable.id, [
        { name: 'Барабан 1000 м', quantity: '1000', barcode: drumCode },
        { name: 'Бухта 100 м', quantity: '100.5' },
      ]);
      const { catalogItem } = await read(ITEM, { id: cable.id });
      expect(catalogItem.packagings).toEqual([
        { name: 'Бухта 100 м', barcode: null, quantity: '100.5' },
        { name: 'Барабан 1000 м', barcode: drumCode, quantity: '1000' },
      ]);
      const drum = catalogItem.packagings[1];
      expect(3 * Number(drum.quantity)).toBe(3000);
      // Setting them again replaces them.
      await setItemPackagings(ctx, cable.id, [{ name: 'Барабан 2000 м', quantity: '2000' }]);
      expect((await read(ITEM, { id: cable.id })).catalogItem.packagings).toEqual([
        { name: 'Барабан 2000 м', barcode: null, quantity: '2000' },
      ]);
      const [audit] = await h.database.sql`
        select action from catalog.audit_log where entity_id = ${cable.id} order by id desc limit 1`;
      expect(audit?.action).toBe('packagings.set');
    });

    it('refuses a name given twice, a zero quantity, a bad or taken barcode, and writes nothing', async () => {
      const cable = await createItem(ctx, category.id, { kind: 'MATERIAL' });
      const holder = await createItem(ctx, category.id, { barcodes: [{ code: validEan13() }] });
      const [taken] = await h.database.sql`select code from catalog.barcodes where item_id = ${holder.id}`;
      const before = await counts();
      const payload = await toPayload('item', () =>
        setPackagings(ctx, {
          itemId: cable.id,
          packagings: [
            { name: 'Барабан', quantity: '1000' },
            { name: 'барабан', quantity: '500' },
            { name: 'Упаковка', quantity: '10', barcode: '4006381333932' },
            { name: 'Коробка', quantity: '20', barcode: taken!.code },
          ],
        }),
      );
      expect(payload.userErrors.map((e) => [e.code, e.field])).toEqual([
        [CatalogErrorCode.DUPLICATE_PACKAGING, ['input', 'packagings', '1', 'name']],
        ['INVALID_EAN13', ['input', 'packagings', '2', 'barcode']],
        [CatalogErrorCode.DUPLICATE_BARCODE, ['input', 'packagings', '3', 'barcode']],
      ]);
      const zero = await toPayload('item', () =>
        setPackagings(ctx, { itemId: cable.id, packagings: [{ name: 'Пусто', quantity: '0' }] }),
      );
      expect(zero.userErrors.map((e) => [e.code, e.field])).toEqual([
        [ErrorCode.VALIDATION, ['input', 'packagings', '0', 'quantity']],
      ]);
      expect(await counts()).toEqual(before);
    });
  });

  describe('equipment models', () => {
    it('tracks a new model by serial and not by MAC unless told, and keeps its warranty, supply and OID', async () => {
      const plain = await createItem(ctx, category.id, { kind: 'EQUIPMENT_MODEL' });
      expect((await read(ITEM, { id: plain.id })).catalogItem).toMatchObject({
        trackedBySerial: true,
        trackedByMac: false,
        warrantyMonths: null,
        supply: null,
        snmpSysObjectId: null,
      });
      const switchModel = await createItem(ctx, category.id, {
        kind: 'EQUIPMENT_MODEL',
        trackedByMac: true,
        warrantyMonths: 36,
        supply: 'SALE',
        snmpSysObjectId: '.1.3.6.1.4.1.171.10.113.1.3',
        keywords: ['switch', 'Switch', ' коммутатор  доступа '],
      });
      expect((await read(ITEM, { id: switchModel.id })).catalogItem).toMatchObject({
        trackedBySerial: true,
        trackedByMac: true,
        warrantyMonths: 36,
        supply: 'SALE',
        // Kept without the leading dot tools print.
        snmpSysObjectId: '1.3.6.1.4.1.171.10.113.1.3',
        keywords: ['switch', 'коммутатор доступа'],
      });
      const found = await read('query($oid: String!) { catalogItemBySysObjectId(oid: $oid) { id } }', {
        oid: '.1.3.6.1.4.1.171.10.113.1.3',
      });
      expect(found.catalogItemBySysObjectId).toEqual({ id: switchModel.id });
      const none = await read('query($oid: String!) { catalogItemBySysObjectId(oid: $oid) { id } }', {
        oid: '1.3.6.1.4.1.171.10.113.1.4',
      });
      expect(none.catalogItemBySysObjectId).toBeNull();
      const bad = await h.execute('{ catalogItemBySysObjectId(oid: "iso.3.6.1") { id } }', {}, 'PARTNER');
      expect(bad.errors?.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([
        ['BAD_USER_INPUT', ['oid']],
      ]);
    });

    it('refuses equipment fields on anything but an equipment model, each on its field, and writes nothing', async () => {
      const before = await counts();
      const payload = await create(
        itemInput(category.id, { kind: 'GOODS', trackedByMac: true, snmpSysObjectId: '1.3.6.1.4.1.9.1.1' }),
      );
      expect(payload.userErrors.map((e) => [e.code, e.field])).toEqual([
        [CatalogErrorCode.EQUIPMENT_ONLY, ['input', 'trackedByMac']],
        [CatalogErrorCode.EQUIPMENT_ONLY, ['input', 'snmpSysObjectId']],
      ]);
      const service = await createItem(ctx, category.id, { kind: 'SERVICE' });
      const afterService = await counts();
      const changed = await update({ id: service.id, warrantyMonths: 12 });
      expect(changed.userErrors.map((e) => [e.code, e.field])).toEqual([
        [CatalogErrorCode.EQUIPMENT_ONLY, ['input', 'warrantyMonths']],
      ]);
      expect(await counts()).toEqual(afterService);
      expect(afterService.items).toBe(before.items! + 1);
    });

    it('refuses a sysObjectID that is no OID, and one another model answers', async () => {
      const oid = `1.3.6.1.4.1.35265.1.${Date.now() % 100_000}`;
      const first = await createItem(ctx, category.id, { kind: 'EQUIPMENT_MODEL', snmpSysObjectId: oid });
      const before = await counts();
      const invalid = await create(
        itemInput(category.id, { kind: 'EQUIPMENT_MODEL', snmpSysObjectId: '1.3.6.1.4.1.2011..2' }),
      );
      expect(invalid.userErrors.map((e) => [e.code, e.field])).toEqual([
        [CatalogErrorCode.INVALID_OID, ['input', 'snmpSysObjectId']],
      ]);
      const duplicate = await create(
        itemInput(category.id, { kind: 'EQUIPMENT_MODEL', snmpSysObjectId: `.${oid}` }),
      );
      expect(duplicate.userErrors.map((e) => [e.code, e.field])).toEqual([
        [CatalogErrorCode.DUPLICATE_SYS_OBJECT_ID, ['input', 'snmpSysObjectId']],
      ]);
      const [racing] = await Promise.all(
        [0, 1].map(() =>
          toPayload('item', () =>
            createItemVerb(
              h.context('CATALOG_MANAGER'),
              itemInput(category.id, { kind: 'EQUIPMENT_MODEL', snmpSysObjectId: `${oid}.7` }),
            ),
          ),
        ),
      );
      expect(racing).toBeDefined();
      const holders = await h.database
        .sql`select id from catalog.items where snmp_sys_object_id = ${`${oid}.7`}`;
      expect(holders).toHaveLength(1);
      expect((await counts()).items).toBe(before.items! + 1);
      // The model itself may keep its OID; null clears it.
      expect((await update({ id: first.id, snmpSysObjectId: oid })).userErrors).toEqual([]);
      expect((await update({ id: first.id, snmpSysObjectId: null })).item?.snmpSysObjectId).toBeNull();
    });

    it('refuses a warranty over 120 months as a validation error on its field', async () => {
      const payload = await create(itemInput(category.id, { kind: 'EQUIPMENT_MODEL', warrantyMonths: 121 }));
      expect(payload.userErrors.map((e) => [e.code, e.field])).toEqual([
        [ErrorCode.VALIDATION, ['input', 'warrantyMonths']],
      ]);
    });

    it('finds an item by an English keyword and by a Russian word with a typo', async () => {
      const sku = unique('TERM');
      await createItem(ctx, category.id, {
        sku,
        name: `Абонентское устройство ${sku}`,
        kind: 'EQUIPMENT_MODEL',
        keywords: ['optical network terminal', 'терминал'],
      });
      const search = async (text: string) =>
        (
          await read<{ catalogItems: { nodes: { sku: string }[] } }>(
            'query($s: String!) { catalogItems(first: 10, filter: { search: $s }) { nodes { sku } } }',
            { s: text },
          )
        ).catalogItems.nodes.map((n) => n.sku);
      expect(await search('optical terminal')).toContain(sku);
      expect(await search('термнал')).toContain(sku);
    });
  });
});
