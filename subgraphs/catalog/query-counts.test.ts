/**
 * Query-count baselines of the catalog through the gateway (pinned in query-counts.json): every list and
 * every nested list costs the same number of statements at every page size, up to the largest page.
 */
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import { beforeAll, describe, expect, it } from 'vitest';
import { actorFor, useGraph } from '../../test/helpers.ts';
import { statementBaselines } from '../shared/baselines.ts';
import { contextFor } from '../shared/subgraph.ts';
import type { CatalogContext } from './context.ts';
import { catalog } from './index.ts';
import { createCertificate } from './service/create-certificate.ts';
import {
  createCategory,
  createItem,
  createPromotion,
  isoDayFromNow,
  setPrice,
  validEan13,
} from './test-factories.ts';

const baselines = statementBaselines(fileURLToPath(new URL('./query-counts.json', import.meta.url)), {
  update: process.env.UPDATE_BASELINES === '1',
});

const PAGE_SIZES = [2, 10, 30, 100];

const QUERIES: Record<string, string> = {
  categoryTree: `query($first: Int!) { catalogCategories(first: $first, orderBy: { field: CREATED_AT }) { totalCount nodes {
    name parent { name } breadcrumbs { name } children { name } effectiveTemplate { key }
    descendants(first: 3) { totalCount nodes { name } }
    items(first: 5) { totalCount nodes { sku category { name } } }
    auditTrail(limit: 2) { action } } } }`,
  itemsHeavy: `query($first: Int!) { catalogItems(first: $first, orderBy: { field: CREATED_AT }) { totalCount nodes {
    sku category { name parent { name } breadcrumbs { name } }
    price { amount } barcodes { code } certificates { number validTo daysLeft } auditTrail(limit: 3) { action } } } }`,
  priceHistories: `query($first: Int!) { catalogItems(first: $first) { nodes { sku priceHistory { amount validFrom } } } }`,
  // Current prices and histories asked together: one statement for both.
  pricesWithHistories: `query($first: Int!) { catalogItems(first: $first) { totalCount nodes { sku
    price { amount } priceHistory { amount validFrom } } } }`,
  certificatesWithItems: `query($first: Int!) { certificates(first: $first) { totalCount nodes { number
    items(first: 5) { totalCount nodes { sku category { name } } } } } }`,
  promotions: `query($first: Int!) { promotions(first: $first) { totalCount nodes {
    name scopeItem { sku category { name } } scopeCategory { name } auditTrail { action } } } }`,
};

describe('catalog query counts through the gateway', () => {
  const g = useGraph({ background: false });
  const itemIds: string[] = [];

  beforeAll(async () => {
    const booted = g.graph.subgraphs.get('catalog')!;
    const ctx: CatalogContext = contextFor(catalog, {
      actor: actorFor('CATALOG_MANAGER'),
      requestId: randomUUID(),
      database: booted.database,
      events: booted.events,
      logger: pino({ level: 'silent' }),
    });
    // 10 roots of 10 children: more than the largest page, with nested lists in every row.
    for (let r = 0; r < 10; r++) {
      const root = await createCategory(ctx, {
        template: [{ key: `root${r}`, label: 'Корень', type: 'TEXT' }],
      });
      for (let c = 0; c < 10; c++) {
        const child = await createCategory(ctx, { parentId: root.id });
        for (let i = 0; i < 2; i++) {
          const item = await createItem(ctx, child.id, { barcodes: [{ code: validEan13() }] });
          itemIds.push(item.id);
          await setPrice(ctx, item.id, '100.00');
        }
        if (c % 3 === 0) {
          await createCertificate(ctx, {
            type: 'OTHER',
            number: `C-${r}-${c}`,
            issuer: 'Центр',
            validFrom: isoDayFromNow(-10),
            itemIds: itemIds.slice(-2),
          });
        }
      }
    }
    for (let p = 0; p < 110; p++) {
      await createPromotion(
        ctx,
        p % 2 ? { scopeItemId: itemIds[p] } : { scopeCategoryId: undefined, scopeType: 'ALL' },
      );
    }
  }, 120_000);

  async function statementsOf(name: string, first: number) {
    const database = g.graph.subgraphs.get('catalog')!.database;
    const before = database.stats.statements;
    const res = await baselines.check(`${name}@${first}`, database, () =>
      g.request(QUERIES[name]!, { variables: { first } }),
    );
    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
    return database.stats.statements - before;
  }

  for (const name of Object.keys(QUERIES)) {
    it(`answers ${name} in the same number of statements at every page size`, async () => {
      const counts: number[] = [];
      for (const first of PAGE_SIZES) counts.push(await statementsOf(name, first));
      expect(
        new Set(counts).size,
        `statements per page size ${PAGE_SIZES.join(', ')}: ${counts.join(', ')}`,
      ).toBe(1);
    });
  }
});
