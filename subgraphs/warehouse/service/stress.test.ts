import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { useServiceHarness } from '../../../test/helpers.ts';
import { toPayload } from '../../shared/errors.ts';
import { warehouse } from '../index.ts';
import { knownItem, useKeeperPool } from '../test-factories.ts';
import { createDocument } from './create-document.ts';
import { postDocument } from './post-document.ts';
import { createWarehouse } from './warehouses.ts';

const ISSUES = 8_192;
const EACH = 5;
const ON_HAND = ISSUES * EACH;

const h = useServiceHarness(warehouse);
const { keeper, pool: database } = useKeeperPool(h, 32);

describe('the stock ledger under load', () => {
  it(`posts ${ISSUES} concurrent issues of ${EACH} against ${ON_HAND} on hand down to exactly 0`, async () => {
    const w = (
      await createWarehouse(keeper(), {
        kind: 'CENTRAL',
        code: `W-${randomUUID().slice(0, 8)}`,
        name: 'Склад',
      })
    ).id;
    const item = await knownItem(h.database, { kind: 'GOODS', name: 'Коннектор SC/APC' });
    const receipt = await createDocument(keeper(), {
      type: 'RECEIPT',
      destinationId: w,
      lines: [{ itemId: item, quantity: String(ON_HAND), unitCost: '2.50' }],
    });
    await postDocument(keeper(), { id: receipt.id });

    // The drafts are test data, written in bulk: what is under test is posting them all at once.
    let t = performance.now();
    const drafts = await database().sql<{ id: string }[]>`
      with d as (
        insert into warehouse.documents (type, number, document_date, source_id, purpose, author_id)
        select 'ISSUE', 'STRESS-' || n, current_date::text, ${w}, 'INTERNAL_USE', 'test'
        from generate_series(1, ${ISSUES}) as n
        returning id
      ), l as (
        insert into warehouse.document_lines (document_id, position, item_id, quantity)
        select id, 1, ${item}, ${EACH} from d
      )
      select id from d`;
    const createdMs = performance.now() - t;

    // Every post at once: the pool's 32 connections take them as they free up.
    t = performance.now();
    const outcomes = await Promise.all(
      drafts.map((d) =>
        toPayload('document', () => postDocument(keeper(), { id: d.id })).then(
          (p) => p.userErrors[0]?.code ?? p.document?.status ?? 'NONE',
          (error: unknown) => `ERROR ${(error as Error).message}`,
        ),
      ),
    );
    const postedMs = performance.now() - t;
    console.info(
      `${ISSUES} drafts in ${(createdMs / 1000).toFixed(1)} s (${((ISSUES * 1000) / createdMs).toFixed(0)}/s), ` +
        `posted in ${(postedMs / 1000).toFixed(1)} s (${((ISSUES * 1000) / postedMs).toFixed(0)}/s)`,
    );

    const tally = new Map<string, number>();
    for (const o of outcomes) tally.set(o, (tally.get(o) ?? 0) + 1);
    expect(Object.fromEntries(tally)).toEqual({ POSTED: ISSUES });

    const rows = await database().sql<{ on_hand: string; reserved: string; value: string }[]>`
      select on_hand::text, reserved::text, value::text from warehouse.balances
      where location_id = ${w} and item_id = ${item}`;
    expect(rows.map((r) => [Number(r.on_hand), Number(r.reserved), Number(r.value)])).toEqual([[0, 0, 0]]);
    const [moves] = await database().sql<{ n: number; out: string }[]>`
      select count(*)::int as n, sum(quantity)::text as out from warehouse.moves
      where from_id = ${w} and item_id = ${item}`;
    expect([moves?.n, Number(moves?.out)]).toEqual([ISSUES, ON_HAND]);
    const check = await h.execute(
      '{ stockLedgerCheck { consistent differences { ledgerOnHand balanceOnHand } serialDifferences { serial } } }',
    );
    expect(check.data?.stockLedgerCheck).toEqual({
      consistent: true,
      differences: [],
      serialDifferences: [],
    });
  }, 900_000);
});
