import { randomUUID } from 'node:crypto';
import { pino } from 'pino';
import { beforeAll, describe, expect, it } from 'vitest';
import { actorFor, useServiceHarness } from '../../../test/helpers.ts';
import { createDatabase } from '../../shared/db.ts';
import { ErrorCode, toPayload } from '../../shared/errors.ts';
import { contextFor } from '../../shared/subgraph.ts';
import type { CatalogContext } from '../context.ts';
import type { CategoryRow, CertificateRow, ItemRow } from '../db/tables.ts';
import { CatalogErrorCode } from '../domain/errors.ts';
import { CatalogEvent } from '../events.ts';
import { catalog } from '../index.ts';
import {
  createCategory,
  createItem,
  isoDayFromNow,
  rowCounts,
  unique,
  validEan13,
} from '../test-factories.ts';
import { createCertificate } from './create-certificate.ts';
import { updateCertificate } from './update-certificate.ts';

type CertificateType = 'CERTIFICATE_OF_CONFORMITY' | 'DECLARATION_OF_CONFORMITY' | 'WARRANTY' | 'OTHER';

describe('certificates', () => {
  const h = useServiceHarness(catalog);
  let ctx: CatalogContext;
  let category: CategoryRow;

  beforeAll(async () => {
    ctx = h.context('CATALOG_MANAGER');
    category = await createCategory(ctx, { name: 'OLT' });
  });

  async function query<T>(text: string, variables: Record<string, unknown> = {}): Promise<T> {
    const res = await h.execute(text, variables, 'PARTNER');
    expect(res.errors).toBeUndefined();
    return res.data as T;
  }

  const certify = (
    itemIds: string[],
    validFrom: string,
    validTo: string | null,
    over: { type?: CertificateType; number?: string } = {},
  ): Promise<CertificateRow> =>
    createCertificate(ctx, {
      type: over.type ?? 'DECLARATION_OF_CONFORMITY',
      number: over.number ?? unique('ЕАЭС N RU Д-CN.РА01.В'),
      issuer: 'ООО «Сертификация связи»',
      validFrom,
      ...(validTo ? { validTo } : {}),
      itemIds,
    });

  const certificatesOf = async (item: ItemRow, args: { validAt?: string; includeExpired?: boolean } = {}) =>
    (
      await query<{ catalogItem: { certificates: { number: string }[] } }>(
        `query($id: ID!, $validAt: DateTime, $includeExpired: Boolean) {
          catalogItem(id: $id) { certificates(validAt: $validAt, includeExpired: $includeExpired) { number } }
        }`,
        { id: item.id, ...args },
      )
    ).catalogItem.certificates
      .map((c) => c.number)
      .sort();

  it('lists an item’s certificates valid on a day, or all of them with includeExpired', async () => {
    const olt = await createItem(ctx, category.id, { kind: 'EQUIPMENT_MODEL' });
    const other = await createItem(ctx, category.id, { kind: 'EQUIPMENT_MODEL' });
    const old = await certify([olt.id], '2020-01-01', '2021-12-31', { number: 'OLD-2020' });
    const current = await certify([olt.id, other.id], '2022-01-01', isoDayFromNow(365), {
      number: 'CUR-2022',
    });
    const upcoming = await certify([olt.id], isoDayFromNow(10), null, { number: 'NEXT' });
    const unlimited = await certify([olt.id], '2019-05-01', null, {
      type: 'WARRANTY',
      number: 'WARRANTY-2019',
    });
    await certify([other.id], '2019-01-01', null, { number: 'OTHER-ITEM' });

    // Today: the current one and the unlimited warranty.
    expect(await certificatesOf(olt)).toEqual([current.number, unlimited.number].sort());
    // A day in 2021: the old one held, the current one had not started; the last day counts.
    expect(await certificatesOf(olt, { validAt: '2021-06-01T12:00:00Z' })).toEqual(
      [old.number, unlimited.number].sort(),
    );
    expect(await certificatesOf(olt, { validAt: '2021-12-31T10:00:00Z' })).toEqual(
      [old.number, unlimited.number].sort(),
    );
    expect(await certificatesOf(olt, { validAt: '2022-01-01T10:00:00Z' })).toEqual(
      [current.number, unlimited.number].sort(),
    );
    expect(await certificatesOf(olt, { includeExpired: true })).toEqual(
      [old.number, current.number, upcoming.number, unlimited.number].sort(),
    );
    expect(await certificatesOf(other)).toEqual(['CUR-2022', 'OTHER-ITEM']);
  });

  it('lists only certificates still valid that expire within the given number of days', async () => {
    const item = await createItem(ctx, category.id);
    const today = await certify([item.id], '2024-01-01', isoDayFromNow(0), { number: 'EXP-TODAY' });
    const soon = await certify([item.id], '2024-01-01', isoDayFromNow(20), { number: 'EXP-20' });
    const edge = await certify([item.id], '2024-01-01', isoDayFromNow(30), { number: 'EXP-30' });
    await certify([item.id], '2024-01-01', isoDayFromNow(31), { number: 'EXP-31' });
    await certify([item.id], '2024-01-01', isoDayFromNow(-1), { number: 'EXPIRED-YESTERDAY' });
    await certify([item.id], '2024-01-01', null, { number: 'NEVER' });
    // Not valid yet, although it ends within 30 days.
    await certify([item.id], isoDayFromNow(5), isoDayFromNow(25), { number: 'NOT-STARTED' });

    const data = await query<{
      certificates: { totalCount: number; nodes: { number: string; validTo: string; daysLeft: number }[] };
    }>(
      '{ certificates(filter: { expiringWithinDays: 30 }) { totalCount nodes { number validTo daysLeft } } }',
    );
    // Soonest first.
    expect(data.certificates.nodes).toEqual([
      { number: today.number, validTo: today.validTo, daysLeft: 0 },
      { number: soon.number, validTo: soon.validTo, daysLeft: 20 },
      { number: edge.number, validTo: edge.validTo, daysLeft: 30 },
    ]);
    expect(data.certificates.totalCount).toBe(3);
  });

  it('refuses a second certificate of the same type and number as DUPLICATE_CERTIFICATE', async () => {
    const item = await createItem(ctx, category.id);
    const first = await certify([item.id], '2024-01-01', null, { number: 'ОС-1-СПД-0420' });
    const before = await rowCounts(h.database, ['certificates', 'audit_log']);

    const payload = await toPayload('certificate', () =>
      certify([item.id], '2025-01-01', null, { number: first.number }),
    );
    expect(payload.certificate).toBeNull();
    expect(payload.userErrors).toEqual([
      expect.objectContaining({ code: CatalogErrorCode.DUPLICATE_CERTIFICATE, field: ['input', 'number'] }),
    ]);
    expect(await rowCounts(h.database, ['certificates', 'audit_log'])).toEqual(before);

    // The same number is another document when its type differs.
    const warranty = await toPayload('certificate', () =>
      certify([item.id], '2024-01-01', null, { type: 'WARRANTY', number: first.number }),
    );
    expect(warranty.userErrors).toEqual([]);
  });

  it('answers NOT_FOUND on input.itemIds.<i> for an item that does not exist, and writes nothing', async () => {
    const a = await createItem(ctx, category.id);
    const b = await createItem(ctx, category.id);
    const before = await rowCounts(h.database, ['certificates', 'audit_log']);
    const payload = await toPayload('certificate', () =>
      certify([a.id, randomUUID(), b.id, randomUUID()], '2024-01-01', null),
    );
    expect(payload.certificate).toBeNull();
    expect(payload.userErrors).toEqual([
      expect.objectContaining({ code: ErrorCode.NOT_FOUND, field: ['input', 'itemIds', '1'] }),
      expect.objectContaining({ code: ErrorCode.NOT_FOUND, field: ['input', 'itemIds', '3'] }),
    ]);
    expect(await rowCounts(h.database, ['certificates', 'audit_log'])).toEqual(before);
  });

  it('tells every item taken off or put on a certificate whose items are replaced', async () => {
    const [kept, removed, added, untouched] = await Promise.all(
      [0, 1, 2, 3].map(() => createItem(ctx, category.id)),
    );
    const certificate = await certify([kept!.id, removed!.id], '2024-01-01', null);
    const certificateEvents = async () =>
      (
        await h.database.sql<{ id: string }[]>`select data->>'id' as id from pgboss.job
          where name = ${CatalogEvent.ITEM_CHANGED} and data->>'change' = 'certificate'
            and data->>'id' in ${h.database.sql([kept!.id, removed!.id, added!.id, untouched!.id])}`
      )
        .map((r) => r.id)
        .sort();
    const before = await certificateEvents();

    const payload = await toPayload('certificate', () =>
      updateCertificate(ctx, { id: certificate.id, itemIds: [kept!.id, added!.id] }),
    );
    expect(payload.userErrors).toEqual([]);
    const after = await certificateEvents();
    // One more event for each of the three items whose certificates changed, none for the other.
    expect(after).toEqual([...before, kept!.id, removed!.id, added!.id].sort());
    const [audit] = await h.database.sql`
      select before, after from catalog.audit_log where entity_id = ${certificate.id} order by id desc limit 1`;
    expect(audit?.before.itemIds.sort()).toEqual([kept!.id, removed!.id].sort());
    expect(audit?.after.itemIds.sort()).toEqual([kept!.id, added!.id].sort());
  });

  it('prepares one statement for a certificate’s items and an item’s barcodes, whatever their number', async () => {
    // One connection, so every statement the verbs send is prepared on the session read below.
    const single = createDatabase({ url: h.url, max: 1 });
    try {
      const one = contextFor(catalog, {
        actor: actorFor('CATALOG_MANAGER'),
        requestId: randomUUID(),
        database: single,
        events: h.events,
        logger: pino({ level: 'silent' }),
      });
      for (const n of [1, 2, 3]) {
        const items = [];
        for (let i = 0; i < n + 1; i++) {
          items.push(
            await createItem(one, category.id, {
              barcodes: Array.from({ length: n }, () => ({ code: validEan13() })),
            }),
          );
        }
        const ids = items.map((i) => i.id);
        const certificate = await createCertificate(one, {
          type: 'OTHER',
          number: unique('N'),
          issuer: 'Центр',
          validFrom: '2024-01-01',
          itemIds: ids.slice(0, n),
        });
        await updateCertificate(one, { id: certificate.id, itemIds: ids });
      }
      const prepared = await single.sql<
        { statement: string }[]
      >`select statement from pg_prepared_statements`;
      const inserts = (table: string) =>
        prepared.filter((p) => new RegExp(`^\\s*insert into "catalog"\\."${table}"`).test(p.statement));
      expect(inserts('certificate_items')).toHaveLength(1);
      expect(inserts('barcodes')).toHaveLength(1);
    } finally {
      await single.close();
    }
  });

  it('refuses a certificate that ends before it starts', async () => {
    const item = await createItem(ctx, category.id);
    const payload = await toPayload('certificate', () => certify([item.id], '2025-02-01', '2025-01-31'));
    expect(payload.userErrors).toEqual([
      expect.objectContaining({ code: ErrorCode.VALIDATION, field: ['input', 'validTo'] }),
    ]);
  });
});
